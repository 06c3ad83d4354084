import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import type { ItemPlace } from './itemLabels';
import { segmentDecorations, segmentRows, type MarkMode, type SegmentRows, type SegmentSpec } from './revisionDecorations';

/** What was drawn for one top-level block: the block, what it shows, the id in its decorations' specs. */
export interface Segment {
  node: PMNode;
  rows: SegmentRows;
  label: string | undefined;
  mode: MarkMode;
  id: number;
}

/** The decorations of a document, segment by segment. */
export interface MarkedDecorations {
  decorations: DecorationSet;
  segments: Segment[];
}

let nextId = 1;

/**
 * Deep equality of plain data, line numbers aside: a row that only moved down the document draws
 * the same marks. (Generic, so that whatever the engine puts in a row is compared.)
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // as many keys on each side, and each key of the first holding the same on the second (no key
  // arrays allocated: this runs over every line of the document at each keystroke)
  let keys = 0;
  for (const k in a) {
    keys++;
    if (k !== 'line' && !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the keys are only counted
  for (const _key in b) keys--;
  return keys === 0;
}

function draws(seg: Segment, rows: SegmentRows, place: ItemPlace | undefined, mode: MarkMode): boolean {
  return seg.mode === mode && seg.label === place?.label && sameData(seg.rows, rows);
}

/** Every segment's decorations drawn afresh. */
export function drawAll(doc: PMNode, changes: ChangeSet | null, places: (ItemPlace | undefined)[], mode: MarkMode): MarkedDecorations {
  const rows = segmentRows(doc, changes);
  const decos: Decoration[] = [];
  const segments: Segment[] = [];
  doc.forEach((node, offset, index) => {
    const id = nextId++;
    segments.push({ node, rows: rows[index], label: places[index]?.label, mode, id });
    decos.push(...segmentDecorations(node, offset, rows[index], places[index], mode, id));
  });
  return { decorations: DecorationSet.create(doc, decos), segments };
}

/** Whether the old block `[from, to)` is still whole in the new document, at `at` (its content not replaced). */
function keptAt(mapping: Mapping, from: number, to: number, at: number): boolean {
  const inStart = mapping.mapResult(from + 1, 1);
  const inEnd = mapping.mapResult(to - 1, -1);
  return !inStart.deleted && !inEnd.deleted && inStart.pos === at + 1 && inEnd.pos - inStart.pos === to - from - 2;
}

/**
 * The decorations after a transaction, incrementally: the previous ones are mapped through it,
 * and only the segments whose block was replaced or whose rows, label or mode differ are drawn
 * again. The result equals {@link drawAll} on the new document (the editor's property test holds it).
 * With the change sets before and after (the engine's live comparison gives back the rows that did
 * not change as the same objects), only the blocks the transaction replaced and those whose rows
 * are not the same objects are looked at; otherwise every block is.
 */
export function redraw(prev: MarkedDecorations, prevDoc: PMNode, mapping: Mapping, doc: PMNode, changes: ChangeSet | null, prevChanges: ChangeSet | null, places: (ItemPlace | undefined)[], mode: MarkMode): MarkedDecorations {
  if (!changes || !prevChanges || mode !== 'marked' || prev.segments.some((seg) => seg.mode !== mode) || prev.segments.length !== prevDoc.childCount) {
    return redrawEvery(prev, prevDoc, mapping, doc, changes, places, mode);
  }
  const nOld = prevDoc.childCount;
  const nNew = doc.childCount;
  // the blocks the transaction replaced: [from, toNew) in the new document, [from, toOld) in the old
  let from = 0;
  while (from < nOld && from < nNew && prevDoc.child(from) === doc.child(from)) from++;
  let toOld = nOld;
  let toNew = nNew;
  while (toOld > from && toNew > from && prevDoc.child(toOld - 1) === doc.child(toNew - 1)) {
    toOld--;
    toNew--;
  }
  const shift = toNew - toOld;
  const rows = changes.rows;
  const start = firstRows(rows, nNew);
  const look = new Set<number>();
  for (let k = from; k < toNew; k++) look.add(k);
  for (const k of blocksOfChangedRows(prevChanges.rows, rows, start)) if (k < nNew) look.add(k);
  const offsets: number[] = [];
  doc.forEach((_n, offset) => offsets.push(offset));
  const segments = prev.segments.slice(0, from).concat(new Array<Segment>(toNew - from), prev.segments.slice(toOld));
  const stale = new Set<number>();
  for (let j = from; j < toOld; j++) stale.add(prev.segments[j].id);
  const fresh: Decoration[] = [];
  const end = (k: number): number => (k < nNew ? offsets[k] : doc.content.size);
  // where the replaced blocks' decorations were mapped to, and every block drawn again
  const ranges: [number, number][] = [[end(from), toNew > from ? end(toNew) : end(from)]];
  for (const k of [...look].sort((x, y) => x - y)) {
    const node = doc.child(k);
    const old = k < from ? prev.segments[k] : k >= toNew ? prev.segments[k - shift] : undefined;
    const segRows = rowsOfBlock(rows, start, k);
    if (old && draws(old, segRows, places[k], mode)) continue;
    if (old) stale.add(old.id);
    const id = nextId++;
    segments[k] = { node, rows: segRows, label: places[k]?.label, mode, id };
    fresh.push(...segmentDecorations(node, offsets[k], segRows, places[k], mode, id));
    ranges.push([offsets[k], offsets[k] + node.nodeSize]);
  }
  const mapped = prev.decorations.map(mapping, doc);
  if (stale.size === 0) return { decorations: fresh.length ? mapped.add(doc, fresh) : mapped, segments };
  const gone: Decoration[] = [];
  for (const [a, b] of merged(ranges)) gone.push(...mapped.find(a, b, (spec) => stale.has((spec as SegmentSpec).seg)));
  return { decorations: mapped.remove(gone).add(doc, fresh), segments };
}

/** Ranges sorted and joined where they touch. */
function merged(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The index of each block's first row (its own, not a deleted line before it); -1 for a block without rows. */
function firstRows(rows: readonly ChangeRow[], blocks: number): Int32Array {
  const start = new Int32Array(blocks).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i].draft?.line;
    if (line !== undefined && line < blocks && start[line] < 0) start[line] = i;
  }
  return start;
}

/** What block `k` draws: its rows and the deleted lines after them, as {@link segmentRows} groups them. */
function rowsOfBlock(rows: readonly ChangeRow[], start: Int32Array, k: number): SegmentRows {
  const out: SegmentRows = { rows: [], deleted: [] };
  // deleted lines before the first block's first row are drawn after the first block
  let i = k === 0 ? 0 : start[k];
  if (i < 0) return out;
  for (; i < rows.length; i++) {
    const row = rows[i];
    if (!row.draft) out.deleted.push(row);
    else if (row.draft.line === k) out.rows.push(row);
    else break;
  }
  return out;
}

/** The block a row is drawn in: its draft line, or (a deleted line) the block of the last draft line before it. */
function blockOfRow(rows: readonly ChangeRow[], i: number): number {
  for (let j = i; j >= 0; j--) {
    const line = rows[j].draft?.line;
    if (line !== undefined) return line;
  }
  return 0;
}

/**
 * The blocks whose rows may differ: those of the new rows that are not the old rows' objects (a
 * common start and end compared by identity), and of the rows on either side of them (a row that
 * went away was drawn there).
 */
function blocksOfChangedRows(before: readonly ChangeRow[], after: readonly ChangeRow[], start: Int32Array): number[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (head === before.length && head === after.length) return [];
  if (after.length === 0) return Array.from(start, (_s, k) => k);
  const first = blockOfRow(after, Math.max(0, head - 1));
  const last = blockOfRow(after, Math.min(after.length - 1, after.length - tail));
  const out: number[] = [];
  for (let k = first; k <= last && k < start.length; k++) out.push(k);
  return out;
}

/** {@link redraw} looking at every block (a change of view, or no change sets to compare). */
function redrawEvery(prev: MarkedDecorations, prevDoc: PMNode, mapping: Mapping, doc: PMNode, changes: ChangeSet | null, places: (ItemPlace | undefined)[], mode: MarkMode): MarkedDecorations {
  const rows = segmentRows(doc, changes);
  const oldIndex = new Map<PMNode, number>();
  prev.segments.forEach((s, i) => oldIndex.set(s.node, oldIndex.has(s.node) ? -1 : i));
  const oldStarts: number[] = [];
  prevDoc.forEach((_n, offset) => oldStarts.push(offset));
  const kept = new Set<number>();
  const fresh: Decoration[] = [];
  const segments: Segment[] = [];
  doc.forEach((node, offset, index) => {
    const j = oldIndex.get(node);
    const old = j === undefined || j < 0 ? undefined : prev.segments[j];
    if (old && keptAt(mapping, oldStarts[j!], oldStarts[j!] + node.nodeSize, offset) && draws(old, rows[index], places[index], mode)) {
      kept.add(old.id);
      segments.push(old);
      return;
    }
    const id = nextId++;
    segments.push({ node, rows: rows[index], label: places[index]?.label, mode, id });
    fresh.push(...segmentDecorations(node, offset, rows[index], places[index], mode, id));
  });
  const mapped = prev.decorations.map(mapping, doc);
  const stale = mapped.find(undefined, undefined, (spec) => !kept.has((spec as SegmentSpec).seg));
  return { decorations: mapped.remove(stale).add(doc, fresh), segments };
}
