import type { AlignStep } from './align';
import type { ChangeRow, TextSpan } from './changeSet';
import { withBaselineRefs } from './footnoteIdentity';
import { labelSpansOf, sideOf } from './rows';
import type { FlatLine } from './flatten';
import { baseTextOf, draftTextOf } from './spanText';
import { countWords } from './tokenize';
import { diffWords } from './wordDiff';

/** Where a line break stands inside a joined text while it is diffed (the parser forbids U+0000 in texts). */
const BREAK = '\u0000';
/** A split or merge is shown as one only when it marks at most this share of the words the separate rows would. */
const JOIN_GAIN = 0.7;

type Convert = (step: AlignStep) => ChangeRow;
/** The baseline line as written, for a line the aligner saw in the draft's footnote numbering. */
type Original = (a: FlatLine) => FlatLine;

const isBody = (l: FlatLine): boolean => l.kind === 'item' || l.kind === 'paragraph';

/**
 * Whether a step is a moved line, as {@link joinSplitsAndMerges} asks it of the steps of a whole
 * resolution: a deleted line whose exact text is also inserted, or the other way round. Such a
 * line is never part of a split or merge.
 */
export function movedIn(steps: readonly AlignStep[]): (step: AlignStep) => boolean {
  const baseTexts = new Set<string>();
  const draftTexts = new Set<string>();
  for (const s of steps) {
    if (s.type === 'delete') baseTexts.add(s.a.text);
    if (s.type === 'insert') draftTexts.add(s.b.text);
  }
  return (s) => (s.type === 'delete' && draftTexts.has(s.a.text)) || (s.type === 'insert' && baseTexts.has(s.b.text));
}

/**
 * Rows for aligned steps, with items split in two or two items merged shown as a reader sees them:
 * one line's words diffed against the two lines joined (a whole-text word diff), the line break
 * itself marked inserted (split) or deleted (merge) with the second line's label, instead of most
 * of the words struck on one line and typed again on the other. Used only where it marks clearly
 * fewer words than the plain rows. `moved` tells a moved line (by default, among `steps`: see
 * {@link movedIn}); the windows never cross a line that is not an item or a paragraph, so the
 * steps between two calls can be joined on their own, with the whole resolution's `moved`.
 */
export function joinSplitsAndMerges(steps: AlignStep[], convert: Convert, originalOf: Original, moved: (step: AlignStep) => boolean = movedIn(steps)): ChangeRow[] {
  const rows: ChangeRow[] = [];
  let i = 0;
  while (i < steps.length) {
    const free = (size: number): boolean => !steps.slice(i, i + size).some(moved);
    const joined = (free(3) ? tryWindow(steps, i, 3, convert, originalOf) : undefined) ?? (free(2) ? tryWindow(steps, i, 2, convert, originalOf) : undefined);
    if (joined) {
      rows.push(...joined.rows);
      i += joined.used;
    } else rows.push(convert(steps[i++]));
  }
  return rows;
}

function tryWindow(steps: AlignStep[], i: number, size: number, convert: Convert, originalOf: Original): { rows: ChangeRow[]; used: number } | undefined {
  if (i + size > steps.length) return undefined;
  const window = steps.slice(i, i + size);
  const as: FlatLine[] = [];
  const bs: FlatLine[] = [];
  for (const s of window) {
    if (s.type !== 'insert') as.push(s.a);
    if (s.type !== 'delete') bs.push(s.b);
  }
  if (![...as, ...bs].every(isBody)) return undefined;
  let rows: ChangeRow[] | undefined;
  if (as.length === 1 && bs.length === 2 && bs[1].line === bs[0].line + 1 && as[0].kind === bs[0].kind) rows = splitRows(as[0], bs[0], bs[1], originalOf);
  else if (as.length === 2 && bs.length === 1 && as[1].line === as[0].line + 1 && as[0].kind === bs[0].kind) rows = mergeRows(as[0], as[1], bs[0], originalOf);
  if (!rows) return undefined;
  const plain = window.map(convert);
  if (markedWords(rows) > JOIN_GAIN * markedWords(plain)) return undefined;
  return { rows, used: size };
}

function markedWords(rows: ChangeRow[]): number {
  let n = 0;
  for (const r of rows) for (const s of r.spans) if (s.op !== 'equal') n += countWords(s.text);
  return n;
}

/** Spans cut at the line break: those before it and those after it (the break itself dropped). */
function cutAtBreak(spans: TextSpan[]): [TextSpan[], TextSpan[]] | undefined {
  const at = spans.findIndex((s) => s.text.includes(BREAK));
  if (at < 0 || spans[at].op === 'equal') return undefined;
  const s = spans[at];
  const k = s.text.indexOf(BREAK);
  const head = s.text.slice(0, k);
  const tail = s.text.slice(k + 1);
  const first = spans.slice(0, at);
  const second = spans.slice(at + 1);
  if (head) first.push({ op: s.op, text: head });
  if (tail) second.unshift({ op: s.op, text: tail });
  return [first, second];
}

function splitRows(a: FlatLine, b1: FlatLine, b2: FlatLine, originalOf: Original): ChangeRow[] | undefined {
  const spans = withBaselineRefs(diffWords(a.text, `${b1.text}${BREAK}${b2.text}`), originalOf(a).text);
  const cut = cutAtBreak(spans);
  if (!cut) return undefined;
  const [s1, s2] = cut;
  const base = sideOf(originalOf(a));
  const head = labelSpansOf(b1.kind, a.label, b1.label);
  return [
    {
      kind: b1.kind,
      status: 'modified',
      base: { ...base, text: baseTextOf(s1) },
      draft: sideOf(b1),
      relabelled: head.some((s) => s.op !== 'equal'),
      labelSpans: head,
      spans: s1,
      lineEnd: 'inserted',
    },
    {
      kind: b2.kind,
      status: 'modified',
      base: { text: baseTextOf(s2), depth: base.depth, line: base.line, offset: baseTextOf(s1).length },
      draft: sideOf(b2),
      relabelled: b2.label !== undefined,
      labelSpans: b2.label === undefined ? [] : [{ op: 'insert', text: b2.label }],
      spans: s2,
    },
  ];
}

function mergeRows(a1: FlatLine, a2: FlatLine, b: FlatLine, originalOf: Original): ChangeRow[] | undefined {
  const spans = withBaselineRefs(diffWords(`${a1.text}${BREAK}${a2.text}`, b.text), `${originalOf(a1).text}${BREAK}${originalOf(a2).text}`);
  const cut = cutAtBreak(spans);
  if (!cut) return undefined;
  const [s1, s2] = cut;
  const draft = sideOf(b);
  const head = labelSpansOf(b.kind, a1.label, b.label);
  return [
    {
      kind: a1.kind,
      status: 'modified',
      base: sideOf(originalOf(a1)),
      draft: { ...draft, text: draftTextOf(s1) },
      relabelled: head.some((s) => s.op !== 'equal'),
      labelSpans: head,
      spans: s1,
      lineEnd: 'deleted',
    },
    {
      kind: a2.kind,
      status: 'modified',
      base: sideOf(originalOf(a2)),
      draft: { text: draftTextOf(s2), depth: draft.depth, line: draft.line, offset: draftTextOf(s1).length },
      relabelled: a2.label !== undefined,
      labelSpans: a2.label === undefined ? [] : [{ op: 'delete', text: a2.label }],
      spans: s2,
    },
  ];
}
