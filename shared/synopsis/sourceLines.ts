import type { ChangeRow, ChangeSet } from '../engine/changeSet';
import { toWordDiff } from '../engine/toWordDiff';
import type { SynopsisEntry } from './synopsisTypes';
import { wordRunsOf } from './wordRuns';
import { changeSetOf } from '../engine/changeSetOf';

/** A source's entry before it is given its source index. */
export type LineEntry = Omit<SynopsisEntry, 'source'>;

/** A line a source inserts, anchored after a baseline line. */
export interface InsertedLine {
  /** 0-based baseline line the new line follows (-1: before the first). */
  after: number;
  /** What makes two sources' inserted lines the same line: kind, depth and text (not the label, which follows position). */
  key: string;
  entry: LineEntry;
}

/** One source's changes keyed on the baseline: per baseline line, and inserted lines in draft order. */
export interface SourceLines {
  byLine: Map<number, LineEntry>;
  inserted: InsertedLine[];
}

/** The word-diff notation of one row, without its line end (the engine's rendering of that row). */
export function rowNotation(row: ChangeRow): string {
  const text = toWordDiff(changeSetOf([row]));
  if (text.endsWith('\n+}')) return `${text.slice(0, -3)}+}`;
  if (text.endsWith('\n-]')) return `${text.slice(0, -3)}-]`;
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Key one source's change set by the baseline lines it touches. Rows come in the draft's order
 * with deleted baseline lines where they stood, so an inserted row follows the last row before
 * it that has a baseline side: that is its anchor.
 */
export function sourceLines(changes: ChangeSet): SourceLines {
  const anchors: number[] = [];
  let last = -1;
  for (const row of changes.rows) {
    if (row.base) last = row.base.line;
    anchors.push(last);
  }
  const moveFrom = new Map<number, number>();
  const moveTo = new Map<number, number>();
  const moveText = new Map<number, string>();
  changes.rows.forEach((row, i) => {
    if (!row.move) return;
    if (row.move.role === 'from') moveFrom.set(row.move.id, row.base!.line);
    else {
      moveTo.set(row.move.id, anchors[i]);
      moveText.set(row.move.id, row.draft!.text);
    }
  });
  const byLine = new Map<number, LineEntry>();
  const inserted: InsertedLine[] = [];
  changes.rows.forEach((row, i) => {
    // a row whose only change is a renumbered footnote reference is a text change for the synopsis
    if (row.status === 'unchanged' && !row.spans.some((sp) => sp.baseText !== undefined) && !row.labelSpans.some((sp) => sp.baseText !== undefined)) return;
    const base = { notation: rowNotation(row), row, words: [], relabelled: false };
    if (row.status === 'inserted') {
      const d = row.draft!;
      const entry: LineEntry = row.move ? { ...base, type: 'movedHere', movedFrom: moveFrom.get(row.move.id) } : { ...base, type: 'inserted' };
      inserted.push({ after: anchors[i], key: `${row.kind}\u0000${d.depth}\u0000${d.text}`, entry });
      return;
    }
    if (row.status === 'deleted') {
      const entry: LineEntry = row.move ? { ...base, type: 'movedAway', movedTo: moveTo.get(row.move.id), movedText: moveText.get(row.move.id) } : { ...base, type: 'deleted' };
      byLine.set(row.base!.line, entry);
      return;
    }
    byLine.set(row.base!.line, { ...base, type: 'modified', relabelled: row.relabelled, words: wordRunsOf(row.spans, row.base!.text) });
  });
  return { byLine, inserted };
}
