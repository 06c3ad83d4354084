import { Node } from '@tiptap/react';

/**
 * The top node: any sequence of lines. A resolution's structure (the three head lines, calls each
 * followed by paragraphs or items, footnote bodies last) is not the schema's: concurrent edits
 * merged in a shared proposal can leave lines in any order, and a schema that refused them would
 * have TipTap's content check reject the document or text deleted to repair it. The document is
 * read by the one reader of lines (`toModel`), and a line out of place is a finding of the checks
 * that the export refuses (`shared/checks/checkContribution.ts`, `shared/contribution/draftLayout.ts`).
 */
export const ResolutionDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(numberLine | title | conferenceLine | call | paragraph | item | footnote)*',
});
