import { z } from 'zod';
import { DraftSchema } from './draftSchema';

/**
 * A colleague's changes awaiting the delegate's review, stored on the proposal (optional, so
 * older files open as they are). `before` is the draft as the delegate sent it; the proposal's
 * `draft` holds the colleague's changes; what differs between them (the engine's
 * `compare(before, draft)`) is what is left to review. The field is dropped once they are equal.
 */
export const ColleagueReviewSchema = z.object({
  /** The draft as the delegate sent it (own revisions accepted, the colleagues' rejected). */
  before: DraftSchema,
  /** Who made the changes, in order of first appearance (at least one). */
  authors: z.array(z.string().min(1)).min(1),
  /** The Word document the changes came from (its file name), when known. */
  source: z.string().optional(),
  /** ISO 8601 time the changes were imported. */
  date: z.iso.datetime({ offset: true }).optional(),
  /**
   * With several colleagues: each one's draft (`before` with only their changes), which tells
   * whose a change is. Absent with one colleague: every change is theirs.
   */
  byAuthor: z.array(z.object({ author: z.string().min(1), draft: DraftSchema })).optional(),
  /**
   * The reasons as the delegate sent them, when a colleague changed them (the proposal's
   * `reasons` then holds the colleague's); absent when they did not, or once that is reviewed.
   */
  reasonsBefore: z.string().optional(),
});

/** A colleague's changes awaiting review (see {@link ColleagueReviewSchema}). */
export type ColleagueReview = z.infer<typeof ColleagueReviewSchema>;
