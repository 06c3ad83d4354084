import { Decoration } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeRow, ChangeSet, RowSide, TextSpan } from '../../shared/engine/changeSet';
import type { ItemPlace } from './itemLabels';
import { footnoteRef, footnoteRefNumber, footnoteRefPattern } from '../../shared/grammar/footnoteRef';
import { t } from '../app/uiLanguage';

/** How the draft is shown: with ITU marks against the baseline, or clean (labels only). */
export type MarkMode = 'marked' | 'clean';

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

/** Spec field naming the segment (one top-level block and the deleted lines after it) a decoration belongs to. */
export interface SegmentSpec {
  seg: number;
}

function widget(pos: number, key: string, side: number, seg: number, make: () => HTMLElement): Decoration {
  return Decoration.widget(
    pos,
    () => {
      const e = make();
      e.contentEditable = 'false';
      return e;
    },
    { side, key, ignoreSelection: true, seg },
  );
}

/** Doc position of a text offset in a textblock (a footnote reference is `[^k]` in text, 1 in the doc). */
function positionMap(block: PMNode, start: number): (offset: number) => number {
  const segs: { text: number; len: number; pos: number; size: number }[] = [];
  let text = 0;
  block.forEach((child, childOffset) => {
    const len = child.isText ? (child.text ?? '').length : footnoteRef(Number(child.attrs.id)).length;
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

/**
 * What the engine adds to a row (shared/engine/changeSet.ts): the label as marked spans, where the
 * row's part starts in a line holding two rows (a merge), and a split or joined line end. Read
 * structurally so the editor draws them whenever the engine provides them.
 */
interface RowExtras {
  labelSpans?: TextSpan[];
  lineEnd?: 'inserted' | 'deleted';
}

function extras(row: ChangeRow): RowExtras {
  return row as ChangeRow & RowExtras;
}

function offsetOf(row: ChangeRow): number {
  return (row.draft as (RowSide & { offset?: number }) | undefined)?.offset ?? 0;
}

function labelFromSpans(spans: TextSpan[], pos: number, side: number, seg: number): Decoration | null {
  if (spans.length === 0) return null;
  const changed = spans.some((sp) => sp.op !== 'equal');
  const cls = !changed ? 'rd-label' : spans.some((sp) => sp.op !== 'delete') ? 'rd-label rd-label-relabelled' : 'rd-label rd-label-removed';
  return widget(pos, `LS\u0001${spans.map((sp) => `${sp.op}:${sp.text}`).join('\u0001')}`, side, seg, () =>
    el(
      'span',
      cls,
      spans.map((sp) => (sp.op === 'equal' ? sp.text : el(sp.op === 'insert' ? 'ins' : 'del', `${sp.op === 'insert' ? 'rd-ins' : 'rd-del'} rd-relabel`, [sp.text]))),
    ),
  );
}

function labelWidget(row: ChangeRow | undefined, place: ItemPlace | undefined, mode: MarkMode, pos: number, seg: number): Decoration | null {
  const label = place?.label;
  const spans = row && mode === 'marked' ? extras(row).labelSpans : undefined;
  if (row && spans) return row.kind === 'footnote' ? null : labelFromSpans(spans, pos, -2, seg);
  const old = row?.base?.label;
  if (!row || mode === 'clean' || row.status === 'unchanged' || (!row.relabelled && row.status !== 'inserted')) {
    if (!label) return null;
    return widget(pos, `L\u0001${label}`, -2, seg, () => el('span', 'rd-label', [label]));
  }
  if (row.status === 'inserted') {
    if (!label) return null;
    return widget(pos, `LI\u0001${label}`, -2, seg, () => el('span', 'rd-label', [el('ins', 'rd-ins', [label])]));
  }
  // relabelled: old label struck, new one inserted (either may be absent: item ↔ paragraph)
  return widget(pos, `LR\u0001${old ?? ''}\u0001${label ?? ''}`, -2, seg, () => {
    const parts: Node[] = [];
    if (old) parts.push(el('del', 'rd-del rd-relabel', [old]));
    if (label) parts.push(el('ins', 'rd-ins rd-relabel', [label]));
    return el('span', label ? 'rd-label rd-label-relabelled' : 'rd-label rd-label-removed', parts);
  });
}

const ROW_CLASS: Record<string, string> = { numberLine: 'rd-number-line', title: 'rd-title', conferenceLine: 'rd-conference-line', call: 'rd-call', paragraph: 'rd-paragraph', item: 'rd-item', footnote: 'rd-footnote' };

/**
 * A whole deleted line, shown struck where it stood (not editable, skipped by the caret). Its
 * side is negative so that it stays after the line before it when text is inserted there.
 */
function deletedRowWidget(row: ChangeRow, pos: number, side: number, seg: number): Decoration {
  const base = row.base!;
  const moveClass = row.move ? ` rd-move-from` : '';
  const key = `R\u0001${row.kind}\u0001${base.label ?? ''}\u0001${base.depth}\u0001${row.move?.id ?? ''}\u0001${base.text}`;
  return widget(pos, key, side, seg, () => {
    const p = el('p', `${ROW_CLASS[row.kind]} rd-row-deleted${moveClass}`);
    p.dataset.depth = String(base.depth);
    if (row.move) p.dataset.move = String(row.move.id);
    if (row.kind === 'item' && base.label) p.append(el('span', 'rd-label', [el('del', 'rd-del', [base.label])]));
    if (row.kind === 'footnote' && base.label) p.append(el('del', 'rd-del', [el('sup', 'rd-footnote-number', [String(footnoteRefNumber(base.label) ?? base.label)])]), ' ');
    p.append(el('del', 'rd-del', textNodes(base.text)));
    if (row.move) p.append(el('span', 'rd-move-note', [t('marks.moved', { id: String(row.move.id) })]));
    return p;
  });
}

function isMarked(row: ChangeRow): boolean {
  return row.status !== 'unchanged' || row.relabelled || !!extras(row).lineEnd;
}

/**
 * Decorations of one draft line: its label, its row class, the inserted and deleted spans of each
 * row it holds (two rows when the draft joins two lines: the second part's deleted label and the
 * joined line end are drawn where it starts), and a split line end.
 */
function lineDecorations(rows: ChangeRow[], block: PMNode, start: number, place: ItemPlace | undefined, mode: MarkMode, seg: number): Decoration[] {
  const decos: Decoration[] = [];
  const label = labelWidget(rows[0], place, mode, start + 1, seg);
  if (label) decos.push(label);
  const marked = rows.filter(isMarked);
  if (mode === 'clean' || marked.length === 0) return decos;
  const classes = new Set<string>();
  let move: ChangeRow['move'];
  for (const row of marked) {
    classes.add(`rd-row-${row.status}`);
    if (row.move) classes.add(row.move.role === 'to' ? 'rd-move-to' : 'rd-move-from');
    move ??= row.move;
  }
  decos.push(Decoration.node(start, start + block.nodeSize, { class: [...classes].join(' '), ...(move ? { 'data-move': String(move.id), 'data-moved-label': t('marks.moved', { id: String(move.id) }) } : {}) }, { seg }));
  const at = positionMap(block, start + 1);
  rows.forEach((row, k) => {
    let offset = offsetOf(row);
    if (k > 0) {
      const spans = extras(row).labelSpans;
      const second = spans ? labelFromSpans(spans, at(offset), -1, seg) : null;
      if (second) decos.push(second);
    }
    for (const span of row.spans) {
      if (span.op === 'equal') offset += span.text.length;
      else if (span.op === 'insert') {
        const from = at(offset);
        offset += span.text.length;
        const to = at(offset);
        if (to > from) decos.push(Decoration.inline(from, to, { nodeName: 'ins', class: 'rd-ins' }, { seg }));
      } else {
        const text = span.text;
        decos.push(widget(at(offset), `D\u0001${text}`, -1, seg, () => el('del', 'rd-del', textNodes(text))));
      }
    }
    const end = extras(row).lineEnd;
    if (end) {
      const tag = end === 'inserted' ? 'ins' : 'del';
      decos.push(widget(at(offset), `E\u0001${end}`, -1, seg, () => el(tag, `rd-${tag} rd-line-end`, ['\u00b6'])));
    }
  });
  return decos;
}

/** What one segment draws: a top-level block with its row, and the deleted lines shown after it. */
export interface SegmentRows {
  /** The rows of the block, in order (none without a comparison, e.g. a draft new resolution; two when the draft joins two lines). */
  rows: ChangeRow[];
  /** Deleted baseline lines that stood after this block. */
  deleted: ChangeRow[];
}

/** The rows of each top-level block of `doc`, in block order (rows map to blocks by draft line). */
export function segmentRows(doc: PMNode, changes: ChangeSet | null): SegmentRows[] {
  const out: SegmentRows[] = [];
  for (let i = 0; i < doc.childCount; i++) out.push({ rows: [], deleted: [] });
  if (!changes || out.length === 0) return out;
  let current = 0;
  for (const row of changes.rows) {
    if (!row.draft) {
      out[current].deleted.push(row);
      continue;
    }
    const seg = out[row.draft.line];
    if (!seg) continue;
    seg.rows.push(row);
    current = row.draft.line;
  }
  return out;
}

/**
 * The decorations of one segment: the block's label, in the marked view its ITU marks (inserted
 * text in `<ins>`, deleted text as `<del>` widgets, relabels, moves), and the whole deleted lines
 * after it. Every decoration's spec carries `seg`, so the segment can be replaced on its own.
 */
export function segmentDecorations(block: PMNode, start: number, rows: SegmentRows, place: ItemPlace | undefined, mode: MarkMode, seg: number): Decoration[] {
  const decos = lineDecorations(rows.rows, block, start, place, mode, seg);
  if (mode === 'clean') return decos;
  const at = start + block.nodeSize;
  rows.deleted.forEach((row, k) => decos.push(deletedRowWidget(row, at, k - rows.deleted.length - 2, seg)));
  return decos;
}
