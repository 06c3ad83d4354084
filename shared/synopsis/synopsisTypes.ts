/**
 * The synopsis model: several sources' proposals on one baseline resolution, aligned on the
 * baseline's lines. Built by `buildSynopsis` from one `compare(baseline, draft)` per source;
 * every view (text, HTML, JSON, the synoptic .docx, the merge pane) renders it and never diffs again.
 */
import type { ChangeRow, ProposalSymbol, RowKind } from '../engine/changeSet';
import type { Resolution } from '../model/resolution';

/** One delegation's proposal on the resolution, as the synopsis is given it. */
export interface SynopsisInput {
  /** Who proposes, as synoptic tables name a source: its short code (`ACP`, `EUR`), its proposal number, or the file name. Unique within a synopsis. */
  name: string;
  /** The contribution's whole Source as its cover says it (`Member States of the Asia-Pacific Telecommunity`), when it has one. */
  source?: string;
  /** The proposal number (`ACP/23A1/3`), or `''` when the source has none. */
  proposal: string;
  /** The proposal's `Reasons:` text (may be empty). */
  reasons: string;
  /** Where it came from, for messages (`apt.resdraft#34`, `cept-34.txt`). */
  origin: string;
  /** The source's draft of the resolution; `null` (or `suppressed`) when it suppresses it (SUP). */
  draft: Resolution | null;
  suppressed?: boolean;
}

/** A source as the synopsis lists it: its attribution and the symbol its edit implies. */
export interface SynopsisSource {
  name: string;
  /** The contribution's whole Source, when it has one (see {@link SynopsisInput}). */
  source?: string;
  proposal: string;
  reasons: string;
  origin: string;
  symbol: ProposalSymbol;
}

/**
 * A run of changed words on one baseline line, in word coordinates: `from`..`to` count the
 * line's non-space tokens (words and punctuation) of the baseline text, so `from === to` is an
 * insertion between two tokens. `deleted`/`inserted` are the texts as the source's marks have them.
 */
export interface WordRun {
  from: number;
  to: number;
  deleted: string;
  inserted: string;
  /** Character offsets in the baseline text of what the run replaces, and the exact text it puts there. */
  start: number;
  end: number;
  replacement: string;
}

/** What one source does to one row of the synopsis. */
export type EntryType =
  /** The baseline line is changed in place (words, label, or both). */
  | 'modified'
  /** The baseline line is deleted. */
  | 'deleted'
  /** The baseline line is moved away (to the inserted row `movedTo` points at). */
  | 'movedAway'
  /** A new line (this row is an inserted row). */
  | 'inserted'
  /** The line moved here from baseline line `movedFrom` (this row is an inserted row). */
  | 'movedHere';

/** One source's change on one row. */
export interface SynopsisEntry {
  /** Index into {@link Synopsis.sources}. */
  source: number;
  type: EntryType;
  /** The row's change in the word-diff notation, without the line end: `b)\tthe [-old-]{+new+} text;`. */
  notation: string;
  /** The engine's row for this source (what renderers draw marks from). */
  row: ChangeRow;
  /** Word runs of a `modified` entry (empty for a relabel only). */
  words: WordRun[];
  /** Whether a `modified` entry changes the label (`b)` → `c)`). */
  relabelled: boolean;
  /** For `movedAway`: the baseline line (0-based) after which the line now stands. */
  movedTo?: number;
  /** For `movedAway`: the line's text (without label) at its new place. */
  movedText?: string;
  /** For `movedHere`: the baseline line (0-based) it came from. */
  movedFrom?: number;
}

/** Several sources making the same change (shown once with all their names). */
export interface SynopsisGroup {
  sources: number[];
  notation: string;
}

/** The same word run proposed by one or more sources on a line. */
export interface WordRunGroup extends WordRun {
  sources: number[];
  /** Another source changes overlapping words of the line differently. */
  conflict: boolean;
}

/** Two sources whose changes on a row cannot both be taken. */
export interface SynopsisConflict {
  /** The two sources (indexes, ascending). */
  sources: [number, number];
  /** In the user's terms: `APT deletes the line that CEPT amends`, `different changes to "Kigali, 2022"`. */
  reason: string;
}

/** One row of the synopsis: a baseline line, or a line some sources insert after one. */
export interface SynopsisRow {
  kind: RowKind;
  /** A baseline line (`line` set), or an inserted line (`after` set). */
  place: 'baseline' | 'inserted';
  /** 0-based index of the baseline line in its text layout (baseline rows). */
  line?: number;
  /** 0-based index of the baseline line this inserted row follows (inserted rows). */
  after?: number;
  /** The baseline line in the text layout (`b)\ttext`); absent for inserted rows. */
  baseline?: string;
  /** The sources that change this row, in source order. Sources not listed keep the baseline line (or, on an inserted row, do not have it). */
  entries: SynopsisEntry[];
  /** Entries grouped by identical change (notation, and for a move its destination), in order of first source. */
  groups: SynopsisGroup[];
  /** Word runs of modified entries, grouped by identity (baseline rows). */
  words: WordRunGroup[];
  /** At least two sources make the same change (the same line, or the same word run). */
  agreement: boolean;
  /** At least two sources make changes that cannot both be taken. */
  conflict: boolean;
  conflicts: SynopsisConflict[];
}

/** The synopsis of one resolution. */
export interface Synopsis {
  /** The baseline resolution's number and edition (`34`, `kigali-2022`). */
  number: string;
  edition: string;
  /** The baseline's number line (`RESOLUTION 34 (Rev. Kigali, 2022)`). */
  numberLine: string;
  title: string;
  sources: SynopsisSource[];
  rows: SynopsisRow[];
  /** Counts for a summary line. */
  stats: { changedRows: number; agreements: number; conflicts: number };
}
