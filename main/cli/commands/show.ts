import { commandInfo } from '../commandIndex';
import { UnknownResolutionError } from '../../services/corpus';
import { isWordPath } from '../../services/wordDocument';
import { editionCorpus } from '../editionOption';
import { parseCommandArgs, formatOption } from '../args';
import { UsageError, type Command } from '../command';
import { splitWordSpec, wordOperand } from '../wordOperand';
import { resolveOperand } from '../operand';
import { existsSync } from 'node:fs';

export const showCommand: Command = {
  ...commandInfo('show'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' }, original: { type: 'boolean' } });
    if (values.help) {
      io.stdout(
        `Usage: ${this.usage}\n\nPrints Resolution <n> as adopted: --format text (default) gives the resolution\n` +
          `text layout byte for byte; --format json the parsed model. --edition <id> picks the edition\n` +
          `(default: the bundled kigali-2022; see "resdraft edition").\n\n` +
          `With a Word document (file.docx, or file.docx#34 for the proposal on Resolution 34), prints\n` +
          `its draft: the text with every revision accepted; --original prints it with every revision\n` +
          `rejected (the baseline it was drafted on).\n\n` +
          `With a contribution file (file.resdraft#34 for its proposal on Resolution 34, #34@v2 for that\n` +
          `proposal in the second saved version), a draft text or "-", prints that draft.\n`,
      );
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one resolution number, Word document or draft, e.g. "resdraft show 34"');
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const corpus = editionCorpus(values.edition);
    const word = splitWordSpec(positionals[0]);
    if (isWordPath(word.path)) {
      const op = await wordOperand(word.path, word.pick, corpus, values.original ? 'baseline' : 'draft');
      for (const line of op.leftOut) io.stderr(`resdraft show: warning: ${line}\n`);
      for (const line of op.notices) io.stderr(`resdraft show: notice: ${line}\n`);
      if (op.pendingReview) io.stderr(`resdraft show: note: ${op.pendingReview}\n`);
      io.stdout(format === 'json' ? `${JSON.stringify(op.resolution, null, 2)}\n` : op.text);
      return 0;
    }
    if (values.original) throw new UsageError('--original is for a Word document (file.docx); an adopted resolution is already the original');
    const n = positionals[0];
    if (/^[0-9]+$/.test(n) && !existsSync(n)) {
      if (!corpus.has(n)) throw new UsageError(new UnknownResolutionError(corpus.defaultEdition, n, corpus.list().map((r) => r.number)).message);
      if (format === 'json') io.stdout(`${JSON.stringify(corpus.resolution(n), null, 2)}\n`);
      else io.stdout(corpus.text(n));
      return 0;
    }
    // a draft: a text file, standard input, or a proposal of a contribution file (FILE.resdraft#34@v2)
    const op = await resolveOperand(n, io, corpus);
    io.stdout(format === 'json' ? `${JSON.stringify(op.resolution, null, 2)}\n` : op.text);
    return 0;
  },
};
