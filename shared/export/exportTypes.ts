import type { ContributionSettings } from '../contribution/schema';
import type { ChangeSet, ProposalSymbol } from '../engine/changeSet';

/** One proposal as the exporters see it: its symbol, its number, the marked resolution, its reasons. */
export interface ExportProposal {
  /** The symbol printed above the text (already resolved from `auto`). */
  symbol: ProposalSymbol;
  /** The proposal number printed after the symbol, e.g. `ACP/23A1/1` (may be empty while unknown). */
  number: string;
  /** `compare(baseline, draft)`: the resolution with its rows and marks. */
  changes: ChangeSet;
  /** The text of the `Reasons:` paragraph. */
  reasons: string;
  /** The administrations that co-sign it (a common proposal), in the order the proposal lists them. */
  cosignatories?: string[];
}

/** A whole contribution ready to export: cover settings and the proposals in order. */
export interface ExportContribution {
  settings: ContributionSettings;
  proposals: ExportProposal[];
}

/** How a contribution is written. */
export interface ExportOptions {
  /**
   * `marked` (default): MOD proposals carry Word revision marks. `clean`: the proposed text only,
   * as if every revision had been accepted.
   */
  mode?: 'marked' | 'clean';
  /** Author of the revisions (Word shows it in the margin); defaults to the settings' short name (`revisionAuthor.ts`). */
  author?: string;
  /** ISO 8601 time stamped on every revision and printed (as a day) on the cover; defaults to now. */
  date?: string;
}
