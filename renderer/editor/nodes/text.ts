import { Node } from '@tiptap/react';

/** Plain text. The schema defines no marks: pasted bold, colour or fonts cannot enter. */
export const Text = Node.create({
  name: 'text',
  group: 'inline',
});
