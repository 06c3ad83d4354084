import { Node } from '@tiptap/react';

/** An unlabelled paragraph under a call. */
export const Paragraph = Node.create({
  name: 'paragraph',
  content: 'inline*',
  defining: true,
  selectable: false,
  parseHTML() {
    return [{ tag: 'p.rd-paragraph' }];
  },
  renderHTML() {
    return ['p', { class: 'rd-paragraph' }, 0];
  },
});
