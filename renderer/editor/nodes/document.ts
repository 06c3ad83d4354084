import { Node } from '@tiptap/react';

/**
 * The top node. Its content expression is the structure of a resolution, flattened: the three
 * header lines, then calls each followed by at least one paragraph or item, then footnote bodies.
 * ProseMirror refuses any step that would break it, so typing, pasting and undo cannot.
 */
export const ResolutionDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'numberLine title conferenceLine (call (paragraph | item)+)+ footnote*',
});
