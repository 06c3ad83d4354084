import type { ContributionContent, Proposal, ProposalBaseline } from '../contribution/schema';
import { proposalOutcome, type ProposalOutcome } from '../engine/proposalOutcome';
import type { ChangeSet, ProposalSymbol } from '../engine/changeSet';
import type { Resolution } from '../model/resolution';
import { DraftLayoutError, draftOf, finishedDraftOf } from '../contribution/proposalDraft';
import type { ExportContribution, ExportProposal } from './exportTypes';
import { ProposalNumberError, proposalNumber, proposalNumberProblem } from './proposalNumber';
import { numberLineMismatch } from '../checks/numberLineMatch';
import { placeholderMessage, templatePlaceholders } from '../checks/templatePlaceholders';

/** A proposal whose draft cannot be exported; the message names the proposal and the unfinished part. */
export class ProposalExportError extends Error {
  constructor(
    /** 1-based position of the proposal in the contribution. */
    readonly serial: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProposalExportError';
  }
}

function describe(p: Proposal, serial: number): string {
  return p.baseline ? `proposal ${serial} (Resolution ${p.baseline.number})` : `proposal ${serial} (draft new resolution "${p.id}")`;
}

/**
 * The symbol and change set of one proposal. `auto` takes the symbol the edit implies (MOD, NOC,
 * or ADD without a baseline); an explicit SUP suppresses the baseline, an explicit ADD prints the
 * draft as new text, an explicit MOD or NOC keeps its symbol over the derived one.
 */
export function proposalChanges(symbol: Proposal['symbol'], baseline: Resolution | null, draft: Resolution): { symbol: ProposalSymbol; changes: ChangeSet } {
  const outcome = proposalOutcome({ symbol, baseline, draft });
  return { symbol: outcome.symbol, changes: outcome.changes };
}

/**
 * What must not go out: a draft whose number line names another resolution than the proposal
 * revises, and a placeholder of the draft-new-resolution template left in (the first is named).
 */
function refuseWrongDraft(p: Proposal, serial: number, draft: Resolution, baseline: Resolution | null, held: (n: string) => boolean): void {
  const mismatch = numberLineMismatch(p.baseline?.number, draft, { baseline, held });
  if (mismatch) {
    throw new ProposalExportError(
      serial,
      `${describe(p, serial)}: the number line names Resolution ${mismatch.draft} (“${draft.numberLine}”), not Resolution ${mismatch.baseline} that the proposal revises; correct the number line before exporting.`,
    );
  }
  const left = templatePlaceholders(draft);
  if (left.length > 0) {
    const more = left.length > 1 ? ` (${left.length} placeholders of the template are left; the checks list them all)` : '';
    throw new ProposalExportError(serial, `${describe(p, serial)}: ${placeholderMessage(left[0]).message}${more}`);
  }
}

/**
 * Turn a contribution into what the exporters write: every proposal's draft parsed and compared
 * with its baseline (found by `baselineOf`), numbered by {@link proposalNumber} in order.
 * Throws {@link ProposalNumberError} naming the settings field when a part of the proposal
 * numbers is not valid, {@link ProposalExportError} naming the proposal and the part when a draft
 * is unfinished, still holds a placeholder of the draft-new-resolution template, or has a number
 * line naming another resolution than its baseline.
 */
export function exportContribution(
  content: ContributionContent,
  baselineOf: (ref: ProposalBaseline) => Resolution,
  /** The engine's outcome of a proposal when the caller holds it already (the app's store), so it is not computed again. */
  outcomeOf?: (p: Proposal) => Pick<ProposalOutcome, 'symbol' | 'changes'> | null,
): ExportContribution {
  const problem = proposalNumberProblem(content.settings);
  if (problem) throw new ProposalNumberError(problem);
  const proposals: ExportProposal[] = content.proposals.map((p, i) => {
    const serial = i + 1;
    let draft: Resolution;
    try {
      draft = p.symbol === 'SUP' ? draftOf(p) : finishedDraftOf(p);
    } catch (e) {
      if (e instanceof DraftLayoutError) throw new ProposalExportError(serial, `${describe(p, serial)}: the draft is not finished: ${e.message}`);
      throw e;
    }
    let baseline: Resolution | null = null;
    if (p.baseline) {
      try {
        baseline = baselineOf(p.baseline);
      } catch (e) {
        throw new ProposalExportError(serial, `${describe(p, serial)}: ${(e as Error).message}`);
      }
    }
    const held = (n: string): boolean => {
      try {
        return p.baseline !== null && baselineOf({ ...p.baseline, number: n }) !== null;
      } catch {
        return false;
      }
    };
    if (p.symbol !== 'SUP') refuseWrongDraft(p, serial, draft, baseline, held);
    const { symbol, changes } = outcomeOf?.(p) ?? proposalChanges(p.symbol, baseline, draft);
    const out: ExportProposal = { symbol, number: proposalNumber(content.settings, serial), changes, reasons: p.reasons };
    if (p.cosignatories?.length) out.cosignatories = p.cosignatories;
    return out;
  });
  return { settings: content.settings, proposals };
}
