import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { Check, X } from 'lucide-react';
import { closeHistory } from '@tiptap/pm/history';
import { acceptIntoBefore, authorNames, colleagueChanges, colleagueChangeSet, withReviewBefore } from '../../shared/contribution/colleagueReview';
import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import type { Resolution } from '../../shared/model/resolution';
import { toModel } from '../editor/toModel';
import { goToChange } from './changeNavigation';
import { beforeIn, foldOwnEdits, reviewStep, setBefore } from './colleagueBefore';
import { showColleagueMarks } from './colleagueMarks';
import { focusDraftLine } from './focusLine';
import { rejectChanges } from './rejectChanges';
import { reviewItems, type ReviewItem } from './reviewItems';
import '../styles/colleague.css';

interface Props {
  editor(): Editor | null;
  /** The review as the proposal held it when the editor opened (authors, source, `before`). */
  review: ColleagueReview;
  /** The review brought up to date (`before` moved on), or `undefined` when nothing is left. */
  onReview(review: ColleagueReview | undefined): void;
  /** Close the panel (offered once nothing is left to review). */
  onClose(): void;
}

/** Where a change is: `considering a)`, or the line's kind for head lines, calls and footnotes. */
function placeOf(i: ReviewItem): string {
  return i.group === 'Head lines' || i.group === 'Calls' || i.group === 'Footnotes' ? i.where : `${i.group} ${i.where}`;
}

/** One of the colleague's changes as listed: the engine's unit described, and whose it is. */
interface Listed extends ReviewItem {
  by: string;
}

/**
 * A colleague's changes (made in Word with Track Changes) awaiting review: the engine's
 * `compare(before, draft)`, each change with its author. Accept takes it (folds it into what the
 * delegate sent), Reject gives the line back as the delegate sent it (one editor transaction:
 * Ctrl+Z undoes it). The marks against the adopted text stay the editor's own; the colleague's
 * lines carry a `by NAME` label there. When nothing is left, the review ends.
 */
export function ColleagueReviewPanel({ editor, review: initial, onReview, onClose }: Props): ReactNode {
  const [tick, setTick] = useState(0);
  const [said, setSaid] = useState('');
  // what the delegate sent lives in the editor's document once a change is accepted (so undo
  // covers it); until then it is the one the proposal held
  const reviewRef = useRef(initial);
  reviewRef.current = initial;
  // the editor mounts after the panel: wait for it
  const [ed, setEd] = useState<Editor | null>(() => editor());
  useEffect(() => {
    if (ed) return;
    let frame = 0;
    const look = (): void => {
      const found = editor();
      if (found) setEd(found);
      else frame = requestAnimationFrame(look);
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [ed, editor]);
  useEffect(() => {
    if (!ed) return;
    const bump = (): void => setTick((t) => t + 1);
    ed.on('transaction', bump);
    const hide = showColleagueMarks(ed, (st) => ({ ...reviewRef.current, before: beforeIn(st) ?? reviewRef.current.before }));
    const stopFolding = foldOwnEdits(ed, () => reviewRef.current.before);
    return () => {
      ed.off('transaction', bump);
      hide();
      stopFolding();
    };
  }, [ed]);
  const state = useMemo(() => {
    if (!ed) return null;
    const draft: Resolution = toModel(ed.state.doc);
    const review: ColleagueReview = { ...initial, before: beforeIn(ed.state) ?? initial.before };
    const changes = colleagueChangeSet(review, draft);
    const whose = colleagueChanges(review, changes);
    // the engine's descriptions, on its units with a footnote and its reference taken together
    const described = new Map(reviewItems(changes).map((item) => [item.unit.first, item]));
    const items: Listed[] = whose.flatMap((w) => {
      const item = described.get(w.unit.first);
      return item ? [{ ...item, unit: w.unit, by: authorNames(w.authors) }] : [];
    });
    return { draft, changes, items, review };
    // tick: the editor's document (or what it holds as sent) changed
  }, [ed, initial, tick]);
  const items = state?.items ?? [];

  // the proposal follows: `before` moved on (an accept, or its undo), or nothing left (the field goes)
  const reported = useRef<ColleagueReview | undefined>(initial);
  useEffect(() => {
    if (!state) return;
    const next = items.length === 0 ? undefined : withReviewBefore({ draft: state.draft, review: state.review }, state.review.before).review;
    const last = reported.current;
    if (next === undefined ? last === undefined : last !== undefined && last.before === next.before) return;
    reported.current = next;
    onReview(next);
  }, [state, items.length, onReview]);

  const accept = (list: Listed[]): void => {
    if (!ed || !state || list.length === 0) return;
    const before = acceptIntoBefore(state.review.before, state.draft, state.changes, list.map((i) => i.unit));
    setSaid(`Accepted ${list.length === 1 ? `${list[0].where}: ${list[0].what} by ${list[0].by}` : `${list.length} changes`}.`);
    ed.view.dispatch(setBefore(ed.state, before, true));
  };
  const reject = (list: Listed[]): void => {
    if (!ed || !state || list.length === 0) return;
    const tr = rejectChanges(ed.state, state.changes, list.map((i) => i.unit));
    setSaid(`Rejected ${list.length === 1 ? `${list[0].where}: ${list[0].what} by ${list[0].by}` : `${list.length} changes`}.`);
    if (tr) ed.view.dispatch(closeHistory(reviewStep(tr)));
  };
  const show = (item: Listed): void => {
    if (!ed || !state) return;
    const row = state.changes.rows[item.unit.first];
    if (row.draft) focusDraftLine(ed, row.draft.line);
    else goToChange(ed, state.changes, 1);
  };

  const names = authorNames(initial.authors);
  return (
    <section className="review-panel colleague-review" aria-label={`Changes by ${names}`} data-testid="colleague-review">
      <div className="review-head">
        <h3>
          Changes by <span className="review-by">{names}</span>
        </h3>
        <span role="status" aria-live="polite" data-testid="colleague-review-status">
          {said} {items.length === 0 ? 'Nothing left to review.' : `${items.length} ${items.length === 1 ? 'change' : 'changes'} awaiting your review.`}
        </span>
        <button type="button" className="btn" disabled={!items.length} onClick={() => accept(items)}>
          <Check aria-hidden size={16} /> Accept all
        </button>
        <button type="button" className="btn" disabled={!items.length} onClick={() => reject(items)}>
          <X aria-hidden size={16} /> Reject all
        </button>
        {items.length === 0 && (
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <p className="hint">
        {initial.source ? `From ${initial.source}. ` : ''}Accept takes the change into your draft; Reject gives the line back as you sent it; Ctrl+Z in the editor undoes either. Your own marks against the adopted text are unchanged; what you edit yourself in lines the colleague left alone is yours, not theirs.
      </p>
      <ul className="review-list" aria-label={`Changes by ${names} awaiting review`}>
        {items.map((i) => (
          <li key={i.key} data-where={i.where} data-testid="colleague-change">
            <button type="button" className="btn btn-link" onClick={() => show(i)} aria-label={`Go to ${placeOf(i)}: ${i.what} by ${i.by}`}>
              {placeOf(i)}: {i.what} <span className="review-by">by {i.by}</span>
            </button>
            <span className="review-excerpt">{i.excerpt}</span>
            <button type="button" className="btn" aria-label={`Accept ${i.where}: ${i.what} by ${i.by}`} onClick={() => accept([i])}>
              <Check aria-hidden size={16} /> Accept
            </button>
            <button type="button" className="btn" aria-label={`Reject ${i.where}: ${i.what} by ${i.by}`} onClick={() => reject([i])}>
              <X aria-hidden size={16} /> Reject
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
