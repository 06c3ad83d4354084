import { Node } from '@tiptap/react';

/**
 * A footnote reference (`[^k]` in the layout), shown as a superscript number. An atom: it is
 * inserted and deleted as a whole; its number is kept in order of first reference by the
 * structure guard.
 */
export const FootnoteRef = Node.create({
  name: 'footnoteRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  addAttributes() {
    return {
      id: {
        default: 1,
        parseHTML: (el) => Number(el.getAttribute('data-footnote')) || 1,
        renderHTML: (attrs) => ({ 'data-footnote': String(attrs.id) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup.fn-ref' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['sup', { ...HTMLAttributes, class: 'fn-ref', contenteditable: 'false' }, String(node.attrs.id)];
  },
  renderText({ node }) {
    return `[^${node.attrs.id}]`;
  },
});
