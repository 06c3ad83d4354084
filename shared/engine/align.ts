import { diffArrays } from 'diff';
import type { FlatLine } from './flatten';
import { memoTable } from './memo';
import { similarity, wordBag, type WordBag } from './similarity';

/** One step of an alignment: a pair of lines, or a line only in the baseline or only in the draft. */
export type AlignStep =
  | { type: 'pair'; a: FlatLine; b: FlatLine }
  | { type: 'delete'; a: FlatLine }
  | { type: 'insert'; b: FlatLine };

/** Below this word similarity two lines are not the same line rewritten but different lines. */
const PAIR_THRESHOLD = 0.34;
/** A paragraph paired with an item scores this much less than two items. */
const KIND_CHANGE_PENALTY = 0.15;

function group(line: FlatLine): string {
  return line.kind === 'item' || line.kind === 'paragraph' ? 'body' : line.kind;
}

function key(line: FlatLine): string {
  return `${group(line)}\u0001${line.text}`;
}

/**
 * Draft lines (their `line` numbers) the delegate moved, as the editor knows them, the latest last.
 * When keeping either of two lines in place explains the draft equally well (an item moved over
 * its neighbour: the same draft whichever of the two moved), the aligner keeps the other one in
 * place, so these are the ones marked as moved; between two such hints that cannot both be kept,
 * the latest. Never used to make the alignment worse: only between equals.
 */
export type MovedLines = readonly number[];

/**
 * Where two sequences of lines are cut by their calls: the calls with the same phrase, paired
 * first (longest common subsequence of the phrases) and every pair kept, and the stretches of
 * lines between them (`stretches[k]` comes before `calls[k]`; one more stretch after the last
 * call). Without a call on either side the whole sequence is one stretch.
 */
export interface CallSkeleton {
  /** Kept call pairs: index in `as`, index in `bs`. */
  calls: [number, number][];
  /** Half-open ranges of `as` and `bs` between kept calls; `calls.length + 1` of them. */
  stretches: { aFrom: number; aTo: number; bFrom: number; bTo: number }[];
}

function callIndices(lines: readonly FlatLine[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].kind === 'call') out.push(i);
  return out;
}

/** The {@link CallSkeleton} of two sequences of lines. */
export function callSkeleton(as: readonly FlatLine[], bs: readonly FlatLine[]): CallSkeleton {
  const callsA = callIndices(as);
  const callsB = callIndices(bs);
  if (callsA.length === 0 || callsB.length === 0) return { calls: [], stretches: [{ aFrom: 0, aTo: as.length, bFrom: 0, bTo: bs.length }] };
  const calls: [number, number][] = [];
  const stretches: CallSkeleton['stretches'] = [];
  let ia = 0;
  let ib = 0;
  let ca = 0;
  let cb = 0;
  for (const c of diffArrays(callsA.map((i) => as[i].text), callsB.map((i) => bs[i].text))) {
    const n = c.count ?? c.value.length;
    if (c.removed) ca += n;
    else if (c.added) cb += n;
    else {
      for (let k = 0; k < n; k++) {
        const a = callsA[ca + k];
        const b = callsB[cb + k];
        stretches.push({ aFrom: ia, aTo: a, bFrom: ib, bTo: b });
        calls.push([a, b]);
        ia = a + 1;
        ib = b + 1;
      }
      ca += n;
      cb += n;
    }
  }
  stretches.push({ aFrom: ia, aTo: as.length, bFrom: ib, bTo: bs.length });
  return { calls, stretches };
}

/**
 * Align two sequences of lines, keeping order. Calls are the skeleton ({@link callSkeleton}), so
 * an item moved from one call into the next is the line that moved, never the call line between
 * them. Between two kept calls: first the longest run of identical lines (Myers over whole lines),
 * then, inside each stretch between identical lines, the pairing that maximises word similarity
 * (lines of one kind only, above a threshold). What is left is deleted or inserted. Moves are
 * found afterwards by the caller.
 */
export function alignLines(as: FlatLine[], bs: FlatLine[], moved?: MovedLines): AlignStep[] {
  const { calls, stretches } = callSkeleton(as, bs);
  const steps: AlignStep[] = [];
  stretches.forEach((s, k) => {
    steps.push(...alignStretch(as.slice(s.aFrom, s.aTo), bs.slice(s.bFrom, s.bTo), moved));
    if (k < calls.length) steps.push({ type: 'pair', a: as[calls[k][0]], b: bs[calls[k][1]] });
  });
  return steps;
}

/**
 * Align a stretch of lines between two kept calls (see {@link alignLines}). A pure function of
 * the lines' kinds and texts and of which of `bs` the hint names, in the hint's order: where the
 * stretch stands in the draft (its lines' numbers) does not change it.
 */
export function alignStretch(as: FlatLine[], bs: FlatLine[], moved?: MovedLines): AlignStep[] {
  const steps: AlignStep[] = [];
  let ia = 0;
  let ib = 0;
  let gapA: FlatLine[] = [];
  let gapB: FlatLine[] = [];
  const flush = (): void => {
    if (gapA.length || gapB.length) steps.push(...alignGap(gapA, gapB));
    gapA = [];
    gapB = [];
  };
  for (const c of keptOrMoved(as.map(key), bs, moved)) {
    const n = c.count;
    if (c.removed) {
      gapA.push(...as.slice(ia, ia + n));
      ia += n;
    } else if (c.added) {
      gapB.push(...bs.slice(ib, ib + n));
      ib += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) steps.push({ type: 'pair', a: as[ia + k], b: bs[ib + k] });
      ia += n;
      ib += n;
    }
  }
  flush();
  return steps;
}

/** One stretch of a whole-line diff: `count` lines kept, removed or added. */
interface LineRun {
  count: number;
  removed: boolean;
  added: boolean;
}

/** The last line diffs by baseline stretch, for {@link lineDiff}'s exact reuse. */
const lineDiffs = memoTable<string, { keysB: string[]; inA: Set<string>; runs: LineRun[] }>(64);

/**
 * Myers' diff (jsdiff) over whole lines, reused when it cannot differ: Myers only ever asks whether
 * a baseline line equals a draft line, so if the draft changed only in lines that equal no baseline
 * line, before and after (typing in a line already rewritten), every answer is the same and so is
 * the result. Otherwise the diff is run afresh.
 */
function lineDiff(keysA: string[], keysB: string[]): LineRun[] {
  const id = `${keysB.length}\u0002${keysA.join('\u0002')}`;
  const last = lineDiffs.get(id);
  if (last && keysB.every((k, j) => k === last.keysB[j] || (!last.inA.has(k) && !last.inA.has(last.keysB[j])))) {
    last.keysB = keysB;
    return last.runs;
  }
  const runs = diffArrays(keysA, keysB).map((c) => ({ count: c.count ?? c.value.length, removed: !!c.removed, added: !!c.added }));
  lineDiffs.set(id, { keysB, inA: new Set(keysA), runs });
  return runs;
}

function keptCount(runs: LineRun[]): number {
  return runs.reduce((n, r) => (r.removed || r.added ? n : n + r.count), 0);
}

function keptDraftLines(runs: LineRun[]): Set<number> {
  const kept = new Set<number>();
  let ib = 0;
  for (const r of runs) {
    if (!r.removed && !r.added) for (let k = 0; k < r.count; k++) kept.add(ib + k);
    if (!r.removed) ib += r.count;
  }
  return kept;
}

/**
 * The whole-line diff of a stretch, with the delegate's moved items (see {@link MovedLines}) left
 * out of the identical lines where that keeps as many lines in place: then their neighbours stay
 * and they are the lines marked as moved. The latest move first; a hint that would keep fewer lines
 * in place (the item went back where it was) is not taken.
 */
function keptOrMoved(keysA: string[], bs: FlatLine[], moved?: MovedLines): LineRun[] {
  const keysB = bs.map(key);
  const runs = lineDiff(keysA, keysB);
  if (!moved || moved.length === 0) return runs;
  const rank = new Map(moved.map((line, i) => [line, i]));
  const hinted = bs
    .flatMap((b, j) => (b.kind === 'item' && rank.has(b.line) ? [j] : []))
    .sort((x, y) => rank.get(bs[y].line)! - rank.get(bs[x].line)!);
  const target = keptCount(runs);
  let best = runs;
  // a hint the alignment already honours (the item is not kept in place) stays honoured: an older one may not undo it
  const pinned = new Set<number>();
  for (const j of hinted) {
    if (!keptDraftLines(best).has(j)) {
      pinned.add(j);
      continue;
    }
    pinned.add(j);
    const unique = keysB.map((k, i) => (pinned.has(i) ? `\u0003moved\u0003${i}` : k));
    const alternative = diffArrays(keysA, unique).map((c) => ({ count: c.count ?? c.value.length, removed: !!c.removed, added: !!c.added }));
    if (keptCount(alternative) === target) best = alternative;
    else pinned.delete(j);
  }
  return best;
}

function pairScore(a: FlatLine, b: FlatLine, ba: WordBag, bb: WordBag): number {
  const ga = group(a);
  if (ga !== group(b)) return -1;
  let s = similarity(ba, bb);
  if (a.kind !== b.kind) s -= KIND_CHANGE_PENALTY;
  // Squared margin over the threshold: one close pair outweighs two loose ones, so swapped
  // items are not cross-paired (they become a move) and rewrites pair only when clearly related.
  return s >= PAIR_THRESHOLD ? (s - PAIR_THRESHOLD + 0.05) ** 2 : -1;
}

/** Order-preserving best pairing of two short runs of differing lines (Needleman–Wunsch, gaps free). */
function alignGap(as: FlatLine[], bs: FlatLine[]): AlignStep[] {
  if (as.length === 0) return bs.map((b) => ({ type: 'insert', b }));
  if (bs.length === 0) return as.map((a) => ({ type: 'delete', a }));
  // One line replaced by one line of the same kind between unchanged neighbours: the same line rewritten.
  if (as.length === 1 && bs.length === 1 && as[0].kind === bs[0].kind) return [{ type: 'pair', a: as[0], b: bs[0] }];
  const n = as.length;
  const m = bs.length;
  const bagsA = as.map((l) => wordBag(l.text));
  const bagsB = bs.map((l) => wordBag(l.text));
  const score = new Float64Array((n + 1) * (m + 1));
  const W = m + 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      let best = Math.max(score[(i + 1) * W + j], score[i * W + j + 1]);
      const s = pairScore(as[i], bs[j], bagsA[i], bagsB[j]);
      if (s > 0) best = Math.max(best, s + score[(i + 1) * W + j + 1]);
      score[i * W + j] = best;
    }
  }
  const steps: AlignStep[] = [];
  let pendingDel: AlignStep[] = [];
  let pendingIns: AlignStep[] = [];
  const flushPending = (): void => {
    steps.push(...pendingDel, ...pendingIns);
    pendingDel = [];
    pendingIns = [];
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i * W + j];
    const s = pairScore(as[i], bs[j], bagsA[i], bagsB[j]);
    if (s > 0 && Math.abs(here - (s + score[(i + 1) * W + j + 1])) < 1e-9) {
      flushPending();
      steps.push({ type: 'pair', a: as[i], b: bs[j] });
      i++;
      j++;
    } else if (Math.abs(here - score[(i + 1) * W + j]) < 1e-9) {
      pendingDel.push({ type: 'delete', a: as[i++] });
    } else {
      pendingIns.push({ type: 'insert', b: bs[j++] });
    }
  }
  while (i < n) pendingDel.push({ type: 'delete', a: as[i++] });
  while (j < m) pendingIns.push({ type: 'insert', b: bs[j++] });
  flushPending();
  return steps;
}
