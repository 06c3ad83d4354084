import { Node } from '@tiptap/react';

/** A call: the preambular or operative phrase (`considering`, `resolves to instruct …`), printed in italics. */
export const Call = Node.create({
  name: 'call',
  content: 'inline*',
  defining: true,
  selectable: false,
  parseHTML() {
    return [{ tag: 'p.rd-call' }];
  },
  renderHTML() {
    return ['p', { class: 'rd-call' }, 0];
  },
});
