import { numberLineMismatch, numberOf } from '../../shared/checks/numberLineMatch';
import { UsageError } from './command';
import type { Operand, OptionalOperand } from './operand';

/**
 * Refuses comparing a draft with the wrong baseline: the draft's number line names another
 * resolution than the baseline's (`draft-of-34.txt` against Resolution 45 would mark all of 34 as
 * replacing 45); a renumbering (the baseline's text under a number `held` says is free) is not.
 * The message names both operands as the user gave them.
 */
export function refuseMismatch(baseline: Operand | OptionalOperand, draft: Operand | OptionalOperand, held?: (number: string) => boolean): void {
  const mismatch = numberLineMismatch(numberOf(baseline.resolution), draft.resolution, { baseline: baseline.resolution, held });
  if (!mismatch) return;
  const line = draft.resolution!.numberLine;
  if (baseline.name === `Resolution ${mismatch.baseline}`) {
    throw new UsageError(`${draft.name}: its number line names Resolution ${mismatch.draft} (“${line}”), but it is compared with Resolution ${mismatch.baseline}; compare it with Resolution ${mismatch.draft}, or correct its number line`);
  }
  throw new UsageError(`${draft.name}: its number line names Resolution ${mismatch.draft} (“${line}”), but it is compared with ${baseline.name}, which is Resolution ${mismatch.baseline}; compare it with Resolution ${mismatch.draft}, or correct its number line`);
}
