import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import type { ItemPlace } from './itemLabels';
import { footnoteRefPattern } from '../../shared/grammar/footnoteRef';

/** How the draft is shown: with ITU marks against the baseline, or clean (labels only). */
export type MarkMode = 'marked' | 'clean';

/** A place in the document a reader can jump to with next/previous change. */
export interface ChangeStop {
  pos: number;
  row: ChangeRow;
}

const REF = footnoteRefPattern();

function el(tag: string, className: string, children: (Node | string)[] = []): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const c of children) e.append(c);
  return e;
}

/** Text of the layout as DOM nodes, `[^k]` as superscripts. */
function textNodes(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(el('sup', 'fn-ref', [m[1]]));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function widget(pos: number, key: string, side: number, make: () => HTMLElement): Decoration {
  return Decoration.widget(
    pos,
    () => {
      const e = make();
      e.contentEditable = 'false';
      return e;
    },
    { side, key, ignoreSelection: true },
  );
}

/** Doc position of a text offset in a textblock (a footnote reference is `[^k]` in text, 1 in the doc). */
function positionMap(block: PMNode, start: number): (offset: number) => number {
  const segs: { text: number; len: number; pos: number; size: number }[] = [];
  let text = 0;
  block.forEach((child, childOffset) => {
    const len = child.isText ? (child.text ?? '').length : `[^${child.attrs.id}]`.length;
    segs.push({ text, len, pos: start + childOffset, size: child.nodeSize });
    text += len;
  });
  return (offset) => {
    for (const s of segs) {
      if (offset < s.text + s.len) {
        return s.size === s.len ? s.pos + (offset - s.text) : offset === s.text ? s.pos : s.pos + s.size;
      }
    }
    return start + block.content.size;
  };
}

function labelWidget(row: ChangeRow, place: ItemPlace | undefined, mode: MarkMode, pos: number): Decoration | null {
  const label = place?.label;
  const old = row.base?.label;
  if (mode === 'clean' || row.status === 'unchanged' || (!row.relabelled && row.status !== 'inserted')) {
    if (!label) return null;
    return widget(pos, `L\u0001${label}`, -2, () => el('span', 'rd-label', [label]));
  }
  if (row.status === 'inserted') {
    if (!label) return null;
    return widget(pos, `LI\u0001${label}`, -2, () => el('span', 'rd-label', [el('ins', 'rd-ins', [label])]));
  }
  // relabelled: old label struck, new one inserted (either may be absent: item ↔ paragraph)
  return widget(pos, `LR\u0001${old ?? ''}\u0001${label ?? ''}`, -2, () => {
    const parts: Node[] = [];
    if (old) parts.push(el('del', 'rd-del rd-relabel', [old]));
    if (label) parts.push(el('ins', 'rd-ins rd-relabel', [label]));
    return el('span', label ? 'rd-label rd-label-relabelled' : 'rd-label rd-label-removed', parts);
  });
}

const ROW_CLASS: Record<string, string> = { numberLine: 'rd-number-line', title: 'rd-title', conferenceLine: 'rd-conference-line', call: 'rd-call', paragraph: 'rd-paragraph', item: 'rd-item', footnote: 'rd-footnote' };

/** A whole deleted line, shown struck where it stood (not editable, skipped by the caret). */
function deletedRowWidget(row: ChangeRow, pos: number, side: number): Decoration {
  const base = row.base!;
  const moveClass = row.move ? ` rd-move-from` : '';
  const key = `R\u0001${row.kind}\u0001${base.label ?? ''}\u0001${base.depth}\u0001${row.move?.id ?? ''}\u0001${base.text}`;
  return widget(pos, key, side, () => {
    const p = el('p', `${ROW_CLASS[row.kind]} rd-row-deleted${moveClass}`);
    p.dataset.depth = String(base.depth);
    if (row.move) p.dataset.move = String(row.move.id);
    if (row.kind === 'item' && base.label) p.append(el('span', 'rd-label', [el('del', 'rd-del', [base.label])]));
    if (row.kind === 'footnote' && base.label) p.append(el('del', 'rd-del', [el('sup', 'rd-footnote-number', [base.label.replace(/\D/g, '')])]), ' ');
    p.append(el('del', 'rd-del', textNodes(base.text)));
    if (row.move) p.append(el('span', 'rd-move-note', [`moved (${row.move.id})`]));
    return p;
  });
}

/** Decorations of one draft line (its label, row class, inserted and deleted spans). */
export function rowDecorations(row: ChangeRow, block: PMNode, start: number, place: ItemPlace | undefined, mode: MarkMode): Decoration[] {
  const decos: Decoration[] = [];
  const label = labelWidget(row, place, mode, start + 1);
  if (label) decos.push(label);
  if (mode === 'clean' || (row.status === 'unchanged' && !row.relabelled)) return decos;
  const end = start + block.nodeSize;
  const classes = [`rd-row-${row.status}`];
  if (row.move) classes.push(row.move.role === 'to' ? 'rd-move-to' : 'rd-move-from');
  decos.push(Decoration.node(start, end, { class: classes.join(' '), ...(row.move ? { 'data-move': String(row.move.id) } : {}) }));
  const at = positionMap(block, start + 1);
  let offset = row.draft?.offset ?? 0;
  for (const span of row.spans) {
    if (span.op === 'equal') offset += span.text.length;
    else if (span.op === 'insert') {
      const from = at(offset);
      offset += span.text.length;
      const to = at(offset);
      if (to > from) decos.push(Decoration.inline(from, to, { nodeName: 'ins', class: 'rd-ins' }));
    } else {
      const text = span.text;
      decos.push(widget(at(offset), `D\u0001${text}`, -1, () => el('del', 'rd-del', textNodes(text))));
    }
  }
  return decos;
}

/** Whether a row is a change a reader stops at. */
function isChange(row: ChangeRow): boolean {
  return row.status !== 'unchanged' || row.relabelled;
}

/** The places of the changes in reading order (a deleted line: the boundary where it stood). */
export function changeStops(doc: PMNode, changes: ChangeSet | null): ChangeStop[] {
  if (!changes) return [];
  const starts: number[] = [];
  doc.forEach((_node, offset) => starts.push(offset));
  const stops: ChangeStop[] = [];
  let boundary = 0;
  for (const row of changes.rows) {
    if (!row.draft) {
      stops.push({ pos: boundary, row });
      continue;
    }
    const block = doc.maybeChild(row.draft.line);
    if (!block) continue;
    boundary = starts[row.draft.line] + block.nodeSize;
    if (isChange(row)) stops.push({ pos: starts[row.draft.line] + 1, row });
  }
  return stops;
}

/**
 * Decorations for a draft document and its change set: computed labels on every item, and in
 * the marked view the ITU marks: inserted text in `<ins>`, deleted text as `<del>` widgets,
 * relabels (old label struck, new inserted), whole deleted lines where they stood, and moves.
 * Rows map to blocks by line number (the document has one textblock per layout line).
 */
export function revisionDecorations(
  doc: PMNode,
  changes: ChangeSet | null,
  places: (ItemPlace | undefined)[],
  mode: MarkMode,
): { decorations: DecorationSet; stops: ChangeStop[] } {
  const decos: Decoration[] = [];
  if (!changes || mode === 'clean') {
    doc.forEach((_node, offset, index) => {
      const place = places[index];
      if (place) decos.push(widget(offset + 1, `L\u0001${place.label}`, -2, () => el('span', 'rd-label', [place.label])));
    });
    return { decorations: DecorationSet.create(doc, decos), stops: changeStops(doc, changes) };
  }
  const starts: number[] = [];
  doc.forEach((_node, offset) => starts.push(offset));
  let boundary = 0;
  let side = 1;
  for (const row of changes.rows) {
    if (!row.draft) {
      decos.push(deletedRowWidget(row, boundary, side++));
      continue;
    }
    const index = row.draft.line;
    const block = doc.maybeChild(index);
    if (!block) continue;
    const start = starts[index];
    boundary = start + block.nodeSize;
    side = 1;
    decos.push(...rowDecorations(row, block, start, places[index], mode));
  }
  return { decorations: DecorationSet.create(doc, decos), stops: changeStops(doc, changes) };
}
