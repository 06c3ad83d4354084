import type { Resolution } from '../model/resolution';
import { alignLines, type AlignStep } from './align';
import type { ChangeRow, ChangeSet, ProposalSymbol, RowSide } from './changeSet';
import { flatten, type FlatLine } from './flatten';
import { similarity, wordBag } from './similarity';
import { countWords } from './tokenize';
import { statsOf } from './changeStats';
import { diffWords } from './wordDiff';

/** Options for {@link compare}. */
export interface CompareOptions {
  /** The proposal suppresses the whole resolution (SUP): every baseline line is deleted. */
  suppressed?: boolean;
}

/** A deleted and an inserted item this similar (or more) are one item moved. */
const MOVE_THRESHOLD = 0.85;
/** Items shorter than this many words are not reported as moves (too easily coincidental). */
const MOVE_MIN_WORDS = 3;

/**
 * Compare a draft with its baseline and produce the one change model: structure first
 * (head lines, then calls, paragraphs and items aligned by identity and word similarity,
 * then footnote bodies), words second (whole-word diff inside each aligned pair), relabels
 * and moves marked, and the proposal symbol derived. `baseline` null means a draft new
 * resolution (ADD: every line inserted); `draft` null, or `options.suppressed`, a suppressed
 * resolution (SUP: every line deleted). A draft whose number line reads `DRAFT NEW RESOLUTION`
 * is ADD whatever it is compared with.
 */
export function compare(baseline: Resolution | null, draft: Resolution | null, options: CompareOptions = {}): ChangeSet {
  if (baseline === null) {
    if (draft === null) throw new Error('compare needs a baseline or a draft');
    return oneSided(allLines(draft).map((b) => insertedRow(b)), 'ADD');
  }
  if (draft === null || options.suppressed) return oneSided(allLines(baseline).map((a) => deletedRow(a)), 'SUP');
  const fa = flatten(baseline);
  const fb = flatten(draft);
  const steps: AlignStep[] = [
    ...fa.head.map((a, i): AlignStep => ({ type: 'pair', a, b: fb.head[i] })),
    ...alignLines(fa.body, fb.body),
    ...alignLines(fa.footnotes, fb.footnotes),
  ];
  const rows = steps.map(stepToRow);
  markMoves(rows);
  const stats = statsOf(rows);
  const changed = stats.insertedRows + stats.deletedRows + stats.modifiedRows > 0;
  const action = isDraftNewResolution(draft) ? 'ADD' : changed ? 'MOD' : 'NOC';
  return { action, rows, stats };
}

/** Whether a draft's number line says it is a new resolution (`DRAFT NEW RESOLUTION [...]`). */
export function isDraftNewResolution(res: Resolution): boolean {
  return res.numberLine.startsWith('DRAFT NEW RESOLUTION');
}

function allLines(res: Resolution): FlatLine[] {
  const f = flatten(res);
  return [...f.head, ...f.body, ...f.footnotes];
}

function side(l: FlatLine): RowSide {
  return l.label === undefined ? { text: l.text, depth: l.depth, line: l.line } : { text: l.text, label: l.label, depth: l.depth, line: l.line };
}

function insertedRow(b: FlatLine): ChangeRow {
  return { kind: b.kind, status: 'inserted', draft: side(b), relabelled: false, spans: b.text ? [{ op: 'insert', text: b.text }] : [] };
}

function deletedRow(a: FlatLine): ChangeRow {
  return { kind: a.kind, status: 'deleted', base: side(a), relabelled: false, spans: a.text ? [{ op: 'delete', text: a.text }] : [] };
}

function stepToRow(step: AlignStep): ChangeRow {
  if (step.type === 'insert') return insertedRow(step.b);
  if (step.type === 'delete') return deletedRow(step.a);
  const { a, b } = step;
  const relabelled = a.label !== b.label;
  const same = a.text === b.text && !relabelled && a.kind === b.kind;
  return {
    kind: b.kind,
    status: same ? 'unchanged' : 'modified',
    base: side(a),
    draft: side(b),
    relabelled,
    spans: diffWords(a.text, b.text),
  };
}

/** Pair deleted and inserted items with (nearly) the same text as moves. */
function markMoves(rows: ChangeRow[]): void {
  const deleted = rows.filter((r) => r.status === 'deleted' && r.kind === 'item' && countWords(r.base!.text) >= MOVE_MIN_WORDS);
  if (deleted.length === 0) return;
  const bags = new Map(deleted.map((r) => [r, wordBag(r.base!.text)]));
  let id = 0;
  for (const ins of rows) {
    if (ins.status !== 'inserted' || ins.kind !== 'item' || countWords(ins.draft!.text) < MOVE_MIN_WORDS) continue;
    const bag = wordBag(ins.draft!.text);
    let best: ChangeRow | undefined;
    let bestScore = MOVE_THRESHOLD;
    for (const del of deleted) {
      if (del.move) continue;
      const s = del.base!.text === ins.draft!.text ? 2 : similarity(bags.get(del)!, bag);
      if (s >= bestScore) {
        best = del;
        bestScore = s;
      }
    }
    if (best) {
      id++;
      best.move = { id, role: 'from' };
      ins.move = { id, role: 'to' };
    }
  }
}

function oneSided(rows: ChangeRow[], action: ProposalSymbol): ChangeSet {
  return { action, rows, stats: statsOf(rows) };
}
