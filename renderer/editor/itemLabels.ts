import type { Node as PMNode } from '@tiptap/pm/model';
import { nextLabels } from '../../shared/grammar/labels';
import type { Item, ListKind } from '../../shared/model/resolution';

/** Where an item sits: its effective depth, its list's kind and its computed label. */
export interface ItemPlace {
  depth: number;
  kind: ListKind;
  label: string;
}

const known = new WeakMap<PMNode, (ItemPlace | undefined)[]>();

/**
 * The place of every top-level block that is an item (undefined for other blocks), computed the
 * way `toModel` nests them: labels come from position, never from typed text. Computed once per
 * document (the structure guard and the marks read the same one); treat it as read-only.
 */
export function itemPlaces(doc: PMNode): (ItemPlace | undefined)[] {
  let out = known.get(doc);
  if (!out) known.set(doc, (out = placesOf(doc)));
  return out;
}

function placesOf(doc: PMNode): (ItemPlace | undefined)[] {
  const out: (ItemPlace | undefined)[] = [];
  let stack: { kind: ListKind; items: Item[] }[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'item') {
      if (node.type.name === 'call' || node.type.name === 'paragraph') stack = [];
      out.push(undefined);
      return;
    }
    const depth = Math.min(Number(node.attrs.depth) || 0, stack.length);
    if (depth === stack.length) stack.push({ kind: node.attrs.kind as ListKind, items: [] });
    else stack = stack.slice(0, depth + 1);
    const list = stack[depth];
    const next = nextLabels(list);
    const bis = node.attrs.bis === true && next.bis !== undefined;
    list.items.push(bis ? { text: '', bis: true } : { text: '' });
    out.push({ depth, kind: list.kind, label: bis ? next.bis! : next.label });
  });
  return out;
}
