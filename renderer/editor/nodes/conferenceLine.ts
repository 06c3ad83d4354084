import { Node } from '@tiptap/react';

/** The conference line (`The World Telecommunication Development Conference (Kigali, 2022),`). */
export const ConferenceLine = Node.create({
  name: 'conferenceLine',
  content: 'inline*',
  defining: true,
  selectable: false,
  parseHTML() {
    return [{ tag: 'p.rd-conference-line' }];
  },
  renderHTML() {
    return ['p', { class: 'rd-conference-line' }, 0];
  },
});
