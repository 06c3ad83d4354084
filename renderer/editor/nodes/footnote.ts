import { Node } from '@tiptap/react';
import { footnoteIdAttribute } from './footnoteId';

/** An editable footnote body (`[^k]: text` at the end of the layout); `id` matches its reference. */
export const Footnote = Node.create({
  name: 'footnote',
  content: 'inline*',
  defining: true,
  selectable: false,
  addAttributes() {
    return {
      id: footnoteIdAttribute,
    };
  },
  parseHTML() {
    return [{ tag: 'p.rd-footnote' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', { ...HTMLAttributes, class: 'rd-footnote' }, 0];
  },
});
