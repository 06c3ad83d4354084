/**
 * The one change model. `compare(baseline, draft)` produces a {@link ChangeSet}; everything that
 * shows marks (word-diff text, HTML, editor decorations, .docx) renders it and never diffs again.
 *
 * A change set is a list of rows, one per line of the resolution text layout, in reading order:
 * the draft's lines in draft order, with deleted baseline lines placed where they stood.
 */

/** ITU proposal symbols (see `itu-conventions.md`). */
export type ProposalSymbol = 'NOC' | 'MOD' | 'ADD' | 'SUP';

/** What a row is in the resolution layout. */
export type RowKind = 'numberLine' | 'title' | 'conferenceLine' | 'call' | 'paragraph' | 'item' | 'footnote';

/** A row's status: unchanged, changed in place, only in the draft, or only in the baseline. */
export type RowStatus = 'unchanged' | 'modified' | 'inserted' | 'deleted';

/** One side (baseline or draft) of a row. */
export interface RowSide {
  /** The line's text without its label (an item's text after the tab, a footnote's after `: `). */
  text: string;
  /** `b)`, `12`, `iv)`, `–` for items; `[^2]` for footnote bodies; absent otherwise. */
  label?: string;
  /** Nesting depth of an item (0 = top-level list, 1 = sub-item, …); 0 for other rows. */
  depth: number;
  /** 0-based index of the line in its document's text layout. */
  line: number;
  /**
   * Where this row's `text` starts inside the line's text, when the row holds only the second part
   * of a line: the draft side of a merge's second row, the baseline side of a split's second row.
   */
  offset?: number;
}

/** A run of text in a row, equal on both sides, only in the draft, or only in the baseline. */
export interface TextSpan {
  op: 'equal' | 'insert' | 'delete';
  /** The text (the draft's, for an equal span). */
  text: string;
  /**
   * Set on an equal span that is one footnote reference renumbered (`[^2]` in the draft, `[^1]`
   * in the baseline): the same footnote, not a deletion and an insertion. Views show `text`; only
   * the word-diff notation, whose laws need both numbers, prints it as `[-[^1]-]{+[^2]+}`.
   */
  baseText?: string;
}

/** One line of the resolution with its marks. */
export interface ChangeRow {
  kind: RowKind;
  status: RowStatus;
  /** Absent when the row was inserted. */
  base?: RowSide;
  /** Absent when the row was deleted. */
  draft?: RowSide;
  /** Both sides present and their labels (or label/no-label) differ: a relabel to mark. */
  relabelled: boolean;
  /**
   * The text (without the label) as marked spans, whole words only. Joining the `equal` and
   * `insert` spans gives `draft.text`; joining `equal` and `delete` gives `base.text`.
   */
  spans: TextSpan[];
  /**
   * The label as marked spans, decided once for every view: kept (`equal`), relabelled (old
   * `delete` then new `insert`), added or removed; a renumbered footnote is one `equal` span with
   * `baseText`. Empty when neither side has a label.
   */
  labelSpans: TextSpan[];
  /**
   * Set when the item moved: `from` is the deleted old place, `to` the inserted new one. `id` is
   * unique within the change set (one resolution), so moves in different calls never share one.
   */
  move?: { id: number; role: 'from' | 'to' };
  /**
   * How this row's line ends, when not as on both sides: `inserted` when the draft splits the
   * baseline line here (the next row continues the same baseline line, its label inserted);
   * `deleted` when the draft joins this line with the next (the next row continues the same draft
   * line, its label deleted). Word writes these as an inserted or deleted paragraph mark.
   */
  lineEnd?: 'inserted' | 'deleted';
}

/** Counts a reader (and the benchmark, and the compare view) can show. */
export interface ChangeStats {
  insertedWords: number;
  deletedWords: number;
  relabels: number;
  movedItems: number;
  /** Items split in two or joined into one (each split or merge counts once). */
  splitsAndMerges: number;
  insertedRows: number;
  deletedRows: number;
  modifiedRows: number;
}

/** The result of comparing a baseline with a draft. */
export interface ChangeSet {
  /** The proposal symbol the edit implies: NOC, MOD, ADD (no baseline) or SUP (suppressed). */
  action: ProposalSymbol;
  rows: ChangeRow[];
  stats: ChangeStats;
}
