import { useMemo, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { useEditorTick } from './useEditorTick';
import { TextSelection } from '@tiptap/pm/state';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { findMatches, type FindOptions, type FindScope, type Match } from './findMatches';

interface Props {
  editor(): Editor | null;
  changes(): ChangeSet | null;
  onClose(): void;
}

/** Replaces matches in one transaction (from the end back); the engine then marks each replacement. */
function replace(editor: Editor, matches: Match[], by: string): void {
  if (matches.length === 0) return;
  const tr = editor.state.tr;
  for (const m of [...matches].sort((a, b) => b.from - a.from)) {
    if (by) tr.insertText(by, m.from, m.to);
    else tr.delete(m.from, m.to);
  }
  editor.view.dispatch(tr);
}

/**
 * Find and replace in the draft: whole words, case, and where (everywhere, inside the marked
 * insertions, or in unchanged text). A replacement is an edit like any other, so the engine marks
 * it against the adopted text (the old words struck, the new ones inserted).
 */
export function FindReplace({ editor, changes, onClose }: Props): ReactNode {
  const [query, setQuery] = useState('');
  const [by, setBy] = useState('');
  const [options, setOptions] = useState<FindOptions>({ wholeWords: true, matchCase: false, scope: 'all' });
  const tick = useEditorTick(editor);
  const matches = useMemo(() => {
    const ed = editor();
    return ed ? findMatches(ed.state.doc, changes(), query, options) : [];
  }, [editor, changes, query, options, tick]);

  const next = (): void => {
    const ed = editor();
    if (!ed || matches.length === 0) return;
    const from = ed.state.selection.to;
    const m = matches.find((x) => x.from >= from) ?? matches[0];
    ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, m.from, m.to)).scrollIntoView());
  };
  const replaceOne = (): void => {
    const ed = editor();
    if (!ed || matches.length === 0) return;
    const { from, to } = ed.state.selection;
    const current = matches.find((m) => m.from === from && m.to === to);
    if (current) replace(ed, [current], by);
    next();
  };

  return (
    <section className="find-replace" aria-label="Find and replace" data-testid="find-replace">
      <div className="find-row">
        <label className="field">
          <span>Find</span>
          <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), next())} />
        </label>
        <label className="field">
          <span>Replace with</span>
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <span role="status" className="find-count" data-testid="find-count">
          {query ? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}` : ''}
        </span>
      </div>
      <div className="find-row">
        <label>
          <input type="checkbox" checked={options.wholeWords} onChange={(e) => setOptions({ ...options, wholeWords: e.target.checked })} /> Whole words
        </label>
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} /> Match case
        </label>
        <label>
          In{' '}
          <select aria-label="Search in" value={options.scope} onChange={(e) => setOptions({ ...options, scope: e.target.value as FindScope })}>
            <option value="all">all the text</option>
            <option value="marked">marked insertions only</option>
            <option value="clean">unchanged text only</option>
          </select>
        </label>
        <button type="button" className="btn" disabled={!matches.length} onClick={next}>
          Find next
        </button>
        <button type="button" className="btn" disabled={!matches.length} onClick={replaceOne}>
          Replace
        </button>
        <button type="button" className="btn" disabled={!matches.length} onClick={() => editor() && replace(editor()!, matches, by)}>
          Replace all
        </button>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
