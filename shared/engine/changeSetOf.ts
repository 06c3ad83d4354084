import type { ChangeRow, ChangeSet, ChangeStats } from './changeSet';
import { statsOf } from './changeStats';
import { impliedSymbol } from './proposalSymbol';

/** What a change set's symbol depends on besides its rows. */
export interface ChangeSetContext {
  noBaseline?: boolean;
  suppressed?: boolean;
  draftNumberLine?: string;
}

/**
 * The one factory of change sets: rows in, stats and symbol derived from them (never set by hand),
 * so every surface that holds a change set agrees on its counts and its symbol. `stats`, when
 * given, must be `statsOf(rows)` summed over parts of the rows (the live comparison keeps the sum of
 * each stretch's rows, which it does not make again).
 */
export function changeSetOf(rows: ChangeRow[], context: ChangeSetContext = {}, stats: ChangeStats = statsOf(rows)): ChangeSet {
  const action = impliedSymbol({ noBaseline: context.noBaseline ?? false, suppressed: context.suppressed ?? false, draftNumberLine: context.draftNumberLine, stats });
  return { action, rows, stats };
}
