import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import type { ChangeSet } from '../../shared/engine/changeSet';
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
 */
export function redraw(prev: MarkedDecorations, prevDoc: PMNode, mapping: Mapping, doc: PMNode, changes: ChangeSet | null, places: (ItemPlace | undefined)[], mode: MarkMode): MarkedDecorations {
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
