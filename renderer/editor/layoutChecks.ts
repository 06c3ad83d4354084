import { Extension } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockText } from './toModel';
import { hasParagraphEnd } from '../../shared/grammar/paragraphEnd';


/** Why a line would not read back as what it is in the resolution layout, if it would not. */
export function layoutProblem(block: PMNode): string | null {
  const text = blockText(block);
  switch (block.type.name) {
    case 'paragraph':
      if (text.trim() === '') return 'Empty paragraph: write its text or delete it.';
      if (!hasParagraphEnd(text)) return 'A paragraph ends with , ; . or : (without it the line reads as a call).';
      return null;
    case 'call':
      if (text.trim() === '') return 'Empty call: write the phrase (e.g. "considering") or delete it.';
      if (hasParagraphEnd(text)) return 'A call has no end punctuation (with it the line reads as a paragraph).';
      return null;
    case 'item':
      return text.trim() === '' ? 'Empty item: write its text or delete it.' : null;
    case 'footnote':
      return text.trim() === '' ? 'Empty footnote: write its text.' : null;
    case 'title':
    case 'conferenceLine':
    case 'numberLine':
      return text.trim() === '' ? 'This line must not be empty.' : null;
  }
  return null;
}

function checks(doc: PMNode): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((block, offset) => {
    const problem = layoutProblem(block);
    if (problem) decos.push(Decoration.node(offset, offset + block.nodeSize, { class: 'rd-layout-warning', title: problem }));
  });
  return DecorationSet.create(doc, decos);
}

/**
 * Flags lines that the resolution layout cannot carry as they are (an empty item, a paragraph
 * without end punctuation …), so the delegate sees them before saving or exporting.
 */
export const LayoutChecks = Extension.create({
  name: 'layoutChecks',
  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('layoutChecks');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => checks(state.doc),
          apply: (tr, prev) => (tr.docChanged ? checks(tr.doc) : prev),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});
