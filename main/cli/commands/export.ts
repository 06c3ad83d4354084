import { commandInfo } from '../commandIndex';
import { ContributionFileError } from '../../../shared/contribution/parseContribution';
import { defaultSettings } from '../../../shared/contribution/newContribution';
import type { ContributionSettings } from '../../../shared/contribution/schema';
import { ProposalExportError, exportContribution, proposalChanges } from '../../../shared/export/fromContribution';
import { ProposalNumberError, proposalNumber } from '../../../shared/export/proposalNumber';
import { isDraftNewResolution } from '../../../shared/engine/compare';
import type { ExportContribution } from '../../../shared/export/exportTypes';
import type { Resolution } from '../../../shared/model/resolution';
import { checkContributionCharacters, ForbiddenCharacterError } from '../../../shared/text/contributionCharacters';
import { describeForbidden, findXmlForbidden } from '../../../shared/text/xmlCharacters';
import { readContributionFile } from '../../services/contributionFile';
import { ExportFileError, ExportWriteError, exportToFile, formatForPath, renderExport } from '../../services/exportFile';
import { InputRefusedError, fileIdentity, type InputRecord } from '../../services/inputFile';
import { formatOption, parseCommandArgs } from '../args';
import { refusalsAsUsage, UsageError, WriteFailedError, type CliIO, type Command } from '../command';
import { checkOutput, STANDARD_OUTPUT } from '../output';
import { refuseMismatch } from '../mismatch';
import { placeholderMessage, templatePlaceholders } from '../../../shared/checks/templatePlaceholders';
import { extname } from 'node:path';
import { corpusForDraft, editionCorpus } from '../editionOption';
import { isContributionInput, resolveOperand } from '../operand';
import { resolutionNumberOf, revisionOf } from '../../../shared/grammar/numberLine';
import { languageOfResolution } from '../../../shared/grammar/textLanguage';
import { wtdcName } from '../../../shared/grammar/conferenceLine';

const HELP = `Exports a contribution as a Word document with real revision marks (or its HTML preview).

  <input>            a draft in the resolution text layout (one proposal), or a contribution
                     file (.resdraft: every proposal, with its cover settings)
  --baseline <n|file>  the adopted text to compare a draft with: a bundled resolution number or
                     a text file; optional when the draft's number line names a bundled
                     resolution ("RESOLUTION 34 (Rev. …)"); a "DRAFT NEW RESOLUTION" is exported
                     as ADD. Not allowed with a contribution file (it names its baselines).
  -o, --output <file>  where to write (required; "-" writes to standard output); written
                     atomically, through a symlink to the file it names; never over an input
                     (the draft, the --baseline file, a redirected standard input, a link to one
                     of them) or a contribution file
  --clean            the proposed text without revision marks
  --format docx|html   default: from the output's extension (.html → html, else docx)
                     (PDF: print the HTML preview from a browser, or convert the .docx:
                     soffice --headless --convert-to pdf out.docx)
  --edition <id>     the edition --baseline <n> and the number line name (default: kigali-2022;
                     for a draft in another language, the imported edition in its language)
  --reasons <text>   the Reasons: paragraph of a single draft
  --author <name>    author of the revisions (default: the contribution's revision author,
                     else the source's short code, e.g. ACP)
  --date <iso>       time stamped on the revisions and the cover (default: now)

Accept All in Word or LibreOffice gives the draft, Reject All the adopted text. A draft whose
number line names another resolution than --baseline, and a draft that still holds a placeholder
of the draft-new-resolution template ("DRAFT NEW RESOLUTION [DRAFT-1]", "that …;"), are refused.
Exit code 0 on success, 1 when writing fails, 2 on bad usage or an input that does not parse.
`;

/** What to do in a terminal for a format resdraft does not write, by the output's extension. */
const ELSEWHERE: Record<string, string> = {
  '.pdf': 'resdraft does not write PDF: write the HTML preview (-o out.html) and print it to PDF from a browser, or write the .docx (-o out.docx) and convert it: soffice --headless --convert-to pdf out.docx',
  '.odt': 'resdraft writes Word documents: write out.docx (-o out.docx) and convert it: soffice --headless --convert-to odt out.docx',
  '.doc': 'resdraft writes .docx, not the old .doc format: write out.docx (-o out.docx); Word and LibreOffice open it',
  '.rtf': 'resdraft writes .docx, not RTF: write out.docx (-o out.docx) and convert it: soffice --headless --convert-to rtf out.docx',
  '.txt': 'the export is a Word document or its HTML preview; for the marks as text, run: resdraft compare <baseline> <draft> > marks.txt',
  '.md': 'the export is a Word document or its HTML preview; for the marks as text, run: resdraft compare <baseline> <draft> > marks.txt',
  '.json': 'the export is a Word document or its HTML preview; for the change model as JSON, run: resdraft compare <baseline> <draft> --format json',
};

/** The format --format names; a format resdraft does not write says what to do instead. */
function exportFormat(format: unknown): 'docx' | 'html' | undefined {
  if (format === 'pdf') throw new UsageError(ELSEWHERE['.pdf']);
  return format === undefined ? undefined : formatOption(format, ['docx', 'html'] as const, 'docx');
}

/** The format the output's extension implies (after the output rule: an input is never replaced, whatever its name). */
function formatOfOutput(output: string, inputs: InputRecord[], io: CliIO): 'docx' | 'html' {
  checkOutput(output, inputs, 'the export', io, false);
  if (output === STANDARD_OUTPUT) return 'docx';
  const ext = extname(output).toLowerCase();
  if (ELSEWHERE[ext]) throw new UsageError(`"${output}": ${ELSEWHERE[ext]}`);
  return formatForPath(output) === 'html' ? 'html' : 'docx';
}

/**
 * Settings for a lone draft: defaults, with the target place and year read from its number line,
 * and the draft's language (an Arabic draft gives a right-to-left document with an Arabic cover).
 */
function draftSettings(draft: Resolution): ContributionSettings {
  const rev = revisionOf(draft.numberLine);
  const settings = defaultSettings(rev ? rev.year : new Date().getUTCFullYear());
  if (rev) settings.conference.place = rev.place;
  settings.language = languageOfResolution(draft);
  settings.conference.name = wtdcName(settings.language);
  return settings;
}

export const exportCommand: Command = {
  ...commandInfo('export'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      baseline: { type: 'string' },
      edition: { type: 'string' },
      output: { type: 'string', short: 'o' },
      clean: { type: 'boolean' },
      format: { type: 'string' },
      reasons: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
    });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one input: a draft text file or a contribution file');
    if (typeof values.output !== 'string' || values.output === '') throw new UsageError('missing -o <out.docx>: where to write the export ("-o -" for standard output)');
    const asked = exportFormat(values.format);
    if (values.date !== undefined && Number.isNaN(new Date(values.date).getTime())) {
      throw new UsageError(`--date "${values.date}" is not a date; expected ISO 8601, e.g. 2025-11-17T09:00:00Z`);
    }
    const input = positionals[0];
    const given = editionCorpus(values.edition);
    const inputs: InputRecord[] = [];
    let contribution: ExportContribution;
    const fromFile = isContributionInput(input);
    if (fromFile) {
      if (values.baseline !== undefined) throw new UsageError('--baseline is for a single draft; a contribution file names the baseline of each proposal');
      if (values.reasons !== undefined) throw new UsageError('--reasons is for a single draft; a contribution file holds the reasons of each proposal');
      if (values.edition !== undefined) throw new UsageError('--edition is for a single draft; a contribution file names the edition of each proposal');
      let content;
      try {
        inputs.push({ name: input, identity: fileIdentity(input) });
        const read = readContributionFile(input);
        for (const n of read.notices) io.stderr(`notice: ${n}\n`);
        content = read.contribution;
        checkContributionCharacters(content);
      } catch (e) {
        if (e instanceof ContributionFileError || e instanceof InputRefusedError) throw new UsageError(e.message);
        if (e instanceof ForbiddenCharacterError) throw new UsageError(`${input}: ${e.message}`);
        throw e;
      }
      try {
        contribution = exportContribution(content, (ref) => given.resolution(ref.number, ref.edition));
      } catch (e) {
        if (e instanceof ProposalExportError || e instanceof ProposalNumberError) throw new UsageError(`${input}: ${e.message}`);
        throw e;
      }
    } else {
      const draft = await resolveOperand(input, io, given, inputs);
      // a resolution number is read in the draft's language when no --edition says otherwise
      const named = /^[0-9]+$/.test(values.baseline ?? '') ? values.baseline : values.baseline === undefined ? resolutionNumberOf(draft.resolution.numberLine) : undefined;
      const corpus = corpusForDraft(given, values.edition, draft.resolution, named, io);
      let baseline: Resolution | null;
      if (values.baseline !== undefined) {
        if (values.baseline === '-' && input === '-') throw new UsageError('only one of the draft and --baseline can be read from standard input');
        const base = await resolveOperand(values.baseline, io, corpus, inputs);
        refuseMismatch(base, draft, (n) => corpus.has(n));
        baseline = base.resolution;
      } else if (isDraftNewResolution(draft.resolution)) {
        baseline = null;
      } else {
        const n = resolutionNumberOf(draft.resolution.numberLine);
        if (n === undefined || !corpus.has(n)) {
          throw new UsageError(
            `${draft.name}: the number line "${draft.resolution.numberLine}" names no bundled resolution; give the adopted text with --baseline <n|file> (bundled: ${corpus
              .list()
              .map((r) => r.number)
              .join(', ')})`,
          );
        }
        baseline = corpus.resolution(n);
      }
      const left = templatePlaceholders(draft.resolution)[0];
      if (left) throw new UsageError(`${draft.name}: ${placeholderMessage(left).message} (line ${left.line + 1}; "resdraft check" lists every placeholder)`);
      const settings = draftSettings(draft.resolution);
      const { symbol, changes } = proposalChanges('auto', baseline, draft.resolution);
      const reasons = values.reasons ?? '';
      const bad = findXmlForbidden(reasons);
      if (bad) throw new UsageError(`--reasons: ${describeForbidden(bad, bad.index + 1)}`);
      contribution = { settings, proposals: [{ symbol, number: proposalNumber(settings, 1), changes, reasons }] };
    }
    const format = asked ?? formatOfOutput(values.output, inputs, io);
    const options = { mode: values.clean ? ('clean' as const) : ('marked' as const), author: values.author, date: values.date, format };
    if (values.output === STANDARD_OUTPUT) {
      checkOutput(STANDARD_OUTPUT, inputs, 'the export', io, format === 'docx');
      io.stdout(await refusalsAsUsage(() => renderExport(contribution, options), [ExportFileError]));
      return 0;
    }
    try {
      const done = await exportToFile(values.output, contribution, options, inputs);
      const marks = contribution.proposals.map((p) => p.symbol).join(' ');
      const numbers = contribution.proposals.map((p) => p.number);
      // a contribution file's proposals as the document numbers them (the same numbers `list` prints)
      const numbered = fromFile && numbers.length > 0 ? `, numbered ${numbers[0]}${numbers.length > 1 ? ` to ${numbers[numbers.length - 1]}` : ''}` : '';
      io.stdout(`wrote ${done.path} (${done.format}, ${done.bytes} bytes; ${contribution.proposals.length} proposal${contribution.proposals.length === 1 ? '' : 's'}: ${marks}${numbered}${values.clean ? ', clean' : ''})\n`);
      return 0;
    } catch (e) {
      if (e instanceof ExportWriteError) throw new WriteFailedError(e.message);
      if (e instanceof ExportFileError) throw new UsageError(e.message);
      throw e;
    }
  },
};

