import { resolutionNumberOf } from '../grammar/numberLine';
import type { Resolution } from '../model/resolution';

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
 * or a number line without a number is no mismatch.
 */
export function numberLineMismatch(baselineNumber: string | undefined, draft: Resolution | null): NumberLineMismatch | null {
  if (baselineNumber === undefined || draft === null) return null;
  const named = resolutionNumberOf(draft.numberLine);
  if (named === undefined || named === baselineNumber) return null;
  return { baseline: baselineNumber, draft: named };
}

/** The number a resolution's own number line names, for {@link numberLineMismatch}. */
export function numberOf(res: Resolution | null): string | undefined {
  return res === null ? undefined : resolutionNumberOf(res.numberLine);
}
