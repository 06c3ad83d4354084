import { useMemo, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { Check, X } from 'lucide-react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { reviewItems, type ReviewItem } from './reviewItems';
import { keyHint } from '../../shared/commands/commandTable';

interface Props {
  editor: Editor;
  store: ContributionStore;
  proposalId: string;
  onClose(): void;
}

/**
 * Review the proposal's changes against the adopted text: accept keeps a change in the proposal
 * (it leaves the list), reject gives the line its adopted text back — one change, all in a call,
 * or all. The list is the engine's change set, counted as the change counter counts it.
 */
export function ReviewPanel({ editor, store, proposalId, onClose }: Props): ReactNode {
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
  const show = (item: ReviewItem): void => {
    const row = changes?.rows[item.unit.first];
    if (row?.draft) editor.chain().focus().goToLine(row.draft.line).run();
    else editor.chain().focus().goToChange(1).run();
  };

  return (
    <section className="review-panel" aria-label="Review changes" data-testid="review-panel">
      <div className="review-head">
        <h3>Review changes</h3>
        <span role="status">{items.length === 0 ? 'Nothing left to review.' : `${items.length} to review`}</span>
        <button type="button" className="btn" disabled={!items.length} onClick={() => accept(items)}>
          <Check aria-hidden size={16} /> Accept all
        </button>
        <button type="button" className="btn" disabled={!items.length} onClick={() => reject(items)}>
          <X aria-hidden size={16} /> Reject all
        </button>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="hint">Accept keeps a change in the proposal; Reject gives the line its adopted text back ({keyHint('undo')} undoes it).</p>
      {groups.map(([group, list]) => (
        <section key={group} className="review-group" aria-label={group} data-group={group}>
          <div className="review-group-head">
            <h4>{group}</h4>
            <button type="button" className="btn" onClick={() => accept(list)}>
              Accept all in “{group}”
            </button>
            <button type="button" className="btn" onClick={() => reject(list)}>
              Reject all in “{group}”
            </button>
          </div>
          <ul className="review-list">
            {list.map((i) => (
              <li key={i.key} data-where={i.where}>
                <button type="button" className="btn btn-link" onClick={() => show(i)}>
                  {i.where}: {i.what}
                </button>
                <span className="review-excerpt">{i.excerpt}</span>
                <button type="button" className="btn" aria-label={`Accept ${i.where}: ${i.what}`} onClick={() => accept([i])}>
                  <Check aria-hidden size={16} /> Accept
                </button>
                <button type="button" className="btn" aria-label={`Reject ${i.where}: ${i.what}`} onClick={() => reject([i])}>
                  <X aria-hidden size={16} /> Reject
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
