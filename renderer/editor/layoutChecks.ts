import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockText } from './toModel';
import { hasParagraphEnd } from '../../shared/grammar/paragraphEnd';
import { t } from '../app/uiLanguage';


/** Why a line would not read back as what it is in the resolution layout, if it would not. */
export function layoutProblem(block: PMNode): string | null {
  const text = blockText(block);
  switch (block.type.name) {
    case 'paragraph':
      if (text.trim() === '') return t('layout.emptyParagraph');
      if (!hasParagraphEnd(text)) return t('layout.paragraphEnd');
      return null;
    case 'call':
      if (text.trim() === '') return t('layout.emptyCall');
      if (hasParagraphEnd(text)) return t('layout.callEnd');
      return null;
    case 'item':
      return text.trim() === '' ? t('layout.emptyItem') : null;
    case 'footnote':
      return text.trim() === '' ? t('layout.emptyFootnote') : null;
    case 'title':
    case 'conferenceLine':
    case 'numberLine':
      return text.trim() === '' ? t('layout.emptyLine') : null;
  }
  return null;
}

function warning(block: PMNode, offset: number): Decoration | null {
  const problem = layoutProblem(block);
  return problem ? Decoration.node(offset, offset + block.nodeSize, { class: 'rd-layout-warning', title: problem }) : null;
}

/** The warnings of every line of a document. */
export function layoutWarnings(doc: PMNode): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((block, offset) => {
    const w = warning(block, offset);
    if (w) decos.push(w);
  });
  return DecorationSet.create(doc, decos);
}

/**
 * The warnings after a transaction: the earlier ones mapped through it, and the lines it replaced
 * (the top-level blocks that are not the same objects before and after) looked at again.
 */
function warningsAfter(prev: DecorationSet, tr: Transaction): DecorationSet {
  const before = tr.before;
  const doc = tr.doc;
  let from = 0;
  while (from < before.childCount && from < doc.childCount && before.child(from) === doc.child(from)) from++;
  let toOld = before.childCount;
  let toNew = doc.childCount;
  while (toOld > from && toNew > from && before.child(toOld - 1) === doc.child(toNew - 1)) {
    toOld--;
    toNew--;
  }
  let start = 0;
  for (let i = 0; i < from; i++) start += doc.child(i).nodeSize;
  let end = start;
  const fresh: Decoration[] = [];
  for (let i = from; i < toNew; i++) {
    const block = doc.child(i);
    const w = warning(block, end);
    if (w) fresh.push(w);
    end += block.nodeSize;
  }
  const mapped = prev.map(tr.mapping, doc);
  // a warning of a replaced line lies within the replaced stretch (mapped onto it)
  const stale = mapped.find(start, end).filter((d) => d.from >= start && d.to <= end);
  return mapped.remove(stale).add(doc, fresh);
}

/** The layout checks' plugin (usable in an `EditorState` without a view). */
export function layoutChecksPlugin(): Plugin<DecorationSet> {
  const key = new PluginKey<DecorationSet>('layoutChecks');
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => layoutWarnings(state.doc),
      apply: (tr, prev) => (tr.docChanged ? warningsAfter(prev, tr) : prev),
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}

/**
 * Flags lines that the resolution layout cannot carry as they are (an empty item, a paragraph
 * without end punctuation …), so the delegate sees them before saving or exporting.
 */
export const LayoutChecks = Extension.create({
  name: 'layoutChecks',
  addProseMirrorPlugins() {
    return [layoutChecksPlugin()];
  },
});
