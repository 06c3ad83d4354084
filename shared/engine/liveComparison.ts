import type { Resolution } from '../model/resolution';
import { alignLines, alignStretch, callSkeleton, type AlignStep } from './align';
import { baselineNumbering, type BaselineNumbering } from './baselineNumbering';
import type { ChangeRow, ChangeSet, ChangeStats } from './changeSet';
import { changeSetOf } from './changeSetOf';
import { addStats, statsOf } from './changeStats';
import { compare, numberedStep, type CompareOptions } from './compare';
import { flatten, type FlatLine, type FlatResolution } from './flatten';
import { inDraftNumbering } from './footnoteIdentity';
import { movePairs } from './moves';
import { stepToRow } from './rows';
import { joinSplitsAndMerges } from './splitMerge';

/** The baseline in one footnote numbering, with what was computed in it. */
interface Numbered {
  numbering: BaselineNumbering;
  head: FlatLine[];
  body: FlatLine[];
  /** Baseline footnote line → the same line in this numbering. */
  notes: Map<FlatLine, FlatLine>;
}

/** What one stretch between two kept calls gave, and what it was computed from. */
interface Stretch {
  /** The draft lines it was aligned with (compared by what they hold; their numbers may have moved). */
  lines: FlatLine[];
  /** The delegate's hint inside it (stretch-relative indices, in the order the aligner takes them). */
  hint: string;
  steps: AlignStep[];
  /** Index in the draft's body of the stretch's first line when `steps` were made. */
  stepsAt: number;
  /** Its deleted and inserted steps (what the split-and-merge rule asks about across the resolution). */
  changed: AlignStep[];
  /** For each of `changed`, whether it was a moved line when `rows` were joined ('1' / '0'). */
  answers: string;
  rows: ChangeRow[] | null;
  /** The counts of `rows` (moves aside: rows here are never marked moved). */
  stats: ChangeStats | null;
  /** Index in the draft's body of the stretch's first line when `rows` were made. */
  rowsAt: number;
}

/** A row is reused only for a draft line holding the same as the one it was made for. */
function sameLine(x: FlatLine, y: FlatLine): boolean {
  return x.text === y.text && x.kind === y.kind && x.label === y.label && x.depth === y.depth && x.listKind === y.listKind;
}

/** Rows moved down (or up) the draft by `delta` lines: their draft side renumbered, copies made only then. */
function shifted(rows: ChangeRow[], delta: number): ChangeRow[] {
  if (delta === 0) return rows;
  return rows.map((r) => (r.draft ? { ...r, draft: { ...r.draft, line: r.draft.line + delta } } : r));
}

/**
 * A comparison of the drafts of one baseline, kept as the draft changes: the engine's incremental
 * path for an editor (one per proposal being edited). {@link update} gives exactly what
 * `compare(baseline, draft, options)` gives — the same rows, marks, moves (and their ids), splits
 * and merges, footnote renumbering, symbol and counts — but after a change only the stretches of
 * the draft between two kept calls that changed are aligned and diffed again; the rows of the
 * others are the last result's own objects (copies with their line numbers moved, when lines were
 * added or removed above them), so a view can tell what changed by identity. The rules that look
 * across the whole resolution (calls kept, footnote identity, moved lines, moves and their ids,
 * counts) run over the whole draft at each update, on what the stretches hold.
 */
export class LiveComparison {
  private readonly flat: FlatResolution;
  private current: Numbered | null = null;
  private stretches = new Map<string, Stretch>();
  /** Rows of paired lines outside the stretches (head, calls, footnotes), by their baseline line. */
  private pairs = new Map<FlatLine, { b: FlatLine; row: ChangeRow }>();

  constructor(readonly baseline: Resolution) {
    this.flat = flatten(baseline);
  }

  /** The change set of `draft` against the baseline: exactly `compare(baseline, draft, options)`. */
  update(draft: Resolution, options: CompareOptions = {}): ChangeSet {
    if (options.suppressed) return compare(this.baseline, draft, options);
    const fb = flatten(draft);
    const noteSteps = alignLines(this.flat.footnotes, fb.footnotes);
    const { numbering, head, body, notes } = this.numberedFor(noteSteps);
    const { originalOf } = numbering;
    const toRow = (step: AlignStep): ChangeRow => stepToRow(step, originalOf);
    const skeleton = callSkeleton(body, fb.body);
    const hinted = hintedItems(fb.body, options.moved);

    const stretches = new Map<string, Stretch>();
    const order: [Stretch, number][] = [];
    for (const s of skeleton.stretches) {
      const key = `${s.aFrom}:${s.aTo}`;
      const hint = hintOf(hinted, s.bFrom, s.bTo);
      let entry = this.stretches.get(key);
      if (!entry || entry.hint !== hint || !this.holds(entry, fb.body, s.bFrom, s.bTo)) {
        const steps = alignStretch(body.slice(s.aFrom, s.aTo), fb.body.slice(s.bFrom, s.bTo), options.moved);
        entry = { lines: fb.body.slice(s.bFrom, s.bTo), hint, steps, stepsAt: s.bFrom, changed: steps.filter((st) => st.type !== 'pair'), answers: '', rows: null, stats: null, rowsAt: s.bFrom };
      }
      stretches.set(key, entry);
      order.push([entry, s.bFrom]);
    }
    this.stretches = stretches;

    const notesNumbered = noteSteps.map((s) => numberedStep(s, (l) => notes.get(l)!));
    // a line deleted on one side and inserted on the other anywhere in the resolution is a moved line (see movedIn)
    const deletedTexts = new Set<string>();
    const insertedTexts = new Set<string>();
    for (const st of [...notesNumbered, ...[...stretches.values()].flatMap((e) => e.changed)]) {
      if (st.type === 'delete') deletedTexts.add(st.a.text);
      else if (st.type === 'insert') insertedTexts.add(st.b.text);
    }
    const moved = (st: AlignStep): boolean => (st.type === 'delete' && insertedTexts.has(st.a.text)) || (st.type === 'insert' && deletedTexts.has(st.b.text));

    const pairs = new Map<FlatLine, { b: FlatLine; row: ChangeRow }>();
    const pairRow = (step: AlignStep): ChangeRow => {
      if (step.type !== 'pair') return toRow(step);
      const known = this.pairs.get(step.a);
      const row = known && sameLine(known.b, step.b) ? shifted([known.row], step.b.line - known.b.line)[0] : toRow(step);
      pairs.set(step.a, { b: step.b, row });
      return row;
    };
    const rows: ChangeRow[] = head.map((a, i) => pairRow({ type: 'pair', a, b: fb.head[i] }));
    // the rows outside the stretches (head, calls, footnotes) are counted here, the stretches' kept
    const others: ChangeRow[] = [...rows];
    const stats = statsOf([]);
    order.forEach(([entry, at], k) => {
      let answers = '';
      for (const st of entry.changed) answers += moved(st) ? '1' : '0';
      if (!entry.rows || !entry.stats || entry.answers !== answers) {
        entry.rows = shifted(joinSplitsAndMerges(entry.steps, toRow, originalOf, moved), at - entry.stepsAt);
        entry.stats = statsOf(entry.rows);
        entry.answers = answers;
      } else entry.rows = shifted(entry.rows, at - entry.rowsAt);
      entry.rowsAt = at;
      addStats(stats, entry.stats);
      for (const r of entry.rows) rows.push(r);
      const call = skeleton.calls[k];
      if (call) {
        const row = pairRow({ type: 'pair', a: body[call[0]], b: fb.body[call[1]] });
        rows.push(row);
        others.push(row);
      }
    });
    for (const st of notesNumbered) {
      const row = pairRow(st);
      rows.push(row);
      others.push(row);
    }
    this.pairs = pairs;
    addStats(stats, statsOf(others));

    const candidates = rows.filter((r) => r.kind === 'item' && (r.status === 'deleted' || r.status === 'inserted'));
    const movesOf = movePairs(candidates, (r) => inDraftNumbering(r.base!.text, numbering.identity));
    if (movesOf.length) {
      const index = new Map(rows.map((r, i) => [r, i]));
      movesOf.forEach(([from, to], k) => {
        rows[index.get(from)!] = { ...from, move: { id: k + 1, role: 'from' } };
        rows[index.get(to)!] = { ...to, move: { id: k + 1, role: 'to' } };
      });
    }
    stats.movedItems = movesOf.length;
    return changeSetOf(rows, { draftNumberLine: draft.numberLine }, stats);
  }

  /** The baseline in the numbering the aligned footnotes decide (kept while it is the same, with every stretch). */
  private numberedFor(noteSteps: AlignStep[]): Numbered {
    const numbering = baselineNumbering(noteSteps);
    if (this.current && this.current.numbering.key === numbering.key) return this.current;
    this.stretches.clear();
    this.pairs.clear();
    this.current = {
      numbering,
      head: this.flat.head.map(numbering.numbered),
      body: this.flat.body.map(numbering.numbered),
      notes: new Map(this.flat.footnotes.map((l) => [l, numbering.numbered(l)])),
    };
    return this.current;
  }

  /** Whether a stretch was computed for draft lines holding what `body[from, to)` holds. */
  private holds(entry: Stretch, body: FlatLine[], from: number, to: number): boolean {
    if (entry.lines.length !== to - from) return false;
    for (let i = from; i < to; i++) if (!sameLine(entry.lines[i - from], body[i])) return false;
    return true;
  }
}

/**
 * The draft items the delegate's hint names (indices in the draft's body), the latest move first:
 * the order in which the aligner takes them (see `keptOrMoved` in align.ts).
 */
function hintedItems(body: FlatLine[], moved: readonly number[] | undefined): number[] {
  if (!moved || moved.length === 0 || body.length === 0) return [];
  const rank = new Map(moved.map((line, i) => [line, i]));
  const first = body[0].line;
  const out: number[] = [];
  for (const [line] of rank) {
    const j = line - first;
    if (j >= 0 && j < body.length && body[j].kind === 'item') out.push(j);
  }
  return out.sort((x, y) => rank.get(body[y].line)! - rank.get(body[x].line)!);
}

/** The hint inside one stretch of the draft's body, `[from, to)`, as stretch-relative indices in the aligner's order. */
function hintOf(hinted: number[], from: number, to: number): string {
  if (hinted.length === 0) return '';
  let out = '';
  for (const j of hinted) if (j >= from && j < to) out += `${j - from},`;
  return out;
}
