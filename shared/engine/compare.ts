import { isDraftNewNumberLine } from '../grammar/numberLine';
import type { Resolution } from '../model/resolution';
import { alignLines, type AlignStep } from './align';
import type { ChangeRow, ChangeSet } from './changeSet';
import { changeSetOf } from './changeSetOf';
import { flatten, type FlatLine } from './flatten';
import { inDraftNumbering, withBaselineRefs, type FootnoteIdentity } from './footnoteIdentity';
import { markMoves } from './moves';
import { deletedRow, insertedRow, labelSpansOf, sideOf } from './rows';
import { joinSplitsAndMerges } from './splitMerge';
import { diffWords } from './wordDiff';

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
  const identity = identityOf(noteSteps);
  // Baseline lines in the draft's footnote numbering: a renumbered reference is not a change.
  const original = new Map<FlatLine, FlatLine>();
  const numbered = (l: FlatLine): FlatLine => {
    const text = inDraftNumbering(l.text, identity);
    if (text === l.text) return l;
    const copy = { ...l, text };
    original.set(copy, l);
    return copy;
  };
  const steps: AlignStep[] = [
    ...fa.head.map((a, i): AlignStep => ({ type: 'pair', a: numbered(a), b: fb.head[i] })),
    ...alignLines(fa.body.map(numbered), fb.body, options.moved),
    ...noteSteps.map((s): AlignStep => (s.type === 'insert' ? s : s.type === 'delete' ? { type: 'delete', a: numbered(s.a) } : { type: 'pair', a: numbered(s.a), b: s.b })),
  ];
  const toRow = (step: AlignStep): ChangeRow => stepToRow(step, (l) => original.get(l) ?? l);
  const rows = joinSplitsAndMerges(steps, toRow, (l) => original.get(l) ?? l);
  markMoves(rows, (r) => inDraftNumbering(r.base!.text, identity));
  return changeSetOf(rows, { draftNumberLine: draft.numberLine });
}

/** Whether a draft's number line says it is a new resolution (`DRAFT NEW RESOLUTION [...]`). */
export function isDraftNewResolution(res: Resolution): boolean {
  return isDraftNewNumberLine(res.numberLine);
}

function identityOf(noteSteps: AlignStep[]): FootnoteIdentity {
  const baseToDraft = new Map<number, number>();
  for (const s of noteSteps) if (s.type === 'pair') baseToDraft.set(footnoteNumber(s.a), footnoteNumber(s.b));
  return { baseToDraft };
}

function footnoteNumber(l: FlatLine): number {
  return Number(l.label!.slice(2, -1));
}

function allLines(res: Resolution): FlatLine[] {
  const f = flatten(res);
  return [...f.head, ...f.body, ...f.footnotes];
}

function stepToRow(step: AlignStep, originalOf: (l: FlatLine) => FlatLine): ChangeRow {
  if (step.type === 'insert') return insertedRow(step.b);
  if (step.type === 'delete') return deletedRow(originalOf(step.a));
  const { a, b } = step;
  const base = originalOf(a);
  const labelSpans = labelSpansOf(b.kind, base.label, b.label);
  const relabelled = labelSpans.some((s) => s.op !== 'equal');
  const same = a.text === b.text && !relabelled && a.kind === b.kind;
  return {
    kind: b.kind,
    status: same ? 'unchanged' : 'modified',
    base: sideOf(base),
    draft: sideOf(b),
    relabelled,
    labelSpans,
    spans: withBaselineRefs(diffWords(a.text, b.text), base.text),
  };
}
