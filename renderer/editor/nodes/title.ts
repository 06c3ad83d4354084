import { Node } from '@tiptap/react';

/** The title of the resolution, one line. */
export const Title = Node.create({
  name: 'title',
  content: 'inline*',
  defining: true,
  selectable: false,
  parseHTML() {
    return [{ tag: 'p.rd-title' }];
  },
  renderHTML() {
    return ['p', { class: 'rd-title' }, 0];
  },
});
