import type { Call, List, ListKind, Resolution } from '../model/resolution';
import type { RowKind } from './changeSet';

/** A body or footnote line to build a resolution from: what {@link flatten} yields, without labels or line numbers. */
export interface LayoutLine {
  kind: RowKind;
  text: string;
  /** Nesting depth of an item (0 = top-level list). */
  depth: number;
  /** For an item: the kind of list it stands in (a new list starts where the kind changes). */
  listKind?: ListKind;
  /** For an item inserted without renumbering (`bbis)`): see `Item.bis`. */
  bis?: true;
}

/**
 * The inverse of `flatten`: a resolution from its head lines, body lines and footnote bodies.
 * Items become nested lists by depth (a depth more than one below the previous item is clamped,
 * as the editor draws it; a sub-item of an item that already has a sub-list joins that list); a
 * line before any call goes under a call with an empty phrase (the checks name it), so no text is
 * ever dropped. Footnotes keep the given order and numbers.
 */
export function unflatten(head: { numberLine: string; title: string; conferenceLine: string }, body: readonly LayoutLine[], footnotes: Resolution['footnotes']): Resolution {
  const res: Resolution = { ...head, calls: [], footnotes: footnotes.map((f) => ({ ...f })) };
  let call: Call | undefined;
  let stack: List[] = [];
  for (const line of body) {
    if (line.kind === 'call') {
      call = { phrase: line.text, blocks: [] };
      res.calls.push(call);
      stack = [];
      continue;
    }
    if (!call) {
      call = { phrase: '', blocks: [] };
      res.calls.push(call);
    }
    if (line.kind !== 'item') {
      call.blocks.push({ type: 'paragraph', text: line.text });
      stack = [];
      continue;
    }
    const kind = line.listKind ?? 'alpha';
    const depth = Math.min(Math.max(0, line.depth), stack.length);
    const item = line.bis ? { text: line.text, bis: true as const } : { text: line.text };
    if (depth < stack.length && stack[depth].kind === kind) {
      stack = stack.slice(0, depth + 1);
      stack[depth].items.push(item);
      continue;
    }
    stack = stack.slice(0, depth);
    const parent = depth === 0 ? undefined : stack[depth - 1].items[stack[depth - 1].items.length - 1];
    if (parent?.sublist) {
      parent.sublist.items.push(item);
      stack.push(parent.sublist);
      continue;
    }
    const list: List = { type: 'list', kind, items: [item] };
    if (parent) parent.sublist = list;
    else call.blocks.push(list);
    stack.push(list);
  }
  return res;
}
