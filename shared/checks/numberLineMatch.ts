import { compare } from '../engine/compare';
import { resolutionNumberOf } from '../grammar/numberLine';
import type { Resolution } from '../model/resolution';

/** A draft keeping at least this share of the baseline's lines revises it (a renumbering, when its number is free). */
const KEPT_SHARE = 0.5;

/** What tells a renumbering from a draft of another resolution. */
export interface RenumberingContext {
  /** The baseline's text. */
  baseline: Resolution | null;
  /** Whether the edition holds a resolution of that number (absent: none known). */
  held?: (number: string) => boolean;
}

/** Whether a draft keeps most of a baseline's lines (changed or not), i.e. is a revision of it. */
function revises(baseline: Resolution, draft: Resolution): boolean {
  const rows = compare(baseline, draft).rows.filter((r) => r.base !== undefined);
  return rows.filter((r) => r.status !== 'deleted').length >= KEPT_SHARE * rows.length;
}

/** A draft whose number line names another resolution than the one it is compared with. */
export interface NumberLineMismatch {
  /** The resolution number the baseline is (`45`). */
  baseline: string;
  /** The resolution number the draft's number line names (`34`). */
  draft: string;
}

/**
 * Whether a draft revises the resolution it is compared with: when the draft's number line names a
 * resolution (`RESOLUTION 34 (Rev. …)`) and the baseline is another one, the comparison would mark
 * all of one resolution as replacing the other. `baselineNumber` is the baseline's number (from its
 * own number line, or the proposal's baseline reference). A draft new resolution, an empty side
 * or a number line without a number is no mismatch; nor is a renumbering (with `context`): the
 * baseline's text, mostly kept, under a number no resolution of the edition has.
 */
export function numberLineMismatch(baselineNumber: string | undefined, draft: Resolution | null, context?: RenumberingContext): NumberLineMismatch | null {
  if (baselineNumber === undefined || draft === null) return null;
  const named = resolutionNumberOf(draft.numberLine);
  if (named === undefined || named === baselineNumber) return null;
  if (context?.baseline && !(context.held?.(named) ?? false) && revises(context.baseline, draft)) return null;
  return { baseline: baselineNumber, draft: named };
}

/** The number a resolution's own number line names, for {@link numberLineMismatch}. */
export function numberOf(res: Resolution | null): string | undefined {
  return res === null ? undefined : resolutionNumberOf(res.numberLine);
}
