import type { Node as PMNode } from '@tiptap/pm/model';
import { labelFor } from '../../shared/model/labels';
import type { ListKind } from '../../shared/model/resolution';

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
  let stack: { kind: ListKind; count: number }[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'item') {
      if (node.type.name === 'call' || node.type.name === 'paragraph') stack = [];
      out.push(undefined);
      return;
    }
    const depth = Math.min(Number(node.attrs.depth) || 0, stack.length);
    if (depth === stack.length) stack.push({ kind: node.attrs.kind as ListKind, count: 0 });
    else {
      stack = stack.slice(0, depth + 1);
      stack[depth].count++;
    }
    const { kind, count } = stack[depth];
    out.push({ depth, kind, label: labelFor(kind, count) });
  });
  return out;
}
