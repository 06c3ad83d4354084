import { Node } from '@tiptap/react';

/** The number line (`RESOLUTION 5 (Rev. Kigali, 2022)` or `DRAFT NEW RESOLUTION [id]`): one line of plain text. */
export const NumberLine = Node.create({
  name: 'numberLine',
  content: 'text*',
  defining: true,
  selectable: false,
  parseHTML() {
    return [{ tag: 'p.rd-number-line' }];
  },
  renderHTML() {
    return ['p', { class: 'rd-number-line' }, 0];
  },
});
