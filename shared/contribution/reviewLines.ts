import type { ChangeRow } from '../engine/changeSet';
import { flatten } from '../engine/flatten';
import { footnoteRef, footnoteRefPattern } from '../grammar/footnoteRef';
import type { Block, Call, List, ListKind, Resolution } from '../model/resolution';

/** One layout line of a resolution with what is needed to build it again. */
interface LineOf {
  kind: ChangeRow['kind'];
  text: string;
  depth: number;
  /** The kind of the list an item stands in. */
  listKind?: ListKind;
  /** An item inserted without renumbering (`Item.bis`). */
  bis?: true;
  /** A footnote's id. */
  id?: number;
}

/** The layout lines of a resolution, in the order (and with the indices) the engine's rows use. */
function linesOf(res: Resolution): LineOf[] {
  const f = flatten(res);
  const notes = res.footnotes.map((fn) => fn.id);
  return [
    ...[...f.head, ...f.body].map((l) => ({ kind: l.kind, text: l.text, depth: l.depth, listKind: l.listKind, ...(l.bis ? { bis: l.bis } : {}) })),
    ...f.footnotes.map((l, i) => ({ kind: l.kind, text: l.text, depth: l.depth, id: notes[i] })),
  ];
}

/** A resolution from layout lines (the inverse of {@link linesOf}). */
function fromLines(lines: LineOf[]): Resolution {
  const res: Resolution = { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
  let call: Call | undefined;
  let lists: List[] = [];
  const blocks = (): Block[] => {
    if (!call) {
      call = { phrase: '', blocks: [] };
      res.calls.push(call);
    }
    return call.blocks;
  };
  for (const l of lines) {
    switch (l.kind) {
      case 'numberLine':
        res.numberLine = l.text;
        break;
      case 'title':
        res.title = l.text;
        break;
      case 'conferenceLine':
        res.conferenceLine = l.text;
        break;
      case 'call':
        call = { phrase: l.text, blocks: [] };
        res.calls.push(call);
        lists = [];
        break;
      case 'paragraph':
        blocks().push({ type: 'paragraph', text: l.text });
        lists = [];
        break;
      case 'footnote':
        res.footnotes.push({ id: l.id ?? res.footnotes.length + 1, text: l.text });
        break;
      case 'item': {
        const kind = l.listKind ?? 'alpha';
        const depth = Math.min(l.depth, lists.length);
        let list = lists[depth];
        if (!list || list.kind !== kind) {
          list = { type: 'list', kind, items: [] };
          const parent = depth > 0 ? lists[depth - 1].items[lists[depth - 1].items.length - 1] : undefined;
          if (parent) parent.sublist = list;
          else blocks().push(list);
        }
        lists = [...lists.slice(0, depth), list];
        list.items.push(l.bis ? { text: l.text, bis: true } : { text: l.text });
        break;
      }
    }
  }
  return res;
}

/** A line of the result, with the side it came from (its footnote references are that side's). */
interface Taken extends LineOf {
  side: 'base' | 'draft';
  /** For a footnote body: the footnote's identity (the row that pairs its two sides). */
  note?: number;
}

/**
 * Footnotes renumbered as the layout wants them (from 1, in order of first reference): each line's
 * references are its own side's numbers, mapped through the rows that pair the two sides' footnotes.
 */
function renumberFootnotes(lines: Taken[], rows: readonly ChangeRow[], baseLines: LineOf[], draftLines: LineOf[]): LineOf[] {
  const identity = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.kind !== 'footnote') return;
    if (row.base) identity.set(`base:${baseLines[row.base.line]?.id}`, i);
    if (row.draft) identity.set(`draft:${draftLines[row.draft.line]?.id}`, i);
  });
  const numbers = new Map<number, number>();
  const numberOf = (key: number): number => {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };
  const body = lines.filter((l) => l.kind !== 'footnote');
  const notes = lines.filter((l) => l.kind === 'footnote');
  const out: LineOf[] = body.map((l) => ({
    ...l,
    text: l.text.replace(footnoteRefPattern(), (m, k: string) => {
      const key = identity.get(`${l.side}:${k}`);
      return key === undefined ? m : footnoteRef(numberOf(key));
    }),
  }));
  const numbered = notes.map((l) => ({ ...l, id: l.note !== undefined ? numberOf(l.note) : numbers.size + 1 }));
  numbered.sort((a, b) => a.id - b.id);
  return [...out, ...numbered.map(({ side: _s, note: _n, ...l }) => l)];
}

/**
 * The resolution whose rows take the draft side where `takeDraft(row)` says so and the base side
 * elsewhere, from the engine's rows of `compare(base, draft)`: accepting changes into the base
 * (take the draft side of their rows) or rejecting them from the draft (take the base side).
 * The rows decide; nothing is diffed again. A row holding the second part of a split or merged
 * line joins the line before it; footnotes are numbered again in order of first reference.
 */
export function resolutionFromRows(base: Resolution, draft: Resolution, rows: readonly ChangeRow[], takeDraft: (index: number) => boolean): Resolution {
  const baseLines = linesOf(base);
  const draftLines = linesOf(draft);
  const out: Taken[] = [];
  rows.forEach((row, i) => {
    const fromDraft = takeDraft(i);
    const side = fromDraft ? row.draft : row.base;
    if (!side) return;
    const line = (fromDraft ? draftLines : baseLines)[side.line];
    if (!line) return;
    if (side.offset !== undefined && out.length > 0) {
      const last = out[out.length - 1];
      out[out.length - 1] = { ...last, text: last.text + side.text };
      return;
    }
    out.push({ ...line, text: side.text, side: fromDraft ? 'draft' : 'base', note: row.kind === 'footnote' ? i : undefined });
  });
  return fromLines(renumberFootnotes(out, rows, baseLines, draftLines));
}
