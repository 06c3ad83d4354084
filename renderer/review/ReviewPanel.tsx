import { useMemo, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { Check, X } from 'lucide-react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { reviewItems, type ReviewItem, GROUP_NAMES } from './reviewItems';
import { keyHint } from '../../shared/commands/commandTable';
import { listOfNames, t } from '../app/uiLanguage';

const STRINGS = {
  left: (count: number): string => t('review.left', { count }),
  get none() {
    return t('review.none');
  },
  get acceptAll() {
    return t('review.acceptAll');
  },
  get rejectAll() {
    return t('review.rejectAll');
  },
  hint: (undo: string): string => t('review.hint', { undo }),
  acceptGroup: (group: string): string => t('review.acceptGroup', { group }),
  rejectGroup: (group: string): string => t('review.rejectGroup', { group }),
  item: (where: string, what: string): string => t('review.item', { where, what }),
  get accept() {
    return t('review.accept');
  },
  get reject() {
    return t('review.reject');
  },
  acceptOne: (where: string, what: string): string => t('review.acceptOne', { where, what }),
  rejectOne: (where: string, what: string): string => t('review.rejectOne', { where, what }),
  writtenBy: (names: string): string => t('review.writtenBy', { names }),
};

interface Props {
  editor: Editor;
  store: ContributionStore;
  proposalId: string;
}

/**
 * Review the proposal's changes against the adopted text, in the side pane: accept keeps a change
 * in the proposal (it leaves the list), reject gives the line its adopted text back — one change,
 * all in a call, or all. The list is the engine's change set, counted as the change counter counts it.
 */
/** Whether a group is named by the text (a call's phrase), not by the app (`Head lines`). */
function isTextGroup(group: string): boolean {
  return !Object.values(GROUP_NAMES).includes(group);
}

export function ReviewPanel({ editor, store, proposalId }: Props): ReactNode {
  const changes = useStore(store, (_s, st) => st.outcomeOf(proposalId)?.changes ?? null);
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set());
  const items = useMemo(() => reviewItems(changes).filter((i) => !accepted.has(i.key)), [changes, accepted]);
  const groups = useMemo(() => {
    const m = new Map<string, ReviewItem[]>();
    for (const i of items) m.set(i.group, [...(m.get(i.group) ?? []), i]);
    return [...m.entries()];
  }, [items]);

  const accept = (list: ReviewItem[]): void => setAccepted((a) => new Set([...a, ...list.map((i) => i.key)]));
  const reject = (list: ReviewItem[]): void => {
    if (changes)
      editor.commands.rejectChanges(
        changes,
        list.map((i) => i.unit),
      );
  };
  // in a shared proposal, who wrote each changed line (the room's participants whose edits make it up)
  const session = useStore(store, (s, st) => (s.shared[proposalId] ? st.coDrafting.session(proposalId) : undefined));
  const authorsOf = (item: ReviewItem): string[] => {
    const line = changes?.rows[item.unit.first]?.draft?.line;
    return session && line !== undefined ? session.authorsOfLine(line) : [];
  };
  const show = (item: ReviewItem): void => {
    const row = changes?.rows[item.unit.first];
    if (row?.draft) editor.chain().focus().goToLine(row.draft.line).run();
    else editor.chain().focus().goToChange(1).run();
  };

  return (
    <section className="review-panel" aria-label={t('tool.review')} data-testid="review-panel">
      <p role="status" className="pane-status">
        {items.length === 0 ? STRINGS.none : STRINGS.left(items.length)}
      </p>
      <div className="pane-actions">
        <button type="button" className="btn" disabled={!items.length} onClick={() => accept(items)}>
          <Check aria-hidden size={16} /> {STRINGS.acceptAll}
        </button>
        <button type="button" className="btn" disabled={!items.length} onClick={() => reject(items)}>
          <X aria-hidden size={16} /> {STRINGS.rejectAll}
        </button>
      </div>
      <p className="hint">{STRINGS.hint(keyHint('undo') ?? '')}</p>
      {groups.map(([group, list]) => (
        <section key={group} className="review-group" aria-label={group} data-group={group} translate={isTextGroup(group) ? 'no' : undefined}>
          <div className="review-group-head">
            <h3 translate={isTextGroup(group) ? 'no' : undefined}>{group}</h3>
            <button type="button" className="btn btn-quiet" aria-label={STRINGS.acceptGroup(group)} onClick={() => accept(list)}>
              <Check aria-hidden size={14} /> {STRINGS.acceptAll}
            </button>
            <button type="button" className="btn btn-quiet" aria-label={STRINGS.rejectGroup(group)} onClick={() => reject(list)}>
              <X aria-hidden size={14} /> {STRINGS.rejectAll}
            </button>
          </div>
          <ul className="review-list">
            {list.map((i) => (
              <li key={i.key} data-where={i.where}>
                <button type="button" className="btn btn-link" onClick={() => show(i)}>
                  {STRINGS.item(i.where, i.what)}
                </button>
                <span className="review-excerpt">{i.excerpt}</span>
                {authorsOf(i).length > 0 && (
                  <span className="review-authors" data-testid="review-authors">
                    {STRINGS.writtenBy(listOfNames(authorsOf(i)))}
                  </span>
                )}
                <button type="button" className="btn" aria-label={STRINGS.acceptOne(i.where, i.what)} onClick={() => accept([i])}>
                  <Check aria-hidden size={14} /> {STRINGS.accept}
                </button>
                <button type="button" className="btn" aria-label={STRINGS.rejectOne(i.where, i.what)} onClick={() => reject([i])}>
                  <X aria-hidden size={14} /> {STRINGS.reject}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
