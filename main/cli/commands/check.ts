import { existsSync, readFileSync } from 'node:fs';
import { ContributionFileError } from '../../../shared/contribution/parseContribution';
import type { Contribution } from '../../../shared/contribution/schema';
import { checkContribution, type ProposalToCheck } from '../../../shared/checks/checkContribution';
import type { KnownEdition } from '../../../shared/checks/citations';
import { hasErrors, placeText, type Finding } from '../../../shared/checks/finding';
import { isDraftNewResolution } from '../../../shared/engine/compare';
import { draftOf } from '../../../shared/contribution/proposalDraft';
import { readContributionFile } from '../../services/contributionFile';
import { Corpus } from '../../services/corpus';
import { formatOption, parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { resolveOperand } from '../operand';

const HELP = `Checks a draft or a contribution before it is sent (the ITU conventions) and lists what
it finds, each with its place (proposal › call › item) and its line.

  <file>          a draft in the resolution text layout, "-" for standard input, a contribution
                  file (every proposal), or one proposal of it: file.resdraft#34 (by the number
                  of the resolution it revises, or by its id)
  --format text   one finding per line: severity, place, message (default)
  --format json   the findings as JSON

Errors: missing or wrong end punctuation, an empty item, paragraph, call or footnote, a proposal
without reasons, revision marks in an ADD, a citation of a revision that does not exist.
Warnings: the target conference, a number line not revised for it, a citation of a resolution
this contribution revises. A bare draft text has no reasons and no target conference to check.

Exit code 0 when there is no error (warnings allowed), 1 when any finding is an error, 2 on bad
usage or a file that cannot be read or parsed.
`;

function editionsOf(corpus: Corpus): KnownEdition[] {
  const m = corpus.manifest();
  return [{ id: m.id, place: m.place, year: m.year, numbers: m.resolutions.map((r) => r.number), complete: false }];
}

function isContributionFile(path: string): boolean {
  try {
    return /^\uFEFF?\s*\{/.test(readFileSync(path, { encoding: 'utf8' }).slice(0, 64));
  } catch {
    return false;
  }
}

function proposalsOf(file: string, c: Contribution, pick: string | null): ProposalToCheck[] {
  const chosen = pick === null ? c.proposals : c.proposals.filter((p) => p.baseline?.number === pick || p.id === pick);
  if (pick !== null && chosen.length === 0) {
    const known = c.proposals.map((p) => p.baseline?.number ?? p.id).join(', ') || 'none';
    throw new UsageError(`${file}: no proposal on Resolution ${pick} (proposals: ${known})`);
  }
  return chosen.map((p) => {
    return { id: p.id, baseline: p.baseline, symbol: p.symbol, draft: draftOf(p), reasons: p.reasons };
  });
}

/** One finding as a line of text. */
export function findingLine(f: Finding): string {
  const line = f.place.line === undefined ? '' : ` (line ${f.place.line + 1})`;
  return `${f.severity === 'error' ? 'error  ' : 'warning'}  ${placeText(f.place)}${line}: ${f.message}`;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a draft or a contribution before sending (punctuation, empty parts, reasons, citations)',
  usage: 'resdraft check <draft.txt | contribution.resdraft[#N]> [--format text|json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('expected one operand: <draft.txt | contribution.resdraft[#N]>');
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    const corpus = new Corpus();
    const spec = positionals[0];
    const hash = spec.lastIndexOf('#');
    const file = hash > 0 && !existsSync(spec) ? spec.slice(0, hash) : spec;
    const pick = file === spec ? null : spec.slice(hash + 1);
    let proposals: ProposalToCheck[];
    let target: { place: string; year: number } | null = null;
    if (file !== '-' && isContributionFile(file)) {
      let c: Contribution;
      try {
        c = readContributionFile(file).contribution;
      } catch (e) {
        if (e instanceof ContributionFileError) throw new UsageError(e.message);
        throw e;
      }
      proposals = proposalsOf(file, c, pick);
      target = c.settings.conference;
    } else {
      if (pick !== null) throw new UsageError(`${file}: "#${pick}" picks a proposal of a contribution file; this is a draft text`);
      const draft = await resolveOperand(file, io, corpus);
      const n = /^RESOLUTION[ \u00A0]+(\d+)\b/.exec(draft.resolution.numberLine)?.[1];
      const baseline = !isDraftNewResolution(draft.resolution) && n && corpus.has(n) ? { edition: corpus.manifest().id, number: n } : null;
      proposals = [{ baseline, symbol: 'auto', draft: draft.resolution }];
    }
    const findings = checkContribution({
      proposals,
      target,
      baselineOf: (ref) => (corpus.has(ref.number, ref.edition) ? corpus.resolution(ref.number, ref.edition) : null),
      editions: editionsOf(corpus),
    });
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ findings, errors: findings.filter((f) => f.severity === 'error').length }, null, 2)}\n`);
    } else if (findings.length === 0) {
      io.stdout('No problems found.\n');
    } else {
      for (const f of findings) io.stdout(`${findingLine(f)}\n`);
      const errors = findings.filter((f) => f.severity === 'error').length;
      io.stdout(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'}\n`);
    }
    return hasErrors(findings) ? 1 : 0;
  },
};
