import { useMemo, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { findMatches, type FindOptions, type FindScope } from './findMatches';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get find() {
    return t('find.find');
  },
  get replaceWith() {
    return t('find.replaceWith');
  },
  matches: (count: number): string => t('find.matches', { count }),
  get wholeWords() {
    return t('find.wholeWords');
  },
  get matchCase() {
    return t('find.matchCase');
  },
  get in() {
    return t('find.in');
  },
  get searchIn() {
    return t('find.searchIn');
  },
  get all() {
    return t('find.all');
  },
  get marked() {
    return t('find.marked');
  },
  get clean() {
    return t('find.clean');
  },
  get next() {
    return t('find.next');
  },
  get replace() {
    return t('find.replace');
  },
  get replaceAll() {
    return t('find.replaceAll');
  },
};

interface Props {
  editor: Editor;
  store: ContributionStore;
  proposalId: string;
}

/**
 * Find and replace in the draft: whole words, case, and where (everywhere, inside the marked
 * insertions, or in unchanged text). A replacement is an edit like any other, so the engine marks
 * it against the adopted text (the old words struck, the new ones inserted).
 */
export function FindReplace({ editor, store, proposalId }: Props): ReactNode {
  const [query, setQuery] = useState('');
  const [by, setBy] = useState('');
  const [options, setOptions] = useState<FindOptions>({ wholeWords: true, matchCase: false, scope: 'all' });
  // the draft and its marks as the store holds them: every edit finds again
  const draft = useStore(store, (_s, st) => st.proposal(proposalId)?.draft);
  const changes = useStore(store, (_s, st) => (st.proposal(proposalId)?.baseline ? (st.outcomeOf(proposalId)?.changes ?? null) : null));
  const matches = useMemo(() => (draft ? findMatches(editor.state.doc, changes, query, options) : []), [editor, draft, changes, query, options]);

  const next = (): void => {
    if (matches.length === 0) return;
    const from = editor.state.selection.to;
    editor.commands.selectMatch(matches.find((x) => x.from >= from) ?? matches[0]);
  };
  const replaceOne = (): void => {
    if (matches.length === 0) return;
    const { from, to } = editor.state.selection;
    const current = matches.find((m) => m.from === from && m.to === to);
    if (current) editor.commands.replaceMatches([current], by);
    next();
  };

  return (
    <section className="find-replace" aria-label={t('tool.find')} data-testid="find-replace">
      <div className="find-row">
        <label className="field">
          <span>{STRINGS.find}</span>
          <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), next())} />
        </label>
        <label className="field">
          <span>{STRINGS.replaceWith}</span>
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <span role="status" className="find-count" data-testid="find-count">
          {query ? STRINGS.matches(matches.length) : ''}
        </span>
      </div>
      <div className="find-row">
        <label>
          <input type="checkbox" checked={options.wholeWords} onChange={(e) => setOptions({ ...options, wholeWords: e.target.checked })} /> {STRINGS.wholeWords}
        </label>
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} /> {STRINGS.matchCase}
        </label>
        <label>
          {STRINGS.in}{' '}
          <select aria-label={STRINGS.searchIn} value={options.scope} onChange={(e) => setOptions({ ...options, scope: e.target.value as FindScope })}>
            <option value="all">{STRINGS.all}</option>
            <option value="marked">{STRINGS.marked}</option>
            <option value="clean">{STRINGS.clean}</option>
          </select>
        </label>
        <button type="button" className="btn" disabled={!matches.length} onClick={next}>
          {STRINGS.next}
        </button>
        <button type="button" className="btn" disabled={!matches.length} onClick={replaceOne}>
          {STRINGS.replace}
        </button>
        <button type="button" className="btn" disabled={!matches.length} onClick={() => editor.commands.replaceMatches(matches, by)}>
          {STRINGS.replaceAll}
        </button>
      </div>
    </section>
  );
}
