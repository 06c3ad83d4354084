import { commandInfo } from '../commandIndex';
import { extname } from 'node:path';
import { synopsesToHtml } from '../../../shared/synopsis/synopsisHtml';
import { synopsesToJson } from '../../../shared/synopsis/synopsisJson';
import { synopsisToText } from '../../../shared/synopsis/synopsisText';
import { Corpus } from '../../services/corpus';
import { synopsisToDocx } from '../../services/docx/synopsisDocx';
import { ForbiddenCharacterError } from '../../../shared/text/contributionCharacters';
import { fileIdentity, type InputRecord } from '../../services/inputFile';
import { checkOutput, STANDARD_OUTPUT, writeOutput } from '../output';
import { readStdinInput } from '../operand';
import { SynopsisSourceError, compileSynopses, readSource, type SourceProposal } from '../../services/synopsisSources';
import { formatOption, parseCommandArgs } from '../args';
import { refusalsAsUsage, UsageError, type Command } from '../command';
import { isEditionId } from '../../../shared/grammar/editionId';

const FORMATS = ['text', 'html', 'docx', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Compiles several delegations' proposals on the same resolutions into one synopsis: every
source's changes aligned on the adopted text, line by line and word by word, with who proposes
what, where sources agree and where their changes conflict.

  SOURCE…             contribution files (.resdraft: every proposal, named after the cover's
                      source, with its proposal number and reasons), Word contributions (.docx:
                      each proposal's text with all revisions accepted, named after the cover's
                      Source:), or drafts in the resolution text layout (named after the file;
                      "-" reads one from standard input)
  --resolution <n>    only the synopsis of Resolution n (default: every resolution a source revises)
  --edition <id>      the baseline edition draft texts and Word contributions revise (default:
                      kigali-2022; contribution files name the edition of each proposal)
  --format text       for a terminal: each changed line, each change after its sources (default)
  --format html       a browser page: the synoptic table with <ins>/<del> marks
  --format json       per resolution: its sources and rows, each row's changes by source in the
                      word-diff notation, identical changes grouped, agreement and conflict flags
  --format docx       the synoptic table (baseline column, one column per source with real Word
                      revision marks, conflicts shaded); needs -o
  -o, --output <file> where to write (default, or "-": standard output; a .docx is not written to
                      a terminal); the format follows the extension (.html, .json, .docx, .txt)
                      unless --format is given; written atomically, never over a source (nor
                      over a file redirected to standard input)
  --date <iso>        time stamped on the .docx revisions (default: now)

A conflict is two sources changing overlapping words of a line differently (or inserting
different words at the same place), or one deleting a line another amends or moves. Changes to
different words of the same line, relabels, and different new lines inserted at the same place
do not conflict.
Exit code 0 on success, 1 when writing fails, 2 on bad usage, a source that does not parse, or
sources revising different editions of a resolution.
`;

function formatForPath(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.txt') return 'text';
  return undefined;
}

/** Every source the command reads, so the output can never be one of them (by device and inode). */
function sourceInputs(positionals: readonly string[]): InputRecord[] {
  return positionals.filter((p) => p !== '-').map((p) => ({ name: p, identity: fileIdentity(p) }));
}

export const synopsisCommand: Command = {
  ...commandInfo('synopsis'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      resolution: { type: 'string' },
      edition: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      date: { type: 'string' },
    });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('expected at least one source: contribution files or draft texts');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('only one source can be read from standard input');
    if (values.resolution !== undefined && !/^[0-9]+$/.test(values.resolution)) throw new UsageError(`--resolution "${values.resolution}" is not a resolution number; expected e.g. --resolution 34`);
    if (values.edition !== undefined && !isEditionId(values.edition)) throw new UsageError(`--edition "${values.edition}" is not an edition id; expected e.g. kigali-2022`);
    if (values.date !== undefined && Number.isNaN(new Date(values.date).getTime())) {
      throw new UsageError(`--date "${values.date}" is not a date; expected ISO 8601, e.g. 2025-11-17T09:00:00Z`);
    }
    const output = values.output ?? STANDARD_OUTPUT;
    if (output === '') throw new UsageError('-o needs a file name ("-" for standard output)');
    const format: Format = values.format !== undefined ? formatOption(values.format, FORMATS, 'text') : ((output !== STANDARD_OUTPUT ? formatForPath(output) : undefined) ?? 'text');
    const inputs = sourceInputs(positionals);
    let stdin: string | undefined;
    if (positionals.includes('-')) {
      const raw = await readStdinInput(io);
      inputs.push({ name: 'standard input', identity: raw.identity });
      stdin = raw.text;
    }
    const target = checkOutput(output, inputs, 'the synopsis', io, format === 'docx');
    const corpus = new Corpus();
    let compiled;
    try {
      const proposals: SourceProposal[] = [];
      for (const p of positionals) proposals.push(...(await readSource(p, { edition: values.edition }, stdin)));
      compiled = compileSynopses(proposals, corpus, values.resolution);
    } catch (e) {
      if (e instanceof SynopsisSourceError) throw new UsageError(e.message);
      throw e;
    }
    const { synopses, newResolutions } = compiled;
    if (synopses.length === 0 && format !== 'json') {
      throw new UsageError('the sources revise no adopted resolution (only draft new resolutions); nothing to compile');
    }
    let data: string | Uint8Array;
    if (format === 'json') data = synopsesToJson(synopses, newResolutions);
    else if (format === 'html') data = synopsesToHtml(synopses);
    else if (format === 'docx') data = await refusalsAsUsage(() => synopsisToDocx(synopses, { date: values.date }), [ForbiddenCharacterError]); // a character Word cannot hold: named, exit 2
    else {
      data =
        synopses.map(synopsisToText).join('\n') +
        (newResolutions.length ? `\nDraft new resolutions (not compared):\n${newResolutions.map((n) => `  ${n.source}${n.proposal ? ` (${n.proposal})` : ''}: ${n.numberLine} ${n.title}\n`).join('')}` : '');
    }
    writeOutput(target, data, inputs, 'the synopsis', io);
    if (target === null) return 0;
    const sources = new Set(synopses.flatMap((s) => s.sources.map((x) => x.name))).size;
    io.stdout(`wrote ${target} (${format}; ${synopses.length} resolution${synopses.length === 1 ? '' : 's'}, ${sources} source${sources === 1 ? '' : 's'})\n`);
    return 0;
  },
};
