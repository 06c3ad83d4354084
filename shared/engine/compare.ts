import { isDraftNewNumberLine } from '../grammar/numberLine';
import type { Resolution } from '../model/resolution';
import { alignLines, type AlignStep } from './align';
import type { ChangeSet } from './changeSet';
import { changeSetOf } from './changeSetOf';
import { flatten, type FlatLine } from './flatten';
import { baselineNumbering } from './baselineNumbering';
import { inDraftNumbering } from './footnoteIdentity';
import { markMoves } from './moves';
import { deletedRow, insertedRow, stepToRow } from './rows';
import { joinSplitsAndMerges } from './splitMerge';

/** Options for {@link compare}. */
export interface CompareOptions {
  /** The proposal suppresses the whole resolution (SUP): every baseline line is deleted. */
  suppressed?: boolean;
  /**
   * Draft lines (0-based lines of the text layout) the delegate moved, the latest last, as the
   * editor saw it: a hint for a tie only (see `MovedLines` in align.ts): when an item moved over its
   * neighbour, it is the one marked as moved, not the neighbour. The engine still decides.
   */
  moved?: readonly number[];
}

/**
 * Compare a draft with its baseline and produce the one change model: footnote bodies aligned
 * first (so a reference is compared by the footnote it stands for, not its number), then head
 * lines, calls, paragraphs and items aligned by identity and word similarity, words second
 * (whole-word diff inside each aligned pair), splits and merges joined, relabels and moves marked
 * (the fewest items moved), and the proposal symbol derived. `baseline` null means a draft new
 * resolution (ADD: every line inserted); `draft` null, or `options.suppressed`, a suppressed
 * resolution (SUP: every line deleted). A draft whose number line reads `DRAFT NEW RESOLUTION`
 * is ADD whatever it is compared with.
 */
export function compare(baseline: Resolution | null, draft: Resolution | null, options: CompareOptions = {}): ChangeSet {
  if (baseline === null) {
    if (draft === null) throw new Error('compare needs a baseline or a draft');
    return changeSetOf(allLines(draft).map((b) => insertedRow(b)), { noBaseline: true });
  }
  if (draft === null || options.suppressed) return changeSetOf(allLines(baseline).map((a) => deletedRow(a)), { suppressed: true });
  const fa = flatten(baseline);
  const fb = flatten(draft);
  const noteSteps = alignLines(fa.footnotes, fb.footnotes);
  const { numbered, originalOf, identity } = baselineNumbering(noteSteps);
  const steps: AlignStep[] = [
    ...fa.head.map((a, i): AlignStep => ({ type: 'pair', a: numbered(a), b: fb.head[i] })),
    ...alignLines(fa.body.map(numbered), fb.body, options.moved),
    ...noteSteps.map((s) => numberedStep(s, numbered)),
  ];
  const rows = joinSplitsAndMerges(steps, (step) => stepToRow(step, originalOf), originalOf);
  markMoves(rows, (r) => inDraftNumbering(r.base!.text, identity));
  return changeSetOf(rows, { draftNumberLine: draft.numberLine });
}

/** A step of the aligned footnote bodies with its baseline side in the draft's numbering. */
export function numberedStep(s: AlignStep, numbered: (l: FlatLine) => FlatLine): AlignStep {
  return s.type === 'insert' ? s : s.type === 'delete' ? { type: 'delete', a: numbered(s.a) } : { type: 'pair', a: numbered(s.a), b: s.b };
}

/** Whether a draft's number line says it is a new resolution (`DRAFT NEW RESOLUTION [...]`). */
export function isDraftNewResolution(res: Resolution): boolean {
  return isDraftNewNumberLine(res.numberLine);
}

function allLines(res: Resolution): FlatLine[] {
  const f = flatten(res);
  return [...f.head, ...f.body, ...f.footnotes];
}
