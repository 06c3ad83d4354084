import { footnoteRef } from '../grammar/footnoteRef';
import { listLabels } from '../grammar/labels';
import type { List, ListKind, Resolution } from '../model/resolution';
import type { RowKind } from './changeSet';

/** One line of a resolution as the engine aligns it. */
export interface FlatLine {
  kind: RowKind;
  text: string;
  label?: string;
  depth: number;
  /** 0-based line index in the text layout. */
  line: number;
  /** For an item: the kind of the list it stands in. */
  listKind?: ListKind;
  /** For an item inserted without renumbering (`bbis)`): see `Item.bis`. */
  bis?: true;
}

/** The lines of a resolution in layout order: head (3 lines), body (calls, paragraphs, items), footnotes. */
export interface FlatResolution {
  head: FlatLine[];
  body: FlatLine[];
  footnotes: FlatLine[];
}

/** Flatten a resolution into its layout lines, labels computed from position. */
export function flatten(res: Resolution): FlatResolution {
  let line = 0;
  const head: FlatLine[] = [
    { kind: 'numberLine', text: res.numberLine, depth: 0, line: line++ },
    { kind: 'title', text: res.title, depth: 0, line: line++ },
    { kind: 'conferenceLine', text: res.conferenceLine, depth: 0, line: line++ },
  ];
  const body: FlatLine[] = [];
  const pushList = (list: List, depth: number): void => {
    const labels = listLabels(list);
    list.items.forEach((item, index) => {
      body.push({ kind: 'item', text: item.text, label: labels[index], depth, line: line++, listKind: list.kind, ...(item.bis ? { bis: true as const } : {}) });
      if (item.sublist) pushList(item.sublist, depth + 1);
    });
  };
  for (const call of res.calls) {
    body.push({ kind: 'call', text: call.phrase, depth: 0, line: line++ });
    for (const block of call.blocks) {
      if (block.type === 'paragraph') body.push({ kind: 'paragraph', text: block.text, depth: 0, line: line++ });
      else pushList(block, 0);
    }
  }
  const footnotes = res.footnotes.map((fn): FlatLine => ({ kind: 'footnote', text: fn.text, label: footnoteRef(fn.id), depth: 0, line: line++ }));
  return { head, body, footnotes };
}
