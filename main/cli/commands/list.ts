import { existsSync } from 'node:fs';
import { InputRefusedError, readHeadSync } from '../../services/inputFile';
import { commandInfo } from '../commandIndex';
import { bundledEditionList } from '../../services/bundledEditions';
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
  ...commandInfo('list'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\nLists the number and title of each adopted resolution of an edition (--edition <id>; default: the bundled kigali-2022).\nWith a Word document, lists the proposals found in it: symbol, number, resolution and title,\nand where its unmarked text differs from the edition in force.\nWith a contribution file, lists its proposals as the export numbers them: symbol, number, resolution and title,\nunder each a colleague's Word changes still to review, and under a common proposal merged from several sources,\nwhich source each adopted change came from.\n`);
      return 0;
    }
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    if (positionals.length === 1) {
      // a Word document or a contribution: their readers are loaded only for them
      const [{ isWordPath }, { isContributionInput }] = await Promise.all([import('../../services/wordDocument'), import('../operand')]);
      const { editionCorpus } = await import('../editionOption');
      if (isWordPath(positionals[0])) {
        await (await import('../wordProposals')).listWordProposals(positionals[0], editionCorpus(values.edition), format, io);
        return 0;
      }
      if (isContributionInput(positionals[0])) {
        (await import('../contributionProposals')).listContributionProposals(positionals[0], editionCorpus(values.edition), format, io);
        return 0;
      }
    }
    if (positionals.length === 1 && existsSync(positionals[0])) refuseUnreadable(positionals[0]);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    // the bundled edition's list is read as shipped; an imported one through the corpus, which checks it
    const list = values.edition === undefined ? bundledEditionList() : (await import('../editionOption')).editionCorpus(values.edition).list();
    if (format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout(list.map((r) => `${r.number.padStart(3)}  ${r.title}\n`).join(''));
    return 0;
  },
};
