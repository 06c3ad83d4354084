import type { Resolution } from '../model/resolution';
import { changeUnits, type ChangeUnit } from './changeCount';
import type { ChangeSet, ProposalSymbol } from './changeSet';
import { compare } from './compare';
import type { LiveComparison } from './liveComparison';
import { proposalSymbol } from './proposalSymbol';
import { proposalView, type ProposalView } from './proposalView';

/** What the engine decides about one proposal: every view (editor, sidebar, compare, checks, print, CLI, .docx) shows this. */
export interface ProposalOutcome {
  /** The symbol the proposal carries: the delegate's choice, or the one its edit implies. */
  symbol: ProposalSymbol;
  /** The change set it is marked with: against its baseline (MOD, NOC), every line inserted (ADD) or deleted (SUP). */
  changes: ChangeSet;
  /** The changes as a reader counts them (see {@link changeUnits}): the change counter, Next change, review and compare count these. */
  units: ChangeUnit[];
  /** What it shows (see {@link proposalView}). */
  view: ProposalView;
}

/** A proposal as the engine reads it: the symbol chosen (`auto`: derived), its adopted text (null: a draft new resolution) and its draft. */
export interface ProposalInput {
  symbol: ProposalSymbol | 'auto';
  baseline: Resolution | null;
  /** Null only for a suppression without a draft (`compare 18 --suppress` in the CLI). */
  draft: Resolution | null;
}

/** Options of {@link proposalOutcome}. */
export interface OutcomeOptions {
  /** The view of a clean export (the proposed text without marks). */
  clean?: boolean;
  /** The draft lines the delegate moved (the editor's hint for a tie; see `CompareOptions.moved`). */
  moved?: readonly number[];
  /**
   * A live comparison of the proposal's baseline (one per proposal being edited): the change set
   * is updated from its last one, only the stretches that changed made again. The same change set
   * as without it.
   */
  live?: LiveComparison;
}

/**
 * The one rule for a proposal's outcome. No baseline, or an explicit ADD: the draft as new text
 * (ADD). An explicit SUP, or no draft: the baseline suppressed (SUP). Otherwise the draft compared
 * with its baseline, carrying the symbol chosen or (`auto`) the one the edit implies. The counts,
 * the symbol and the view are all taken from that one change set.
 */
export function proposalOutcome(p: ProposalInput, options: OutcomeOptions = {}): ProposalOutcome {
  let symbol: ProposalSymbol;
  let changes: ChangeSet;
  if (p.baseline === null || p.symbol === 'ADD') {
    if (p.draft === null) throw new Error('a proposal without a baseline needs a draft');
    symbol = 'ADD';
    changes = compare(null, p.draft);
  } else if (p.symbol === 'SUP' || p.draft === null) {
    symbol = 'SUP';
    changes = compare(p.baseline, p.draft, { suppressed: true });
  } else {
    const live = options.live?.baseline === p.baseline ? options.live : undefined;
    changes = live ? live.update(p.draft, { moved: options.moved }) : compare(p.baseline, p.draft, { moved: options.moved });
    symbol = proposalSymbol(p.symbol, true, changes.action);
  }
  return { symbol, changes, units: changeUnits(changes.rows), view: proposalView(symbol, changes, options.clean) };
}
