import type { ExportProposal } from './exportTypes';

/** The heading of the co-signature table, the paragraph the reader knows it by. */
export const COSIGNATURES_HEADING = 'Co-signatories';
/** The head of the table's first column. */
export const ADMINISTRATION_HEAD = 'Administration';
/** What a cell shows where an administration co-signs a proposal. */
export const COSIGNED_MARK = 'X';

/** The co-signature table of a contribution: a column per proposal with co-signatories, a row per administration. */
export interface CosignatureTable {
  /** Each column's head: the proposal's symbol and number (`MOD ACP/23A1/1`). */
  columns: string[];
  /** The administrations in alphabetical order, each with a mark per column. */
  rows: Array<{ administration: string; signs: boolean[] }>;
}

/** How a proposal heads its column: its symbol and number, or its symbol and place when it has no number yet. */
export function proposalColumnHead(p: Pick<ExportProposal, 'symbol' | 'number'>, serial: number): string {
  return p.number.trim() ? `${p.symbol} ${p.number}` : `${p.symbol} (proposal ${serial})`;
}

/**
 * The co-signature table as ITU common proposals carry it after the proposals (CEPT's annex of
 * co-signatures, the APT's list of supporting members per ACP): one column per proposal that has
 * co-signatories, one row per administration (sorted as English collates), marked where it
 * co-signs. `null` when no proposal has any.
 */
export function cosignatureTable(proposals: readonly ExportProposal[]): CosignatureTable | null {
  const signed = proposals.map((p, i) => ({ p, serial: i + 1 })).filter(({ p }) => (p.cosignatories ?? []).length > 0);
  if (signed.length === 0) return null;
  const names = [...new Set(signed.flatMap(({ p }) => p.cosignatories!))].sort((a, b) => a.localeCompare(b, 'en'));
  return {
    columns: signed.map(({ p, serial }) => proposalColumnHead(p, serial)),
    rows: names.map((administration) => ({ administration, signs: signed.map(({ p }) => p.cosignatories!.includes(administration)) })),
  };
}

/** Every co-signatory of the contribution, in alphabetical order (for the cover's Source, when asked). */
export function allCosignatories(proposals: ReadonlyArray<{ cosignatories?: string[] }>): string[] {
  return [...new Set(proposals.flatMap((p) => p.cosignatories ?? []))].sort((a, b) => a.localeCompare(b, 'en'));
}
