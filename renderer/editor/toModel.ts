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

/** A call made from its line and the blocks after it, kept while they are the same nodes. */
const calls = new WeakMap<PMNode, { blocks: PMNode[]; call: Call }>();

/** The call of a call line and the blocks that follow it (before the next call), as `toModel` reads them. */
function callOf(line: PMNode, blocks: PMNode[]): Call {
  const known = calls.get(line);
  if (known && known.blocks.length === blocks.length && known.blocks.every((b, i) => b === blocks[i])) return known.call;
  const call: Call = { phrase: blockText(line), blocks: [] };
  let stack: List[] = [];
  for (const node of blocks) {
    const text = blockText(node);
    if (node.type.name === 'paragraph') {
      call.blocks.push({ type: 'paragraph', text });
      stack = [];
    } else if (node.type.name === 'item') {
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
    }
  }
  calls.set(line, { blocks, call });
  return call;
}

/**
 * The resolution model for an editor document. Items are flat in the editor (depth + kind);
 * here they become nested lists. A depth deeper than one below the previous item is clamped,
 * and an item continuing a list takes that list's kind, exactly as the labels are drawn. A call
 * whose line and blocks are the same nodes as in an earlier document is the same object as in
 * that document's model (treat the model as read-only), so what did not change is found by identity.
 */
export function toModel(doc: PMNode): Resolution {
  const res: Resolution = { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
  let line: PMNode | null = null;
  let blocks: PMNode[] = [];
  const close = (): void => {
    if (line) res.calls.push(callOf(line, blocks));
    line = null;
    blocks = [];
  };
  doc.forEach((node) => {
    switch (node.type.name) {
      case 'numberLine':
        res.numberLine = blockText(node);
        break;
      case 'title':
        res.title = blockText(node);
        break;
      case 'conferenceLine':
        res.conferenceLine = blockText(node);
        break;
      case 'call':
        close();
        line = node;
        break;
      case 'paragraph':
      case 'item':
        // a paragraph or an item before the first call has no place in the model
        if (line) blocks.push(node);
        break;
      case 'footnote':
        // a line after the footnotes (a merge can put one there) still belongs to the last call
        res.footnotes.push({ id: Number(node.attrs.id), text: blockText(node) });
        break;
    }
  });
  close();
  return res;
}
