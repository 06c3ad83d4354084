import { editionCorpus } from '../editionOption';
import { parseCommandArgs, formatOption } from '../args';
import { UsageError, type Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  summary: 'list the bundled resolutions (number and title)',
  usage: 'resdraft list [--edition <id>] [--format text|json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\nLists the number and title of each adopted resolution of an edition (--edition <id>; default: the bundled kigali-2022).\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const list = editionCorpus(values.edition).list();
    if (format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout(list.map((r) => `${r.number.padStart(3)}  ${r.title}\n`).join(''));
    return 0;
  },
};
