import { Node } from '@tiptap/react';
import type { ListKind } from '../../../shared/model/resolution';
import { LIST_KINDS as KINDS } from '../../../shared/model/labels';

/**
 * A labelled item. The label is never typed or stored: it is computed from the item's position,
 * its `depth` (0 = top-level list, 1 = sub-list …) and its list `kind`, and drawn as a decoration.
 */
export const Item = Node.create({
  name: 'item',
  content: 'inline*',
  defining: true,
  selectable: false,
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
          return k && KINDS.includes(k) ? k : 'alpha';
        },
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'p.rd-item' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', { ...HTMLAttributes, class: 'rd-item' }, 0];
  },
});
