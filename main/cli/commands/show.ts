import { UnknownResolutionError } from '../../services/corpus';
import { editionCorpus } from '../editionOption';
import { parseCommandArgs, formatOption } from '../args';
import { UsageError, type Command } from '../command';

export const showCommand: Command = {
  name: 'show',
  summary: 'print an adopted resolution in the text layout or as JSON',
  usage: 'resdraft show <n> [--edition <id>] [--format text|json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(
        `Usage: ${this.usage}\n\nPrints bundled Resolution <n> as adopted: --format text (default) gives the resolution\n` +
          `text layout byte for byte; --format json the parsed model. --edition <id> picks the edition\n` +
          `(default: the bundled kigali-2022; see "resdraft edition").\n`,
      );
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one resolution number, e.g. "resdraft show 34"');
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const corpus = editionCorpus(values.edition);
    const n = positionals[0];
    if (!corpus.has(n)) throw new UsageError(new UnknownResolutionError(corpus.defaultEdition, n, corpus.list().map((r) => r.number)).message);
    if (format === 'json') io.stdout(`${JSON.stringify(corpus.resolution(n), null, 2)}\n`);
    else io.stdout(corpus.text(n));
    return 0;
  },
};
