import { diffArrays } from 'diff';
import { compare } from '../../shared/engine/compare';
import { statsOf } from '../../shared/engine/changeStats';
import type { ChangeRow, ChangeSet, RowSide } from '../../shared/engine/changeSet';
import type { Call, List, Resolution } from '../../shared/model/resolution';

const HEAD_LINES = 3;

function listLines(list: List): number {
  let n = 0;
  for (const item of list.items) n += 1 + (item.sublist ? listLines(item.sublist) : 0);
  return n;
}

function callLines(call: Call): number {
  let n = 1;
  for (const b of call.blocks) n += b.type === 'paragraph' ? 1 : listLines(b);
  return n;
}

/** First layout line of each call, and of the footnotes. */
function offsets(res: Resolution): { calls: number[]; footnotes: number } {
  const calls: number[] = [];
  let line = HEAD_LINES;
  for (const call of res.calls) {
    calls.push(line);
    line += callLines(call);
  }
  return { calls, footnotes: line };
}

function shift(side: RowSide | undefined, delta: number): RowSide | undefined {
  return side && { ...side, line: side.line + delta };
}

type Pair = { base?: number; draft?: number };

/** Pair the calls of baseline and draft: same phrase in order first, then by position inside each gap. */
function alignCalls(base: Call[], draft: Call[]): Pair[] {
  const parts = diffArrays(base.map((c) => c.phrase), draft.map((c) => c.phrase));
  const pairs: Pair[] = [];
  let ib = 0;
  let id = 0;
  let gapB: number[] = [];
  let gapD: number[] = [];
  const flush = (): void => {
    const n = Math.min(gapB.length, gapD.length);
    for (let k = 0; k < n; k++) pairs.push({ base: gapB[k], draft: gapD[k] });
    for (let k = n; k < gapB.length; k++) pairs.push({ base: gapB[k] });
    for (let k = n; k < gapD.length; k++) pairs.push({ draft: gapD[k] });
    gapB = [];
    gapD = [];
  };
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    for (let k = 0; k < count; k++) {
      if (part.removed) gapB.push(ib++);
      else if (part.added) gapD.push(id++);
      else {
        flush();
        pairs.push({ base: ib++, draft: id++ });
      }
    }
  }
  flush();
  return pairs;
}

/**
 * The engine's {@link compare}, made incremental for the editor: the draft is compared call by
 * call (calls paired by phrase), the head lines and the footnotes on their own, and each part's
 * rows are cached on the texts compared, so a keystroke re-runs the engine on one call only.
 * The rows are the engine's own (no second diff); only their line numbers are shifted to the
 * whole document. An item moved from one call to another shows here as deleted + inserted; the
 * editor replaces these rows with the engine's whole-resolution result when typing pauses.
 */
export class LiveCompare {
  private cache = new Map<string, ChangeRow[]>();
  private readonly baseCallKeys: string[];
  private readonly baseOffsets: { calls: number[]; footnotes: number };
  /** How many parts the last {@link update} had to compare (the rest came from the cache). */
  lastMisses = 0;

  constructor(private readonly baseline: Resolution) {
    this.baseCallKeys = baseline.calls.map((c) => JSON.stringify(c));
    this.baseOffsets = offsets(baseline);
  }

  /** The change set of `draft` against the baseline. */
  update(draft: Resolution): ChangeSet {
    const next = new Map<string, ChangeRow[]>();
    this.lastMisses = 0;
    const cached = (key: string, run: () => ChangeRow[]): ChangeRow[] => {
      let rows = next.get(key) ?? this.cache.get(key);
      if (!rows) {
        rows = run();
        this.lastMisses++;
      }
      next.set(key, rows);
      return rows;
    };
    const base = this.baseline;
    const head = (r: Resolution): Resolution => ({ numberLine: r.numberLine, title: r.title, conferenceLine: r.conferenceLine, calls: [], footnotes: [] });
    const rows: ChangeRow[] = [];
    rows.push(
      ...cached(`H\u0001${draft.numberLine}\u0001${draft.title}\u0001${draft.conferenceLine}`, () => compare(head(base), head(draft)).rows),
    );
    const draftOffsets = offsets(draft);
    const empty = head(base);
    for (const pair of alignCalls(base.calls, draft.calls)) {
      const b = pair.base === undefined ? undefined : base.calls[pair.base];
      const d = pair.draft === undefined ? undefined : draft.calls[pair.draft];
      const key = `C\u0001${pair.base === undefined ? '' : this.baseCallKeys[pair.base]}\u0001${d ? JSON.stringify(d) : ''}`;
      const part = cached(key, () =>
        compare({ ...empty, calls: b ? [b] : [] }, { ...empty, calls: d ? [d] : [] }).rows.slice(HEAD_LINES),
      );
      const db = pair.base === undefined ? 0 : this.baseOffsets.calls[pair.base] - HEAD_LINES;
      const dd = pair.draft === undefined ? 0 : draftOffsets.calls[pair.draft] - HEAD_LINES;
      for (const r of part) rows.push({ ...r, base: shift(r.base, db), draft: shift(r.draft, dd) });
    }
    const fnKey = `F\u0001${JSON.stringify(draft.footnotes)}`;
    const fnRows = cached(fnKey, () => compare({ ...empty, footnotes: base.footnotes }, { ...empty, footnotes: draft.footnotes }).rows.slice(HEAD_LINES));
    const fb = this.baseOffsets.footnotes - HEAD_LINES;
    const fd = draftOffsets.footnotes - HEAD_LINES;
    for (const r of fnRows) rows.push({ ...r, base: shift(r.base, fb), draft: shift(r.draft, fd) });
    this.cache = next;
    const stats = statsOf(rows);
    const changed = stats.insertedRows + stats.deletedRows + stats.modifiedRows > 0;
    return { action: changed ? 'MOD' : 'NOC', rows, stats };
  }
}

