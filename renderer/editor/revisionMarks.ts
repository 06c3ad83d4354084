import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import { compare } from '../../shared/engine/compare';
import { diffWords } from '../../shared/engine/wordDiff';
import type { Resolution } from '../../shared/model/resolution';
import { itemPlaces } from './itemLabels';
import { LiveCompare } from './liveCompare';
import { statsOf } from '../../shared/engine/changeStats';
import { changeStops, revisionDecorations, rowDecorations, type ChangeStop, type MarkMode } from './revisionDecorations';
import { blockText, toModel } from './toModel';

/** What the revision-marks plugin knows after each transaction. */
export interface RevisionState {
  mode: MarkMode;
  /** The draft as a model (kept current on every change). */
  model: Resolution;
  /** Null for a draft new resolution (ADD): there is no baseline to mark against. */
  changes: ChangeSet | null;
  decorations: DecorationSet;
  stops: ChangeStop[];
  /**
   * Set while the marks come from the incremental paths (a keystroke re-diffs only the edited
   * line; a structural edit compares only the calls that changed). When typing pauses, the
   * engine compares the whole resolution once and its result (e.g. an item moved from one call
   * to another) replaces these marks if it differs.
   */
  provisional: boolean;
}

/** Plugin key: read the state with `revisionMarksKey.getState(editor.state)`. */
export const revisionMarksKey = new PluginKey<RevisionState>('revisionMarks');

/** Meta on a transaction: switch the view, or (internal) settle a provisional result. */
export interface RevisionMeta {
  mode?: MarkMode;
  settle?: boolean;
}

/** Typing pauses this long before a provisional result is checked against the whole-resolution comparison. */
const SETTLE_MS = 250;

interface Comparer {
  live: LiveCompare;
  baseline: Resolution;
}

/** Marks for a document: incrementally (per changed call), or `exact`ly (the engine on the whole resolution). */
function compute(doc: PMNode, comparer: Comparer | null, mode: MarkMode, exact = false): RevisionState {
  const model = toModel(doc);
  const changes = comparer ? (exact ? compare(comparer.baseline, model) : comparer.live.update(model)) : null;
  const { decorations, stops } = revisionDecorations(doc, changes, itemPlaces(doc), mode);
  return { mode, model, changes, decorations, stops, provisional: !!comparer && !exact };
}

/** The one top-level block whose content changed, when nothing else did (plain typing in a line). */
function singleChangedBlock(before: PMNode, after: PMNode): number | null {
  if (before.childCount !== after.childCount) return null;
  let changed = -1;
  for (let i = 0; i < after.childCount; i++) {
    const a = before.child(i);
    const b = after.child(i);
    if (a === b) continue;
    if (changed >= 0 || !a.sameMarkup(b) || refCount(a) !== refCount(b)) return null;
    changed = i;
  }
  return changed >= 0 ? changed : null;
}

function refCount(block: PMNode): number {
  let n = 0;
  block.forEach((c) => {
    if (c.type.name === 'footnoteRef') n++;
  });
  return n;
}

/**
 * The fast path for a keystroke inside one line that is paired with a baseline line: re-diff that
 * line's words only (the engine's own word diff) and redraw only its decorations. Structure,
 * labels and the pairing are unchanged; a change of pairing is caught when typing pauses.
 */
function fastPath(tr: Transaction, prev: RevisionState, before: PMNode): RevisionState | null {
  if (!prev.changes || prev.mode !== 'marked') return null;
  const doc = tr.doc;
  const index = singleChangedBlock(before, doc);
  if (index === null) return null;
  const block = doc.child(index);
  if (block.type.name === 'call') return null;
  const rowIndex = prev.changes.rows.findIndex((r) => r.draft?.line === index);
  const row = prev.changes.rows[rowIndex];
  if (!row || !row.base || !row.draft || row.relabelled || row.move || row.base.label !== row.draft.label) return null;
  const text = blockText(block);
  const next: ChangeRow = {
    ...row,
    status: text === row.base.text ? 'unchanged' : 'modified',
    draft: { ...row.draft, text },
    spans: diffWords(row.base.text, text),
  };
  const rows = prev.changes.rows.slice();
  rows[rowIndex] = next;
  const stats = statsOf(rows);
  const changed = stats.insertedRows + stats.deletedRows + stats.modifiedRows > 0;
  const changes: ChangeSet = { action: changed ? 'MOD' : 'NOC', rows, stats };
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  const end = start + block.nodeSize;
  let decorations = prev.decorations.map(tr.mapping, doc);
  const stale = decorations.find(start, end).filter((d) => (d.from > start && d.from < end) || (d.from === start && d.to === end));
  const place = itemPlaces(doc)[index];
  decorations = decorations.remove(stale).add(doc, rowDecorations(next, block, start, place, 'marked'));
  return { mode: prev.mode, model: toModel(doc), changes, decorations, stops: changeStops(doc, changes), provisional: true };
}

function sameRows(a: ChangeRow[], b: ChangeRow[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Options of {@link RevisionMarks}. */
export interface RevisionMarksOptions {
  baseline: Resolution | null;
  mode: MarkMode;
}

/** Live ITU revision marks against the baseline: per keystroke the edited line (or the changed calls), per pause the whole resolution. */
export const RevisionMarks = Extension.create<RevisionMarksOptions>({
  name: 'revisionMarks',
  addOptions() {
    return { baseline: null, mode: 'marked' };
  },
  addProseMirrorPlugins() {
    const baseline = this.options.baseline;
    const live: Comparer | null = baseline ? { live: new LiveCompare(baseline), baseline } : null;
    const initialMode = this.options.mode;
    return [
      new Plugin<RevisionState>({
        key: revisionMarksKey,
        state: {
          init: (_config, state: EditorState) => compute(state.doc, live, initialMode, true),
          apply: (tr, prev, oldState) => {
            const meta = tr.getMeta(revisionMarksKey) as RevisionMeta | undefined;
            const mode = meta?.mode ?? prev.mode;
            if (meta?.settle && !tr.docChanged) {
              const exact = compute(tr.doc, live, mode, true);
              return prev.changes && exact.changes && sameRows(prev.changes.rows, exact.changes.rows) ? { ...prev, provisional: false } : exact;
            }
            if (!tr.docChanged && mode === prev.mode) return prev;
            if (tr.docChanged && mode === prev.mode) {
              const fast = fastPath(tr, prev, oldState.doc);
              if (fast) return fast;
            }
            return compute(tr.doc, live, mode);
          },
        },
        props: {
          decorations: (state) => revisionMarksKey.getState(state)?.decorations,
        },
        view: () => {
          let timer: ReturnType<typeof setTimeout> | null = null;
          return {
            update: (view: EditorView) => {
              if (timer) clearTimeout(timer);
              timer = null;
              if (!revisionMarksKey.getState(view.state)?.provisional) return;
              timer = setTimeout(() => {
                timer = null;
                if (!view.isDestroyed && revisionMarksKey.getState(view.state)?.provisional) {
                  view.dispatch(view.state.tr.setMeta(revisionMarksKey, { settle: true }).setMeta('addToHistory', false));
                }
              }, SETTLE_MS);
            },
            destroy: () => {
              if (timer) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
