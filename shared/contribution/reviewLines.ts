import type { ChangeRow } from '../engine/changeSet';
import type { Block, Call, List, ListKind, Resolution } from '../model/resolution';

/** One layout line of a resolution with what is needed to build it again. */
interface LineOf {
  kind: ChangeRow['kind'];
  text: string;
  depth: number;
  /** The kind of the list an item stands in. */
  listKind?: ListKind;
  /** A footnote's id. */
  id?: number;
}

/** The layout lines of a resolution, in the order (and with the indices) the engine's rows use. */
function linesOf(res: Resolution): LineOf[] {
  const out: LineOf[] = [
    { kind: 'numberLine', text: res.numberLine, depth: 0 },
    { kind: 'title', text: res.title, depth: 0 },
    { kind: 'conferenceLine', text: res.conferenceLine, depth: 0 },
  ];
  const pushList = (list: List, depth: number): void => {
    for (const item of list.items) {
      out.push({ kind: 'item', text: item.text, depth, listKind: list.kind });
      if (item.sublist) pushList(item.sublist, depth + 1);
    }
  };
  for (const call of res.calls) {
    out.push({ kind: 'call', text: call.phrase, depth: 0 });
    for (const block of call.blocks) {
      if (block.type === 'paragraph') out.push({ kind: 'paragraph', text: block.text, depth: 0 });
      else pushList(block, 0);
    }
  }
  for (const fn of res.footnotes) out.push({ kind: 'footnote', text: fn.text, depth: 0, id: fn.id });
  return out;
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
        list.items.push({ text: l.text });
        break;
      }
    }
  }
  return res;
}

/**
 * The resolution whose rows take the draft side where `takeDraft(row)` says so and the base side
 * elsewhere, from the engine's rows of `compare(base, draft)`: accepting changes into the base
 * (take the draft side of their rows) or rejecting them from the draft (take the base side).
 * The rows decide; nothing is diffed again. A row holding the second part of a split or merged
 * line joins the line before it.
 */
export function resolutionFromRows(base: Resolution, draft: Resolution, rows: readonly ChangeRow[], takeDraft: (index: number) => boolean): Resolution {
  const baseLines = linesOf(base);
  const draftLines = linesOf(draft);
  const out: LineOf[] = [];
  rows.forEach((row, i) => {
    const side = takeDraft(i) ? row.draft : row.base;
    if (!side) return;
    const line = (takeDraft(i) ? draftLines : baseLines)[side.line];
    if (!line) return;
    if (side.offset !== undefined && out.length > 0) {
      const last = out[out.length - 1];
      out[out.length - 1] = { ...last, text: last.text + side.text };
      return;
    }
    out.push({ ...line, text: side.text });
  });
  return fromLines(out);
}
