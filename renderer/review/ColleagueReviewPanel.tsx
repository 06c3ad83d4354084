import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { Check, X } from 'lucide-react';
import { acceptIntoBefore, authorNames, colleagueChanges, colleagueChangeSet, withReviewBefore } from '../../shared/contribution/colleagueReview';
import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import type { Resolution } from '../../shared/model/resolution';
import { toModel } from '../editor/toModel';
import { beforeIn, foldOwnEdits } from './colleagueBefore';
import { showColleagueMarks } from './colleagueMarks';
import { GROUP_NAMES, reviewItems, type ReviewItem } from './reviewItems';
import { keyHint } from '../../shared/commands/commandTable';
import '../styles/colleague.css';

interface Props {
  editor: Editor;
  /** The review as the proposal held it when the editor opened (authors, source, `before`). */
  review: ColleagueReview;
  /** The review brought up to date (`before` moved on), or `undefined` when nothing is left. */
  onReview(review: ColleagueReview | undefined): void;
  /** The colleague's change of the reasons reviewed: `null` when taken, else the reasons as sent, to put back. */
  onReasons(sent: string | null): void;
  /** Close the panel (offered once nothing is left to review). */
  onClose(): void;
}

/** Where a change is: `considering a)`, or the line's kind for head lines, calls and footnotes. */
function placeOf(i: ReviewItem): string {
  return (Object.values(GROUP_NAMES) as string[]).includes(i.group) ? i.where : `${i.group} ${i.where}`;
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
export function ColleagueReviewPanel({ editor: ed, review: initial, onReview, onReasons, onClose }: Props): ReactNode {
  const [tick, setTick] = useState(0);
  const [said, setSaid] = useState('');
  // the reasons as the delegate sent them, while the colleague's change of them awaits review
  const [reasonsBefore, setReasonsBefore] = useState(initial.reasonsBefore);
  // what the delegate sent lives in the editor's document once a change is accepted (so undo
  // covers it); until then it is the one the proposal held
  const reviewRef = useRef(initial);
  reviewRef.current = initial;
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
  const reasonsPending = reasonsBefore !== undefined;
  const left = items.length + (reasonsPending ? 1 : 0);

  // the proposal follows: `before` moved on (an accept, or its undo), the reasons reviewed, or
  // nothing left (the field goes)
  const reported = useRef<ColleagueReview | undefined>(initial);
  useEffect(() => {
    if (!state) return;
    const review: ColleagueReview = { ...state.review };
    delete review.reasonsBefore;
    if (reasonsBefore !== undefined) review.reasonsBefore = reasonsBefore;
    const next = left === 0 ? undefined : withReviewBefore({ draft: state.draft, review }, review.before).review;
    const last = reported.current;
    if (next === undefined ? last === undefined : last !== undefined && last.before === next.before && last.reasonsBefore === next.reasonsBefore) return;
    reported.current = next;
    onReview(next);
  }, [state, left, reasonsBefore, onReview]);

  const reasonsBy = authorNames(initial.authors);
  /** What was reviewed, for the announcement: the one change, or how many. */
  const told = (list: Listed[], reasons: boolean): string => {
    const n = list.length + (reasons ? 1 : 0);
    if (n !== 1) return `${n} changes`;
    return list.length ? `${list[0].where}: ${list[0].what} by ${list[0].by}` : `the reasons by ${reasonsBy}`;
  };
  const reviewReasons = (accept: boolean): void => {
    if (reasonsBefore === undefined) return;
    onReasons(accept ? null : reasonsBefore);
    setReasonsBefore(undefined);
  };
  const accept = (list: Listed[], reasons = false): void => {
    if (!ed || !state || list.length + (reasons ? 1 : 0) === 0) return;
    setSaid(`Accepted ${told(list, reasons)}.`);
    if (reasons) reviewReasons(true);
    if (list.length) ed.commands.acceptColleagueChanges(acceptIntoBefore(state.review.before, state.draft, state.changes, list.map((i) => i.unit)));
  };
  const reject = (list: Listed[], reasons = false): void => {
    if (!ed || !state || list.length + (reasons ? 1 : 0) === 0) return;
    setSaid(`Rejected ${told(list, reasons)}.`);
    if (reasons) reviewReasons(false);
    if (list.length)
      ed.commands.rejectColleagueChanges(
        state.changes,
        list.map((i) => i.unit),
      );
  };
  const show = (item: Listed): void => {
    if (!ed || !state) return;
    const row = state.changes.rows[item.unit.first];
    if (row.draft) ed.chain().focus().goToLine(row.draft.line).run();
    else ed.chain().focus().goToChange(1).run();
  };

  const names = authorNames(initial.authors);
  return (
    <section className="review-panel colleague-review" aria-label={`Changes by ${names}`} data-testid="colleague-review">
      <div className="review-head">
        <h3>
          Changes by <span className="review-by">{names}</span>
        </h3>
        <span role="status" aria-live="polite" data-testid="colleague-review-status">
          {said} {left === 0 ? 'Nothing left to review.' : `${left} ${left === 1 ? 'change' : 'changes'} awaiting your review.`}
        </span>
        <button type="button" className="btn" disabled={!left} onClick={() => accept(items, reasonsPending)}>
          <Check aria-hidden size={16} /> Accept all
        </button>
        <button type="button" className="btn" disabled={!left} onClick={() => reject(items, reasonsPending)}>
          <X aria-hidden size={16} /> Reject all
        </button>
        {left === 0 && (
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <p className="hint">
        {initial.source ? `From ${initial.source}. ` : ''}Accept takes the change into your draft; Reject gives the line (or the reasons) back as you sent it; {keyHint('undo')} in the editor undoes either in the text. Your own marks against the adopted text are unchanged; what you edit yourself in lines the colleague left alone is yours, not theirs.
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
        {reasonsPending && (
          <li data-testid="colleague-reasons">
            <span>
              Reasons: changed <span className="review-by">by {reasonsBy}</span>
            </span>
            <span className="review-excerpt">You sent: “{reasonsBefore}”</span>
            <button type="button" className="btn" aria-label={`Accept the reasons by ${reasonsBy}`} onClick={() => accept([], true)}>
              <Check aria-hidden size={16} /> Accept
            </button>
            <button type="button" className="btn" aria-label={`Reject the reasons by ${reasonsBy}`} onClick={() => reject([], true)}>
              <X aria-hidden size={16} /> Reject
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
