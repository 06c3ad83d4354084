import { commandInfo } from '../commandIndex';
import { existsSync } from 'node:fs';
import { ContributionFileError } from '../../../shared/contribution/parseContribution';
import type { Contribution } from '../../../shared/contribution/schema';
import { checkContribution, type ProposalToCheck } from '../../../shared/checks/checkContribution';
import { pendingReviewMessage } from '../../../shared/contribution/colleagueReview';
import { editedSinceSubmission } from '../../../shared/contribution/proposalLife';
import { knownEdition, type KnownEdition } from '../../../shared/checks/citations';
import { findingText, hasErrors, placeText, type Finding } from '../../../shared/checks/finding';
import { isDraftNewResolution } from '../../../shared/engine/compare';
import { resolutionNumberOf } from '../../../shared/grammar/numberLine';
import { draftOf } from '../../../shared/contribution/proposalDraft';
import { readContributionFile } from '../../services/contributionFile';
import { InputRefusedError } from '../../services/inputFile';
import type { Corpus } from '../../services/corpus';
import { formatOption, parseCommandArgs } from '../args';
import { corpusForDraft, editionCorpus } from '../editionOption';
import { UsageError, type Command } from '../command';
import { isContributionInput, resolveOperand } from '../operand';
import { words, type Translate } from '../../../shared/i18n/translate';
import { cliText } from '../cliLanguage';

const HELP = `Checks a draft or a contribution before it is sent (the ITU conventions) and lists what
it finds, each with its place (proposal › call › item) and its line.

  <file>          a draft in the resolution text layout, "-" for standard input, a contribution
                  file (every proposal), or one proposal of it: file.resdraft#34 (by the number
                  of the resolution it revises, or by its id)
  --edition <id>  the edition a draft text revises (bundled or imported; default kigali-2022,
                  or for a draft in another language the imported edition in its language)
  --format text   one finding per line: severity, place, message (default)
  --format json   the findings as JSON

Citations "Resolution N (Rev. Place, Year)" are checked against every edition the app knows: the
bundled one (a selection) and those imported with "resdraft edition import" (taken as all of
their conference's resolutions).

Errors: missing or wrong end punctuation, an empty item, paragraph, call or footnote, a proposal
without reasons, revision marks in an ADD, a citation of a revision that does not exist, a
placeholder of the draft-new-resolution template left in ("DRAFT NEW RESOLUTION [DRAFT-1]",
"Title of the draft new resolution", "(Place, 2029)", "that …;"), a number line that names
another resolution than the proposal revises.
Warnings: the target conference, a number line not revised for it, a citation of a resolution
this contribution revises, a colleague's Word changes not yet accepted or rejected. A bare draft text has no reasons and no target conference to check.

Exit code 0 when there is no error (warnings allowed), 1 when any finding is an error, 2 on bad
usage or a file that cannot be read or parsed.
`;

/** The first line of a resolution's text, or `undefined` when its file cannot be read. */
function numberLineOf(corpus: Corpus, number: string, edition: string): string | undefined {
  try {
    return corpus.text(number, edition).split('\n', 1)[0];
  } catch {
    return undefined;
  }
}

/** Every edition the corpus knows (bundled and imported), with its resolutions' numbers and number lines. */
function editionsOf(corpus: Corpus): KnownEdition[] {
  return corpus.editions().map((e) =>
    knownEdition(
      e,
      corpus.list(e.id).map((r) => ({ number: r.number, numberLine: numberLineOf(corpus, r.number, e.id) })),
    ),
  );
}

function proposalsOf(file: string, c: Contribution, pick: string | null): ProposalToCheck[] {
  const chosen = pick === null ? c.proposals : c.proposals.filter((p) => p.baseline?.number === pick || p.id === pick);
  if (pick !== null && chosen.length === 0) {
    const known = c.proposals.map((p) => p.baseline?.number ?? p.id).join(', ') || 'none';
    throw new UsageError(`${file}: no proposal on Resolution ${pick} (proposals: ${known})`);
  }
  return chosen.map((p) => {
    const draft = draftOf(p);
    const edited = editedSinceSubmission({ ...p, draft }) ? { editedAfterSubmission: p.secretariatNumber ? { secretariatNumber: p.secretariatNumber } : {} } : {};
    return { id: p.id, baseline: p.baseline, symbol: p.symbol, draft, reasons: p.reasons, pendingReview: pendingReviewMessage(p), carriedConflicts: p.carried?.conflicts.length ?? 0, ...edited };
  });
}

/** One finding as a line of text. */
export function findingLine(f: Finding, t: Translate = cliText): string {
  const place = placeText(f.place, t);
  const where = f.place.line === undefined ? place : t('cli.check.atLine', { place, n: String(f.place.line + 1) });
  const width = Math.max(t('cli.check.error').length, t('cli.check.warning').length);
  return `${t(f.severity === 'error' ? 'cli.check.error' : 'cli.check.warning').padEnd(width)}  ${where}: ${findingText(f, t)}`;
}

export const checkCommand: Command = {
  ...commandInfo('check'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, edition: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one operand: <draft.txt | contribution.resdraft[#N]>');
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const corpus = editionCorpus(values.edition);
    const spec = positionals[0];
    const hash = spec.lastIndexOf('#');
    const file = hash > 0 && !existsSync(spec) ? spec.slice(0, hash) : spec;
    const pick = file === spec ? null : spec.slice(hash + 1);
    let proposals: ProposalToCheck[];
    let target: { place: string; year: number } | null = null;
    if (file !== '-' && isContributionInput(file)) {
      let c: Contribution;
      try {
        c = readContributionFile(file).contribution;
      } catch (e) {
        if (e instanceof ContributionFileError || e instanceof InputRefusedError) throw new UsageError(e.message);
        throw e;
      }
      proposals = proposalsOf(file, c, pick);
      target = c.settings.conference;
    } else {
      if (pick !== null && existsSync(file)) throw new UsageError(`${file}: "#${pick}" picks a proposal of a contribution file; this is a draft text`);
      const draft = await resolveOperand(file, io, corpus);
      const n = resolutionNumberOf(draft.resolution.numberLine);
      // the draft revises its number in the edition of its language when no --edition says otherwise
      const revises = corpusForDraft(corpus, values.edition, draft.resolution, n, io);
      const baseline = !isDraftNewResolution(draft.resolution) && n && revises.has(n) ? { edition: revises.manifest().id, number: n } : null;
      proposals = [{ baseline, symbol: 'auto', draft: draft.resolution }];
    }
    const editions = editionsOf(corpus);
    for (const p of proposals) {
      if (p.baseline && !editions.some((e) => e.id === p.baseline!.edition)) {
        throw new UsageError(
          `${file}: the proposal on Resolution ${p.baseline.number} revises the edition "${p.baseline.edition}", which is not here; editions: ${editions.map((e) => e.id).join(', ')} (import one with "resdraft edition import")`,
        );
      }
    }
    const findings = checkContribution({
      proposals,
      target,
      baselineOf: (ref) => (corpus.has(ref.number, ref.edition) ? corpus.resolution(ref.number, ref.edition) : null),
      editions,
      editionTexts: (edition) => corpus.list(edition).map((r) => ({ number: r.number, resolution: corpus.resolution(r.number, edition) })),
    });
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ findings, errors: findings.filter((f) => f.severity === 'error').length }, null, 2)}\n`);
    } else if (findings.length === 0) {
      io.stdout(`${cliText('cli.check.none')}\n`);
    } else {
      for (const f of findings) {
        io.stdout(`${findingLine(f)}\n`);
        for (const r of f.related ?? []) {
          const place = placeText({ proposal: `Resolution ${r.resolution}`, call: r.call, item: r.item, words: { proposal: words('findings.resolution', { n: r.resolution }) } }, cliText);
          io.stdout(`           ${cliText('cli.check.citedAt', { place, n: String(r.line + 1), text: r.text })}\n`);
        }
      }
      const errors = findings.filter((f) => f.severity === 'error').length;
      io.stdout(`${cliText('cli.check.summary', { errors, warnings: findings.length - errors })}\n`);
    }
    return hasErrors(findings) ? 1 : 0;
  },
};
