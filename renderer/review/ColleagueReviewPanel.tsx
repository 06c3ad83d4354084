import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { Check, X } from 'lucide-react';
import { acceptIntoBefore, colleagueChanges, colleagueChangeSet, withReviewBefore } from '../../shared/contribution/colleagueReview';
import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import type { Resolution } from '../../shared/model/resolution';
import { toModel } from '../editor/toModel';
import { beforeIn, foldOwnEdits } from './colleagueBefore';
import { showColleagueMarks } from './colleagueMarks';
import { GROUP_NAMES, reviewItems, type ReviewItem } from './reviewItems';
import { keyHint } from '../../shared/commands/commandTable';
import '../styles/colleague.css';
import { listOfNames, t } from '../app/uiLanguage';

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
      return item ? [{ ...item, unit: w.unit, by: listOfNames(w.authors) }] : [];
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

  const reasonsBy = listOfNames(initial.authors);
  /** What was reviewed, for the announcement: the one change, or how many. */
  const told = (accepted: boolean, list: Listed[], reasons: boolean): string => {
    const count = list.length + (reasons ? 1 : 0);
    const one = count === 1 && list.length ? { where: list[0].where, what: list[0].what, by: list[0].by } : null;
    if (accepted) return count !== 1 ? t('colleague.acceptedMany', { count }) : one ? t('colleague.acceptedOne', one) : t('colleague.acceptedReasons', { by: reasonsBy });
    return count !== 1 ? t('colleague.rejectedMany', { count }) : one ? t('colleague.rejectedOne', one) : t('colleague.rejectedReasons', { by: reasonsBy });
  };
  const reviewReasons = (accept: boolean): void => {
    if (reasonsBefore === undefined) return;
    onReasons(accept ? null : reasonsBefore);
    setReasonsBefore(undefined);
  };
  const accept = (list: Listed[], reasons = false): void => {
    if (!ed || !state || list.length + (reasons ? 1 : 0) === 0) return;
    setSaid(told(true, list, reasons));
    if (reasons) reviewReasons(true);
    if (list.length) ed.commands.acceptColleagueChanges(acceptIntoBefore(state.review.before, state.draft, state.changes, list.map((i) => i.unit)));
  };
  const reject = (list: Listed[], reasons = false): void => {
    if (!ed || !state || list.length + (reasons ? 1 : 0) === 0) return;
    setSaid(told(false, list, reasons));
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

  const names = listOfNames(initial.authors);
  return (
    <section className="review-panel colleague-review" aria-label={t('colleague.region', { names })} data-testid="colleague-review">
      <div className="review-head">
        <h3>{t('colleague.region', { names })}</h3>
        <span role="status" aria-live="polite" data-testid="colleague-review-status">
          {said} {t('colleague.status', { count: left })}
        </span>
        <button type="button" className="btn" disabled={!left} onClick={() => accept(items, reasonsPending)}>
          <Check aria-hidden size={16} /> {t('review.acceptAll')}
        </button>
        <button type="button" className="btn" disabled={!left} onClick={() => reject(items, reasonsPending)}>
          <X aria-hidden size={16} /> {t('review.rejectAll')}
        </button>
        {left === 0 && (
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
      <p className="hint">
        {initial.source ? t('colleague.hintFrom', { source: initial.source, undo: keyHint('undo') ?? '' }) : t('colleague.hint', { undo: keyHint('undo') ?? '' })}
      </p>
      <ul className="review-list" aria-label={t('sidebar.reviewBy', { names })}>
        {items.map((i) => (
          <li key={i.key} data-where={i.where} data-testid="colleague-change">
            <button type="button" className="btn btn-link" onClick={() => show(i)} aria-label={t('colleague.goTo', { where: placeOf(i), what: i.what, by: i.by })}>
              {t('colleague.item', { where: placeOf(i), what: i.what, by: i.by })}
            </button>
            <span className="review-excerpt">{i.excerpt}</span>
            <button type="button" className="btn" aria-label={t('colleague.acceptOne', { where: i.where, what: i.what, by: i.by })} onClick={() => accept([i])}>
              <Check aria-hidden size={16} /> {t('review.accept')}
            </button>
            <button type="button" className="btn" aria-label={t('colleague.rejectOne', { where: i.where, what: i.what, by: i.by })} onClick={() => reject([i])}>
              <X aria-hidden size={16} /> {t('review.reject')}
            </button>
          </li>
        ))}
        {reasonsPending && (
          <li data-testid="colleague-reasons">
            <span>
              {t('colleague.reasonsChanged', { by: reasonsBy })}
            </span>
            <span className="review-excerpt">{t('colleague.youSent', { text: reasonsBefore ?? '' })}</span>
            <button type="button" className="btn" aria-label={t('colleague.acceptReasons', { by: reasonsBy })} onClick={() => accept([], true)}>
              <Check aria-hidden size={16} /> {t('review.accept')}
            </button>
            <button type="button" className="btn" aria-label={t('colleague.rejectReasons', { by: reasonsBy })} onClick={() => reject([], true)}>
              <X aria-hidden size={16} /> {t('review.reject')}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
