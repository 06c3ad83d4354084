import type { ChangeRow, ChangeSet } from './changeSet';
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
 * so every surface that holds a change set agrees on its counts and its symbol.
 */
export function changeSetOf(rows: ChangeRow[], context: ChangeSetContext = {}): ChangeSet {
  const stats = statsOf(rows);
  const action = impliedSymbol({ noBaseline: context.noBaseline ?? false, suppressed: context.suppressed ?? false, draftNumberLine: context.draftNumberLine, stats });
  return { action, rows, stats };
}
