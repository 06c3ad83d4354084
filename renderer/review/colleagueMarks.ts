import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Editor } from '@tiptap/react';
import { colleagueChanges, colleagueChangeSet } from '../../shared/contribution/colleagueReview';
import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import { toModel } from '../editor/toModel';
import { listOfNames, t } from '../app/uiLanguage';

/** The plugin that labels the colleague's lines in the editor. */
export const colleagueMarksKey = new PluginKey<DecorationSet>('colleagueMarks');

/**
 * Decorations on each line a colleague changed: a class, a visible `by NAME` tag (CSS generated
 * from `data-colleague`, so it is not text of the draft) and a title for pointers and screen
 * readers. The engine's `compare(before, draft)` decides which lines; the marks against the
 * baseline stay the editor's own.
 */
function decorationsFor(doc: PMNode, review: ColleagueReview): DecorationSet {
  const changes = colleagueChangeSet(review, toModel(doc));
  const starts: number[] = [];
  doc.forEach((_n, offset) => starts.push(offset));
  const decos: Decoration[] = [];
  // the draft line after each row: where a line the colleague deleted is shown
  const rows = changes.rows;
  const nextLine: number[] = new Array<number>(rows.length);
  let next = doc.childCount;
  for (let i = rows.length - 1; i >= 0; i--) {
    const line = rows[i].draft?.line;
    if (line !== undefined) next = line;
    nextLine[i] = next;
  }
  for (const c of colleagueChanges(review, changes)) {
    const by = listOfNames(c.authors);
    for (const i of c.unit.rows) {
      const line = rows[i].draft?.line;
      if (line === undefined) {
        const at = nextLine[i] < doc.childCount ? starts[nextLine[i]] : doc.content.size;
        decos.push(Decoration.widget(at, () => deletedLine(rows[i].base?.label, rows[i].base?.text ?? '', by), { side: -1, key: `colleague-del-${i}-${by}` }));
        continue;
      }
      if (line >= doc.childCount) continue;
      const from = starts[line];
      decos.push(Decoration.node(from, from + doc.child(line).nodeSize, { class: 'colleague-change', 'data-colleague': t('colleague.byLabel', { by }), title: t('colleague.changedBy', { by }) }));
    }
  }
  return DecorationSet.create(doc, decos);
}

/** A line the colleague deleted, shown where it stood (not part of the draft). */
function deletedLine(label: string | undefined, text: string, by: string): HTMLElement {
  const p = document.createElement('p');
  p.contentEditable = 'false';
  p.className = 'colleague-change colleague-deleted';
  p.dataset.colleague = t('colleague.deletedByLabel', { by });
  p.title = t('colleague.deletedBy', { by });
  const del = document.createElement('del');
  del.textContent = label ? `${label}\t${text}` : text;
  p.append(del);
  return p;
}

/** Shows which lines are the colleague's in `editor` until the returned function is called. */
export function showColleagueMarks(editor: Editor, review: (state: EditorState) => ColleagueReview | undefined): () => void {
  const plugin = new Plugin<DecorationSet>({
    key: colleagueMarksKey,
    state: {
      init: (_c, state) => {
        const r = review(state);
        return r ? decorationsFor(state.doc, r) : DecorationSet.empty;
      },
      apply: (tr, old, _prev, state) => {
        if (!tr.docChanged) return old;
        const r = review(state);
        return r ? decorationsFor(state.doc, r) : DecorationSet.empty;
      },
    },
    props: { decorations: (state) => colleagueMarksKey.getState(state) },
  });
  editor.registerPlugin(plugin);
  return () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(colleagueMarksKey);
  };
}
