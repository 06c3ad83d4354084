import type { Node as PMNode } from '@tiptap/pm/model';
import type { Call, List, ListKind, Resolution } from '../../shared/model/resolution';
import { footnoteRef } from '../../shared/grammar/footnoteRef';

/** The text of a textblock in the layout: footnote references become `[^k]`. */
export function blockText(node: PMNode): string {
  let s = '';
  node.forEach((child) => {
    if (child.isText) s += child.text ?? '';
    else if (child.type.name === 'footnoteRef') s += footnoteRef(Number(child.attrs.id));
  });
  return s;
}

/**
 * The resolution model for an editor document. Items are flat in the editor (depth + kind);
 * here they become nested lists. A depth deeper than one below the previous item is clamped,
 * and an item continuing a list takes that list's kind, exactly as the labels are drawn.
 */
export function toModel(doc: PMNode): Resolution {
  const res: Resolution = { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
  let call: Call | undefined;
  let stack: List[] = [];
  doc.forEach((node) => {
    const text = blockText(node);
    switch (node.type.name) {
      case 'numberLine':
        res.numberLine = text;
        break;
      case 'title':
        res.title = text;
        break;
      case 'conferenceLine':
        res.conferenceLine = text;
        break;
      case 'call':
        call = { phrase: text, blocks: [] };
        res.calls.push(call);
        stack = [];
        break;
      case 'paragraph':
        call?.blocks.push({ type: 'paragraph', text });
        stack = [];
        break;
      case 'item': {
        if (!call) break;
        const item = node.attrs.bis ? { text, bis: true as const } : { text };
        const depth = Math.min(Number(node.attrs.depth) || 0, stack.length);
        if (depth === stack.length) {
          const list: List = { type: 'list', kind: node.attrs.kind as ListKind, items: [item] };
          if (depth === 0) call.blocks.push(list);
          else {
            const parent = stack[depth - 1];
            parent.items[parent.items.length - 1].sublist = list;
          }
          stack.push(list);
        } else {
          stack = stack.slice(0, depth + 1);
          stack[depth].items.push(item);
        }
        break;
      }
      case 'footnote':
        res.footnotes.push({ id: Number(node.attrs.id), text });
        break;
    }
  });
  return res;
}
