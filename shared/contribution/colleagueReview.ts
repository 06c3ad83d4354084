import { changeUnits, type ChangeUnit } from '../engine/changeCount';
import type { ChangeRow, ChangeSet } from '../engine/changeSet';
import { compare } from '../engine/compare';
import { footnoteRef, footnoteRefsIn } from '../grammar/footnoteRef';
import type { Resolution } from '../model/resolution';
import type { ColleagueReview } from './colleagueReviewSchema';
import type { Proposal } from './schema';
import { resolutionFromRows } from './reviewLines';
import { english, words, type Message } from '../i18n/translate';

/** One of a colleague's changes awaiting review: the engine's change unit and whose it is. */
export interface ColleagueChange {
  unit: ChangeUnit;
  /** Who made it (one name, or several when their changes meet on the same line). */
  authors: string[];
}

/** The colleagues' changes still to review: the engine's `compare(before, draft)`. */
export function colleagueChangeSet(review: Pick<ColleagueReview, 'before'>, draft: Resolution): ChangeSet {
  return compare(review.before, draft);
}

function changedTexts(rows: readonly ChangeRow[]): Set<string> {
  const out = new Set<string>();
  for (const unit of reviewUnits(rows)) {
    for (const i of unit.rows) {
      const r = rows[i];
      out.add(`${r.kind}\u0000${r.base?.text ?? ''}\u0000${r.draft?.text ?? ''}`);
    }
  }
  return out;
}

/** The footnote numbers a row's inserted (`insert`) or deleted (`delete`) words reference. */
function refsOf(row: ChangeRow, op: 'insert' | 'delete'): string[] {
  const whole = op === 'insert' ? row.status === 'inserted' && row.draft?.text : row.status === 'deleted' && row.base?.text;
  const texts = whole ? [whole] : row.spans.filter((sp) => sp.op === op).map((sp) => sp.text);
  return texts.flatMap((t) => footnoteRefsIn(t).map(String));
}

/**
 * The engine's change units, with a footnote reference and the footnote it brings or takes away
 * as one change: a colleague who adds a footnote adds its reference and its text, and accepting
 * (or rejecting) one without the other would leave a reference without a footnote.
 */
export function reviewUnits(rows: readonly ChangeRow[]): ChangeUnit[] {
  const units = changeUnits([...rows]);
  const unitOfRow = new Map<number, ChangeUnit>();
  for (const u of units) for (const i of u.rows) unitOfRow.set(i, u);
  const merged = new Set<ChangeUnit>();
  for (const u of units) {
    if (merged.has(u)) continue;
    for (const i of [...u.rows]) {
      const row = rows[i];
      if (row.kind === 'footnote') continue;
      const linked = [
        ...refsOf(row, 'insert').map((k) => rows.findIndex((r) => r.kind === 'footnote' && r.status === 'inserted' && r.draft?.label === footnoteRef(Number(k)))),
        ...refsOf(row, 'delete').map((k) => rows.findIndex((r) => r.kind === 'footnote' && r.status === 'deleted' && r.base?.label === footnoteRef(Number(k)))),
      ];
      for (const f of linked) {
        const v = f >= 0 ? unitOfRow.get(f) : undefined;
        if (!v || v === u || merged.has(v)) continue;
        u.rows.push(...v.rows);
        merged.add(v);
      }
    }
  }
  return units.filter((u) => !merged.has(u));
}

/**
 * The colleagues' changes ({@link reviewUnits}), in reading order, each with its author. With one colleague every change
 * is theirs; with several, a change is someone's when their own draft (`byAuthor`) makes the same
 * change to the same line, else it is credited to every colleague.
 */
export function colleagueChanges(review: ColleagueReview, changes: ChangeSet): ColleagueChange[] {
  const units = reviewUnits(changes.rows);
  if (!review.byAuthor || review.authors.length < 2) return units.map((unit) => ({ unit, authors: [...review.authors] }));
  const own = review.byAuthor.map((a) => ({ author: a.author, texts: changedTexts(compare(review.before, a.draft).rows) }));
  return units.map((unit) => {
    const keys = unit.rows.map((i) => changes.rows[i]).map((r) => `${r.kind}\u0000${r.base?.text ?? ''}\u0000${r.draft?.text ?? ''}`);
    const by = own.filter((o) => keys.some((k) => o.texts.has(k))).map((o) => o.author);
    return { unit, authors: by.length ? by : [...review.authors] };
  });
}

/** `Jane Colleague`, `Jane Colleague and Ali Second`, `A, B and C`. */
export function authorNames(authors: readonly string[]): string {
  return authors.length < 2 ? (authors[0] ?? '') : `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

function rowSet(units: readonly ChangeUnit[]): Set<number> {
  return new Set(units.flatMap((u) => u.rows));
}

/** `before` with `units` of `compare(before, draft)` accepted: the delegate takes those changes. */
export function acceptIntoBefore(before: Resolution, draft: Resolution, changes: ChangeSet, units: readonly ChangeUnit[]): Resolution {
  const take = rowSet(units);
  return resolutionFromRows(before, draft, changes.rows, (i) => take.has(i));
}

/** `draft` with `units` of `compare(before, draft)` rejected: those lines as the delegate sent them. */
export function rejectFromDraft(before: Resolution, draft: Resolution, changes: ChangeSet, units: readonly ChangeUnit[]): Resolution {
  const back = rowSet(units);
  return resolutionFromRows(before, draft, changes.rows, (i) => !back.has(i));
}

/** Whether two drafts are the same resolution model. */
export function sameDraft(a: Resolution, b: Resolution): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The proposal with its review brought up to date: dropped when nothing is left to review (the
 * draft equals `before`, or the engine finds no change between them, and no change of the
 * reasons awaits), else `before` replaced.
 */
export function withReviewBefore<P extends Pick<Proposal, 'draft' | 'review'>>(p: P, before: Resolution): P {
  if (!p.review) return p;
  const nothingLeft = sameDraft(before, p.draft) || changeUnits(compare(before, p.draft).rows).length === 0;
  if (nothingLeft && p.review.reasonsBefore === undefined) return withoutReview(p);
  return { ...p, review: { ...p.review, before } };
}

/**
 * The colleague's change of the reasons reviewed: taken (`accept`, the reasons stay theirs) or
 * rejected (the reasons go back to what the delegate sent). The review ends when nothing else is left.
 */
export function reviewReasons<P extends Pick<Proposal, 'draft' | 'review' | 'reasons'>>(p: P, accept: boolean): P {
  const was = p.review?.reasonsBefore;
  if (!p.review || was === undefined) return p;
  const review = { ...p.review };
  delete review.reasonsBefore;
  return withReviewBefore({ ...p, review, reasons: accept ? p.reasons : was }, review.before);
}

function withoutReview<P extends Pick<Proposal, 'review'>>(p: P): P {
  const out = { ...p };
  delete out.review;
  return out;
}

/** `2 changes by Jane Colleague awaiting review` (a change of the reasons counts as one), or null when the proposal has none pending. */
export function pendingReviewLine(p: Pick<Proposal, 'draft' | 'review'>): string | null {
  const m = pendingReviewMessage(p);
  return m && english(m.id, m.values);
}

/** `pendingReviewLine` as a message of the catalogs, for each reader to put into their language. */
export function pendingReviewMessage(p: Pick<Proposal, 'draft' | 'review'>): Message | null {
  if (!p.review) return null;
  const count = reviewUnits(colleagueChangeSet(p.review, p.draft).rows).length + (p.review.reasonsBefore !== undefined ? 1 : 0);
  if (count === 0) return null;
  return words('check.reviewPendingLine', { count, names: authorNames(p.review.authors) });
}
