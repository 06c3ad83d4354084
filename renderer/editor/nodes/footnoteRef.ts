import { Node } from '@tiptap/react';
import { footnoteIdAttribute } from './footnoteId';
import { footnoteRef } from '../../../shared/grammar/footnoteRef';

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
      id: footnoteIdAttribute,
    };
  },
  parseHTML() {
    return [{ tag: 'sup.fn-ref' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['sup', { ...HTMLAttributes, class: 'fn-ref', contenteditable: 'false' }, String(node.attrs.id)];
  },
  renderText({ node }) {
    return footnoteRef(Number(node.attrs.id));
  },
});
