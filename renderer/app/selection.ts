/**
 * What the workspace shows: an adopted resolution of the edition the window lists (its proposal, if
 * the contribution has one), a draft new resolution, or an adopted text of a given edition opened at
 * a line (a citation the checks point at).
 */
export type Selection =
  | { type: 'baseline'; number: string }
  | { type: 'proposal'; id: string }
  | { type: 'adopted'; edition: string; number: string; line?: number }
  | null;
