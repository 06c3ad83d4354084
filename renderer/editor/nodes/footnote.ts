import { Node } from '@tiptap/react';

/** An editable footnote body (`[^k]: text` at the end of the layout); `id` matches its reference. */
export const Footnote = Node.create({
  name: 'footnote',
  content: 'inline*',
  defining: true,
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
    return [{ tag: 'p.rd-footnote' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', { ...HTMLAttributes, class: 'rd-footnote' }, 0];
  },
});
