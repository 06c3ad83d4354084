import { existsSync } from 'node:fs';
import { InputRefusedError, readHeadSync } from '../../services/inputFile';
import { isWordPath } from '../../services/wordDocument';
import { editionCorpus } from '../editionOption';
import { listWordProposals } from '../wordProposals';
import { listContributionProposals } from '../contributionProposals';
import { isContributionInput } from '../operand';
import { parseCommandArgs, formatOption } from '../args';
import { UsageError, type Command } from '../command';

/** A file operand that is no file to read (a FIFO, device, socket or folder) is refused by name and problem. */
function refuseUnreadable(path: string): void {
  try {
    readHeadSync(path, 1, { label: path });
  } catch (e) {
    if (e instanceof InputRefusedError) throw new UsageError(e.message);
    throw e;
  }
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list the resolutions of an edition, or the proposals of a Word contribution',
  usage: 'resdraft list [file.docx | contribution.resdraft] [--edition <id>] [--format text|json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\nLists the number and title of each adopted resolution of an edition (--edition <id>; default: the bundled kigali-2022).\nWith a Word document, lists the proposals found in it: symbol, number, resolution and title,\nand where its unmarked text differs from the edition in force.\nWith a contribution file, lists its proposals as the export numbers them: symbol, number, resolution and title,\nunder each a colleague's Word changes still to review, and under a common proposal merged from several sources,\nwhich source each adopted change came from.\n`);
      return 0;
    }
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    if (positionals.length === 1 && isWordPath(positionals[0])) {
      await listWordProposals(positionals[0], editionCorpus(values.edition), format, io);
      return 0;
    }
    if (positionals.length === 1 && isContributionInput(positionals[0])) {
      listContributionProposals(positionals[0], editionCorpus(values.edition), format, io);
      return 0;
    }
    if (positionals.length === 1 && existsSync(positionals[0])) refuseUnreadable(positionals[0]);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const list = editionCorpus(values.edition).list();
    if (format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout(list.map((r) => `${r.number.padStart(3)}  ${r.title}\n`).join(''));
    return 0;
  },
};
