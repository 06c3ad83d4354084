import type { ListKind } from '../../../shared/model/resolution';
import { LIST_KINDS } from '../../../shared/grammar/labels';
import { lineNode } from './lineNode';

/**
 * A labelled item. The label is never typed or stored: it is computed from the item's position,
 * its `depth` (0 = top-level list, 1 = sub-list …) and its list `kind`, and drawn as a decoration.
 * Its commands (new item, nest, move) are the resolution keyboard's (keyboard.ts, moveItems.ts).
 */
export const Item = lineNode('item', 'rd-item', {
  addAttributes() {
    return {
      depth: {
        default: 0,
        parseHTML: (el) => Math.max(0, Number(el.getAttribute('data-depth')) || 0),
        renderHTML: (attrs) => ({ 'data-depth': String(attrs.depth) }),
      },
      kind: {
        default: 'alpha',
        parseHTML: (el) => {
          const k = el.getAttribute('data-kind') as ListKind | null;
          return k && LIST_KINDS.includes(k) ? k : 'alpha';
        },
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind }),
      },
      // inserted without renumbering the items after it (`bbis)`): the model's `Item.bis`; null
      // (not written, also by y-tiptap into a shared draft) for every other item
      bis: {
        default: null,
        parseHTML: (el) => (el.hasAttribute('data-bis') ? true : null),
        renderHTML: (attrs) => (attrs.bis ? { 'data-bis': '' } : {}),
      },
    };
  },
});
