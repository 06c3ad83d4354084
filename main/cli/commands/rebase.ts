import { commandInfo } from '../commandIndex';
import { compare } from '../../../shared/engine/compare';
import { countChanges } from '../../../shared/engine/changeCount';
import { rebase, type RebaseConflict } from '../../../shared/engine/rebase';
import { resolutionNumberOf, revisionOf } from '../../../shared/grammar/numberLine';
import type { Resolution } from '../../../shared/model/resolution';
import { toText } from '../../../shared/text/toText';
import { writeFileAtomic } from '../../services/atomicWrite';
import { writeProblem } from '../../services/saveErrors';
import type { Corpus } from '../../services/corpus';
import type { InputRecord } from '../../services/inputFile';
import { guardOutput, OutputRefusedError } from '../../services/outputTarget';
import { formatOption, parseCommandArgs } from '../args';
import { UsageError, type CliIO, type Command } from '../command';
import { editionCorpus } from '../editionOption';
import { resolveOperand, type Operand } from '../operand';
import { splitWordSpec, wordOperand } from '../wordOperand';
import { isWordPath } from '../../services/wordDocument';

const HELP = `Carries a draft made on one edition's text onto a newer edition (a three-way merge).

  <draft>            a draft in the resolution text layout, "-" for standard input, a proposal of a
                     contribution file (file.resdraft#34) or of a Word document (file.docx#34)
  --onto <id>        the edition to carry the draft onto (e.g. baku-2025; see "resdraft edition list")
  --from <id>        the edition the draft was made on, when neither the draft nor its number line
                     says (default: the proposal's edition; else the edition its number line names;
                     else the edition whose text of the resolution is closest to the draft, with a
                     notice). A Word document's own unmarked text is its baseline.
  -o, --output <file>  write the rebased draft there (atomically; never over an input); default:
                     standard output
  --format text      the rebased draft in the resolution text layout; conflicts on standard error
  --format json      {"resolution", "from", "onto", "draft", "conflicts": [{kind, line, label, call,
                     old, edition, delegate}]}

Every change the draft made to the old text is applied to the new text; the new edition's own
changes are taken as they are and never count as the draft's. Where the edition and the draft
changed the same words differently, the draft's wording is kept and the place is listed as a
conflict (old text, the edition's, the draft's). Open the result in the app to decide each one.
Exit code 0 without conflicts, 1 while conflicts remain, 2 on bad usage or an input that does not parse.
`;

/** Where a conflict stands, as a reader finds it in the rebased draft. */
function placeOf(c: RebaseConflict): string {
  const line = `line ${c.line + 1}`;
  switch (c.kind) {
    case 'numberLine':
      return `the number line (${line})`;
    case 'title':
      return `the title (${line})`;
    case 'conferenceLine':
      return `the conference line (${line})`;
    case 'call':
      return `the call "${c.delegate ?? c.old ?? ''}" (${line})`;
    case 'footnote':
      return `footnote ${c.label ?? ''} (${line})`;
    case 'item':
      return c.call ? `"${c.call}" ${c.label ?? ''} (${line})` : `item ${c.label ?? ''} (${line})`;
    default:
      return c.call ? `a paragraph under "${c.call}" (${line})` : `a paragraph (${line})`;
  }
}

function shownText(t: string | null, absent: string): string {
  return t === null ? absent : t.replaceAll('\n', '\n            ');
}

/** The edition a text draft was made on: the one its number line (or conference line) names by place and year. */
function namedEdition(draft: Resolution, corpus: Corpus): string | undefined {
  const rev = revisionOf(draft.numberLine);
  if (!rev) return undefined;
  return corpus.editions().find((e) => e.place === rev.place && e.year === rev.year)?.id;
}

/** The edition holding `number` whose text is closest to the draft (fewest changes), other than `onto`. */
function closestEdition(draft: Resolution, number: string, onto: string, corpus: Corpus): string | undefined {
  let best: { id: string; changes: number } | undefined;
  for (const e of corpus.editions()) {
    if (e.id === onto || !corpus.has(number, e.id)) continue;
    const changes = countChanges(compare(corpus.resolution(number, e.id), draft).rows);
    if (!best || changes < best.changes) best = { id: e.id, changes };
  }
  return best?.id;
}

/** The draft and the text it was made on. */
async function operands(spec: string, from: string | undefined, onto: string, corpus: Corpus, io: CliIO, inputs: InputRecord[]): Promise<{ draft: Operand; old: Resolution; from: string; number: string }> {
  const word = splitWordSpec(spec);
  if (isWordPath(word.path)) {
    const draft = await wordOperand(word.path, word.pick, corpus);
    const number = resolutionNumberOf(draft.resolution.numberLine);
    if (!number) throw new UsageError(`${draft.name}: is a draft new resolution; only a revision of an adopted resolution can be carried onto a new edition`);
    const old = (await wordOperand(word.path, word.pick, corpus, 'baseline')).resolution;
    return { draft, old, from: from ?? namedEdition(old, corpus) ?? 'its own unmarked text', number };
  }
  const draft = await resolveOperand(spec, io, corpus, inputs);
  const number = resolutionNumberOf(draft.resolution.numberLine) ?? draft.baseline?.number;
  if (!number) throw new UsageError(`${draft.name}: is a draft new resolution; only a revision of an adopted resolution can be carried onto a new edition`);
  let edition = from ?? draft.baseline?.edition ?? namedEdition(draft.resolution, corpus);
  if (!edition) {
    edition = closestEdition(draft.resolution, number, onto, corpus);
    if (!edition) throw new UsageError(`${draft.name}: no edition other than ${onto} holds Resolution ${number}; name the edition the draft was made on with --from <id>`);
    io.stderr(`notice: ${draft.name} does not say which edition it was made on; taken as ${edition}, whose text of Resolution ${number} is closest to it (use --from to choose)\n`);
  }
  if (!corpus.has(number, edition)) throw new UsageError(`Resolution ${number} is not in the ${edition} edition the draft was made on; name another with --from <id>`);
  return { draft, old: corpus.resolution(number, edition), from: edition, number };
}

export const rebaseCommand: Command = {
  ...commandInfo('rebase'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { onto: { type: 'string' }, from: { type: 'string' }, output: { type: 'string', short: 'o' }, format: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one draft: resdraft rebase <draft> --onto <edition>');
    if (typeof values.onto !== 'string' || values.onto === '') throw new UsageError('missing --onto <edition>: the edition to carry the draft onto (e.g. baku-2025)');
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const corpus = editionCorpus(values.onto);
    if (values.from !== undefined) editionCorpus(values.from);
    const inputs: InputRecord[] = [];
    const { draft, old, from, number } = await operands(positionals[0], values.from, values.onto, corpus, io, inputs);
    if (from === values.onto) throw new UsageError(`${draft.name}: is already made on ${values.onto}; nothing to carry`);
    if (!corpus.has(number, values.onto)) {
      throw new UsageError(`Resolution ${number} is not in the ${values.onto} edition; it holds: ${corpus.list(values.onto).map((r) => r.number).join(', ')}`);
    }
    const result = rebase(old, draft.resolution, corpus.resolution(number, values.onto));
    const text = toText(result.draft);
    const out = format === 'json' ? `${JSON.stringify({ resolution: number, from, onto: values.onto, draft: text, conflicts: result.conflicts }, null, 2)}\n` : text;
    if (typeof values.output === 'string' && values.output !== '' && values.output !== '-') {
      try {
        writeFileAtomic(guardOutput(values.output, inputs, 'the rebased draft'), out);
      } catch (e) {
        if (e instanceof OutputRefusedError) throw new UsageError(e.message);
        io.stderr(`resdraft rebase: cannot write ${values.output}: ${writeProblem(e, values.output)}; nothing was written\n`);
        return 1;
      }
    } else io.stdout(out);
    if (format === 'text') {
      result.conflicts.forEach((c, i) => {
        io.stderr(
          `conflict ${i + 1} of ${result.conflicts.length}, ${placeOf(c)}: the edition and the draft changed the same words; the draft's wording is kept\n` +
            `  old:      ${shownText(c.old, '(not there)')}\n` +
            `  edition:  ${shownText(c.edition, '(deleted by the edition)')}\n` +
            `  draft:    ${shownText(c.delegate, '(deleted by the draft)')}\n`,
        );
      });
    }
    return result.conflicts.length > 0 ? 1 : 0;
  },
};
