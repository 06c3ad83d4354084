import { isDraftNewNumberLine } from '../grammar/numberLine';
import type { ChangeStats, ProposalSymbol } from './changeSet';

/** What decides the symbol an edit implies. */
export interface SymbolFacts {
  /** The proposal has no baseline (a draft new resolution). */
  noBaseline: boolean;
  /** The whole baseline is suppressed. */
  suppressed: boolean;
  /** The draft's number line, when there is a draft. */
  draftNumberLine?: string;
  stats: ChangeStats;
}

/**
 * The one rule for the symbol an edit implies: SUP when suppressed; ADD without a baseline, or
 * when the draft's number line reads `DRAFT NEW RESOLUTION [...]` whatever it is compared with;
 * MOD when any row changed; NOC otherwise.
 */
export function impliedSymbol(facts: SymbolFacts): ProposalSymbol {
  if (facts.suppressed) return 'SUP';
  if (facts.noBaseline) return 'ADD';
  if (facts.draftNumberLine !== undefined && isDraftNewNumberLine(facts.draftNumberLine)) return 'ADD';
  const s = facts.stats;
  return s.insertedRows + s.deletedRows + s.modifiedRows > 0 ? 'MOD' : 'NOC';
}

/**
 * The symbol a proposal carries: the one the delegate chose, or (`auto`) ADD when it has no
 * baseline, else the symbol its change set implies (NOC until one is computed).
 */
export function proposalSymbol(chosen: ProposalSymbol | 'auto', hasBaseline: boolean, implied: ProposalSymbol | undefined): ProposalSymbol {
  if (chosen !== 'auto') return chosen;
  if (!hasBaseline) return 'ADD';
  return implied ?? 'NOC';
}
