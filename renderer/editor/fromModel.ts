import type { JSONContent } from '@tiptap/react';
import type { List, Resolution } from '../../shared/model/resolution';
import { footnoteRefPattern } from '../../shared/grammar/footnoteRef';

const REF = footnoteRefPattern();

/** Inline content for a line of the layout: text, with `[^k]` turned into footnote references. */
export function inlineContent(text: string): JSONContent[] {
  const out: JSONContent[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    out.push({ type: 'footnoteRef', attrs: { id: Number(m[1]) } });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

function block(type: string, text: string, attrs?: Record<string, unknown>): JSONContent {
  const content = inlineContent(text);
  return { type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
}

function pushList(list: List, depth: number, out: JSONContent[]): void {
  for (const item of list.items) {
    out.push(block('item', item.text, { depth, kind: list.kind, ...(item.bis ? { bis: true } : {}) }));
    if (item.sublist) pushList(item.sublist, depth + 1, out);
  }
}

/** The editor document (TipTap JSON) for a resolution: one textblock per line of the layout. */
export function fromModel(res: Resolution): JSONContent {
  const content: JSONContent[] = [
    { type: 'numberLine', ...(res.numberLine ? { content: [{ type: 'text', text: res.numberLine }] } : {}) },
    block('title', res.title),
    block('conferenceLine', res.conferenceLine),
  ];
  for (const call of res.calls) {
    content.push(block('call', call.phrase));
    for (const b of call.blocks) {
      if (b.type === 'paragraph') content.push(block('paragraph', b.text));
      else pushList(b, 0, content);
    }
  }
  for (const fn of res.footnotes) content.push(block('footnote', fn.text, { id: fn.id }));
  return { type: 'doc', content };
}
