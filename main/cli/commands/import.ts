import { commandInfo } from '../commandIndex';
import { existsSync } from 'node:fs';
import { readContributionFile, serializeContribution } from '../../services/contributionFile';
import { fileIdentity } from '../../services/inputFile';
import { checkOutput, STANDARD_OUTPUT, writeOutput } from '../output';
import { checkAgainstEdition, colleagueReviewLine, describeProposal, isWordPath, WordDocumentError } from '../../services/wordDocument';
import { importWordContribution, type WordImport } from '../../services/wordImport';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { editionCorpus } from '../editionOption';

const HELP = `Turns a Word contribution (.docx, ours or anyone's) into a contribution file.

  <file.docx>        proposals "MOD<TAB>ACP/23A1/1" with their resolution and "Reasons:", and the
                     cover (Source, Title, …); or one adopted resolution with tracked changes
  -o, --output <file.resdraft>  where to write ("-": standard output); written atomically, never
                     over the document itself (or a link to it), nor over an existing file
                     unless --force
  --edition <id>     the edition the baselines are checked against and named in (default kigali-2022)
  --force            replace an existing contribution file

Each proposal's draft is the text with every revision accepted; its baseline is checked against the
edition in force and every place where the unmarked text differs is reported. On a document this
program exported, revisions by another author than the one who exported it (a colleague's, made with
Track Changes) are kept as a pending review in the file: the app lists them with their author, each
to accept or reject.
Exit code 0 on success, 2 on bad usage or a document that is not a contribution, is damaged or
password-protected (the document is only read).
`;

export const importCommand: Command = {
  ...commandInfo('import'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, edition: { type: 'string' }, force: { type: 'boolean' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one Word document: resdraft import <file.docx> -o <file.resdraft>');
    const input = positionals[0];
    if (!isWordPath(input)) throw new UsageError(`${input}: expected a Word document (.docx)`);
    if (typeof values.output !== 'string' || values.output === '') throw new UsageError('missing -o <file.resdraft>: where to write the contribution');
    const output = values.output;
    if (output !== STANDARD_OUTPUT && !/\.resdraft$/i.test(output)) throw new UsageError(`${output}: expected a .resdraft file name ("-" for standard output)`);
    if (output !== STANDARD_OUTPUT && existsSync(output) && !values.force) throw new UsageError(`${output}: already exists; add --force to replace it`);
    const inputs = [{ name: input, identity: fileIdentity(input) }];
    const target = checkOutput(output, inputs, 'the contribution', io, false, values.force === true);
    if (target !== null && existsSync(target)) {
      try {
        readContributionFile(target); // --force replaces a contribution this version reads, nothing else
      } catch (e) {
        throw new UsageError(`refusing to replace "${output}": ${(e as Error).message.replace(/^Cannot open "[^"]*": /, '')}`);
      }
    }
    const corpus = editionCorpus(values.edition);
    let imported: WordImport;
    try {
      imported = await importWordContribution(input, corpus);
    } catch (e) {
      if (e instanceof WordDocumentError) throw new UsageError(e.message);
      throw e;
    }
    const { doc, contribution } = imported;
    writeOutput(target, serializeContribution(contribution), inputs, 'the contribution', io, values.force === true);
    if (target === null) return 0;
    io.stdout(`wrote ${output}: ${contribution.proposals.length} proposal${contribution.proposals.length === 1 ? '' : 's'} (${doc.contribution.proposals.map(describeProposal).join(', ')})\n`);
    for (const n of imported.notices) io.stderr(`resdraft import: notice: ${n}\n`);
    for (const p of doc.contribution.proposals) {
      for (const d of checkAgainstEdition(p, corpus)) io.stderr(`resdraft import: warning: ${describeProposal(p)}: ${d}\n`);
      for (const u of p.unplaced) io.stderr(`resdraft import: warning: ${describeProposal(p)}: left out ${u.where}: ${u.reason}\n`);
    }
    for (const [i, p] of doc.contribution.proposals.entries()) {
      const pending = contribution.proposals[i].review && colleagueReviewLine(p);
      if (pending) io.stdout(`${describeProposal(p)}: ${pending} (kept in ${output}; review them in the app)\n`);
    }
    return 0;
  },
};
