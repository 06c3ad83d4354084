import { commandInfo } from '../commandIndex';
import { proposalOutcome } from '../../../shared/engine/proposalOutcome';
import { toHtml } from '../../../shared/engine/toHtml';
import { toWordDiff } from '../../../shared/engine/toWordDiff';
import { formatOption, parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { corpusForDraft, editionCorpus } from '../editionOption';
import { refuseMismatch } from '../mismatch';
import { resolveOptionalOperand } from '../operand';

export const compareCommand: Command = {
  ...commandInfo('compare'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, suppress: { type: 'boolean' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(
        `Usage: ${this.usage}\n\n` +
          'Compares two versions of a resolution and prints the revision marks.\n\n' +
          '  <baseline>, <draft>  a bundled resolution number (34), a text file in the resolution\n' +
          '                       layout, "-" for standard input, or a contribution file with the\n' +
          '                       proposal picked by number: file.resdraft#34 (add @<version> for a\n' +
          '                       saved version: file.resdraft#34@v2 is the second, oldest first, as\n' +
          '                       "resdraft list file.resdraft" numbers them; or @<name>, @<id>)\n' +
          '  --format text        word-diff notation: [-deleted-] {+inserted+} (default)\n' +
          '  --format html        semantic HTML with <ins>/<del>\n' +
          '  --format json        the change model (action, rows, stats) and changeCount, the changes\n' +
          '                       as the app counts them (a relabel alone is not one)\n' +
          '  --suppress           the draft suppresses the baseline (SUP); <draft> may be omitted\n' +
          '  --edition <id>       the edition a resolution number names (default: kigali-2022; for a\n' +
          '                       draft in another language, the imported edition in its language)\n\n' +
          'The proposal symbol follows from the operands: NOC (no change), MOD (changed), ADD\n' +
          '(<baseline> is "none" or empty, or the draft reads DRAFT NEW RESOLUTION [...]), SUP\n' +
          '(<draft> is empty, or --suppress). A draft whose number line names another resolution\n' +
          'than <baseline> is refused (it would mark one resolution as replacing another).\n\n' +
          'Exit code 0 on success, 2 on bad usage or a text that does not parse.\n',
      );
      return 0;
    }
    const suppress = values.suppress === true;
    if (positionals.length !== 2 && !(suppress && positionals.length === 1)) throw new UsageError('expected two operands: <baseline> <draft>');
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one operand can be read from standard input');
    const format = formatOption(values.format, ['text', 'html', 'json'] as const, 'text');
    const given = editionCorpus(values.edition);
    const draft = await resolveOptionalOperand(positionals[1], io, given);
    // a resolution number is read in the draft's language when no --edition says otherwise
    const corpus = /^[0-9]+$/.test(positionals[0] ?? '') ? corpusForDraft(given, values.edition, draft.resolution, positionals[0], io) : given;
    const base = await resolveOptionalOperand(positionals[0], io, corpus);
    if (base.resolution === null && (draft.resolution === null || suppress)) {
      throw new UsageError('nothing to compare: give a baseline to suppress or a draft to add');
    }
    refuseMismatch(base, draft, (n) => corpus.has(n));
    const { changes, units } = proposalOutcome({ symbol: suppress ? 'SUP' : 'auto', baseline: base.resolution, draft: draft.resolution });
    if (format === 'json') io.stdout(`${JSON.stringify({ ...changes, changeCount: units.length, baseline: base.name, draft: draft.name }, null, 2)}\n`);
    else if (format === 'html') io.stdout(toHtml(changes, { document: true, title: `${changes.action}: ${draft.name} against ${base.name}` }));
    else io.stdout(toWordDiff(changes));
    return 0;
  },
};
