import { footnoteRef, footnoteRefNumber, footnoteRefPattern } from '../grammar/footnoteRef';
import { withoutPlaceAndYear } from '../grammar/placeAndYear';
import type { Resolution } from '../model/resolution';
import type { ChangeRow, RowKind } from './changeSet';
import { compare } from './compare';
import { flatten, type FlatLine } from './flatten';
import { mergeText } from './merge3';
import { unflatten, type LayoutLine } from './unflatten';

/**
 * A place where the new edition and the delegate changed the same words differently. The
 * delegate's wording is kept in the rebased draft until the delegate decides.
 */
export interface RebaseConflict {
  kind: RowKind;
  /** 0-based line of the rebased draft's text layout: the delegate's wording, or where a line the delegate deleted stood. */
  line: number;
  /** The label the line has in the rebased draft (or had in the old text, for a line the delegate deleted). */
  label?: string;
  /** The phrase of the call the line stands under (body lines only). */
  call?: string;
  /** The old text (the edition the draft was made on), lines joined by `\n`; null when the line was not there. */
  old: string | null;
  /** The new edition's text; null when the edition deleted it. */
  edition: string | null;
  /** The delegate's text; null when the delegate deleted it. */
  delegate: string | null;
}

/** A draft carried onto a newer edition: the draft (to compare with the new text) and its conflicts. */
export interface RebaseResult {
  draft: Resolution;
  conflicts: RebaseConflict[];
}

/** The lines one step of an alignment links: old lines (`os`) and lines of the other side (`xs`), by layout line. */
interface Step {
  os: number[];
  xs: number[];
  moved: boolean;
}

/** Where a line break stands inside texts joined for a merge (the parser forbids U+0000 in texts). */
const BREAK = '\u0000';

/** The alignment of `compare(old, other)` as steps in the other side's order (deleted old lines where they stood). */
function stepsOf(rows: readonly ChangeRow[]): Step[] {
  const movedFrom = new Map<number, number>();
  for (const r of rows) if (r.move?.role === 'from') movedFrom.set(r.move.id, r.base!.line);
  const steps: Step[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const next = rows[i + 1];
    if (r.move?.role === 'from') continue;
    if (r.move?.role === 'to') steps.push({ os: [movedFrom.get(r.move.id)!], xs: [r.draft!.line], moved: true });
    else if (r.lineEnd === 'inserted' && next?.base?.offset !== undefined) {
      steps.push({ os: [r.base!.line], xs: [r.draft!.line, next.draft!.line], moved: false });
      i++;
    } else if (r.lineEnd === 'deleted' && next?.draft?.offset !== undefined) {
      steps.push({ os: [r.base!.line, next.base!.line], xs: [r.draft!.line], moved: false });
      i++;
    } else steps.push({ os: r.base ? [r.base.line] : [], xs: r.draft ? [r.draft.line] : [], moved: false });
  }
  return steps;
}

/** Footnote numbers of one side mapped to numbers shared by the three texts. */
function footnoteNumbering(rows: readonly ChangeRow[], offset: number): (k: number) => number {
  const toOld = new Map<number, number>();
  for (const r of rows) {
    if (r.kind !== 'footnote' || !r.base || !r.draft) continue;
    toOld.set(footnoteRefNumber(r.draft.label!)!, footnoteRefNumber(r.base.label!)!);
  }
  return (k) => toOld.get(k) ?? offset + k;
}

function renumbered(res: Resolution, map: (k: number) => number): Resolution {
  const text = (t: string): string => t.replace(footnoteRefPattern(), (_m, k: string) => footnoteRef(map(Number(k))));
  return {
    numberLine: text(res.numberLine),
    title: text(res.title),
    conferenceLine: text(res.conferenceLine),
    calls: res.calls.map((c) => ({ phrase: text(c.phrase), blocks: c.blocks.map((b) => (b.type === 'paragraph' ? { ...b, text: text(b.text) } : renumberList(b, text))) })),
    footnotes: res.footnotes.map((f) => ({ id: map(f.id), text: text(f.text) })),
  };
}

function renumberList(list: Extract<Resolution['calls'][number]['blocks'][number], { type: 'list' }>, text: (t: string) => string): typeof list {
  return { ...list, items: list.items.map((it) => ({ ...it, text: text(it.text), ...(it.sublist ? { sublist: renumberList(it.sublist, text) } : {}) })) };
}

/** Every layout line of a flattened resolution by its line number. */
function byLine(res: Resolution): Map<number, FlatLine> {
  const f = flatten(res);
  return new Map([...f.head, ...f.body, ...f.footnotes].map((l) => [l.line, l]));
}

/** An entry of the rebased draft: a line (or, `null`, only the place of old lines), the old lines it stands for. */
interface Out {
  line: FlatLine | null;
  tags: number[];
  conflict?: RebaseConflict;
  /** A line only the delegate inserted (an identical line the edition inserted at the same place is the same line). */
  inserted?: boolean;
}

/** What a group of old lines becomes: its lines in one place or, `kept`, the delegate's lines where they stand. */
interface Decision {
  lines: FlatLine[];
  kept?: boolean;
  conflict?: RebaseConflict;
}

/** Groups of old lines that either side's steps tie together (a split, a merge), each with its steps on both sides. */
class Groups {
  private readonly parent = new Map<number, number>();

  find(o: number): number {
    let r = o;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(o, r);
    return r;
  }

  join(os: readonly number[]): void {
    for (const o of os.slice(1)) this.parent.set(this.find(o), this.find(os[0]));
  }
}

const joinTexts = (lines: readonly FlatLine[]): string => lines.map((l) => l.text).join(BREAK);
const shown = (lines: readonly FlatLine[]): string | null => (lines.length === 0 ? null : lines.map((l) => l.text).join('\n'));
const sameShape = (a: readonly FlatLine[], b: readonly FlatLine[]): boolean =>
  a.length === b.length && a.every((l, i) => l.kind === b[i].kind && l.depth === b[i].depth && l.listKind === b[i].listKind);

/**
 * Carry a delegate's draft made on an old edition's text onto a new edition's text (a three-way
 * merge on the model). Both `compare(old, draft)` and `compare(old, edition)` align the old text
 * with a newer one, items moved, split or merged included; every old line is then decided once:
 * changed on one side only, it takes that side's line; changed on both, their word changes are
 * merged when they touch different words, else it is a conflict and the delegate's wording stays.
 * Lines the delegate inserted or moved stand where the delegate put them; lines the edition
 * inserted or moved stand after the old line they follow in the edition. Footnotes are merged
 * the same way and renumbered in order of first reference. A number or conference line whose
 * only change in the edition is its place and year keeps the delegate's revision for the target
 * conference. The result compared with the edition shows the delegate's changes only.
 */
export function rebase(old: Resolution, draft: Resolution, edition: Resolution): RebaseResult {
  const dRows = compare(old, draft).rows;
  const nRows = compare(old, edition).rows;
  const top = Math.max(0, ...old.footnotes.map((f) => f.id)) + 1;
  const dTop = top + Math.max(0, ...draft.footnotes.map((f) => f.id)) + 1;
  const O = byLine(old);
  // the texts as written, for showing a conflict in each text's own footnote numbers
  const O0 = O;
  const D0 = byLine(draft);
  const N0 = byLine(edition);
  const D = byLine(renumbered(draft, footnoteNumbering(dRows, top)));
  const N = byLine(renumbered(edition, footnoteNumbering(nRows, dTop)));
  const dSteps = stepsOf(dRows);
  const nSteps = stepsOf(nRows);
  const groups = new Groups();
  for (const s of [...dSteps, ...nSteps]) groups.join(s.os);
  const conflicts: RebaseConflict[] = [];

  const members = new Map<number, number[]>();
  for (const o of O.keys()) {
    const g = groups.find(o);
    members.set(g, [...(members.get(g) ?? []), o]);
  }
  const dOf = new Map<number, Step[]>();
  const nOf = new Map<number, Step[]>();
  for (const [steps, into] of [[dSteps, dOf], [nSteps, nOf]] as const) {
    for (const s of steps) {
      if (s.os.length === 0) continue;
      const g = groups.find(s.os[0]);
      into.set(g, [...(into.get(g) ?? []), s]);
    }
  }
  const nMoved = new Set(nSteps.filter((s) => s.moved).flatMap((s) => s.os.map((o) => groups.find(o))));
  const dMoved = new Set(dSteps.filter((s) => s.moved).flatMap((s) => s.os.map((o) => groups.find(o))));

  /** What a group of old lines becomes: its lines (in one place) or, with `kept`, the delegate's lines where they stand. */
  const decide = (g: number): Decision => {
    const os = members.get(g)!.map((o) => O.get(o)!);
    const ds = (dOf.get(g) ?? []).flatMap((s) => s.xs).map((x) => D.get(x)!);
    const ns = (nOf.get(g) ?? []).flatMap((s) => s.xs).sort((a, b) => a - b).map((x) => N.get(x)!);
    const dSame = joinTexts(ds) === joinTexts(os) && sameShape(ds, os);
    const nSame = joinTexts(ns) === joinTexts(os) && sameShape(ns, os);
    if (dSame) return { lines: ns };
    if (nSame) return { lines: ds, kept: true };
    const conflict = (): Decision => ({
      lines: ds,
      kept: true,
      conflict: {
        kind: os[0].kind,
        line: -1,
        label: os[0].label,
        old: shown(os.map((l) => O0.get(l.line)!)),
        edition: shown(ns.map((l) => N0.get(l.line)!)),
        delegate: shown(ds.map((l) => D0.get(l.line)!)),
      },
    });
    if (ds.length === 0 || ns.length === 0) return ds.length === 0 && ns.length === 0 ? { lines: [] } : conflict();
    const head = os[0].kind === 'numberLine' || os[0].kind === 'conferenceLine';
    const merged = mergeText(joinTexts(os), joinTexts(ds), joinTexts(ns));
    if (!merged.clean) {
      if (head && withoutPlaceAndYear(os[0].text) === withoutPlaceAndYear(ns[0].text)) return { lines: ds, kept: true };
      return conflict();
    }
    const parts = merged.text.split(BREAK);
    const shells = parts.length === ds.length && !sameShape(ds, os) ? ds : parts.length === ns.length ? ns : parts.length === ds.length ? ds : null;
    if (!shells) return conflict();
    return { lines: parts.map((text, i) => ({ ...shells[i], text })) };
  };

  const decided = new Map<number, Decision>();
  const decision = (g: number): Decision => {
    let d = decided.get(g);
    if (!d) decided.set(g, (d = decide(g)));
    return d;
  };

  /**
   * Lines the edition inserted, and lines only the edition moved, stand after the old line they
   * follow in the edition (at the start of the section when none comes before them).
   */
  const placeEditionLines = (out: Out[], inSection: (l: FlatLine) => boolean, deferred: Map<number, Out[]>): void => {
    let anchor: number | null = null;
    const cursor = new Map<number | null, number>();
    const insertAfter = (at: number | null, entries: Out[]): void => {
      let index = cursor.get(at);
      if (index === undefined) {
        const found = at === null ? -1 : out.findLastIndex((e) => e.tags.includes(at));
        index = at === null ? 0 : found < 0 ? out.length : found + 1;
      }
      // the same line inserted by the delegate at this place is one line, not two
      const mine = entries.length === 1 && entries[0].tags.length === 0 ? entries[0].line! : undefined;
      for (let j = index; mine && j < out.length && out[j].tags.length === 0; j++) {
        const e = out[j];
        if (e.inserted && e.line!.text === mine.text && e.line!.kind === mine.kind) {
          e.inserted = false;
          cursor.set(at, j + 1);
          return;
        }
      }
      out.splice(index, 0, ...entries);
      for (const [key, i] of cursor) if (key !== at && i >= index) cursor.set(key, i + entries.length);
      cursor.set(at, index + entries.length);
    };
    for (const s of nSteps) {
      const first = s.os.length > 0 ? O.get(s.os[0])! : N.get(s.xs[0])!;
      if (!inSection(first)) continue;
      if (s.os.length === 0) {
        insertAfter(anchor, [{ line: N.get(s.xs[0])!, tags: [] }]);
        continue;
      }
      const g = groups.find(s.os[0]);
      const entries = deferred.get(g);
      if (entries && s.moved) {
        insertAfter(anchor, entries);
        deferred.delete(g);
      }
      anchor = Math.max(...s.os);
    }
    for (const entries of deferred.values()) out.push(...entries);
  };

  const assemble = (inSection: (l: FlatLine) => boolean): Out[] => {
    const out: Out[] = [];
    const placed = new Set<number>();
    const deferred = new Map<number, Out[]>();
    for (const s of dSteps) {
      const first = s.os.length > 0 ? O.get(s.os[0])! : D.get(s.xs[0])!;
      if (!inSection(first)) continue;
      if (s.os.length === 0) {
        out.push({ line: D.get(s.xs[0])!, tags: [], inserted: true });
        continue;
      }
      const g = groups.find(s.os[0]);
      const tags = members.get(g)!;
      const d = decision(g);
      const firstStep = !placed.has(g);
      placed.add(g);
      if (d.kept) {
        // the delegate's lines stay where the delegate put them, step by step
        out.push({ line: null, tags, conflict: firstStep ? d.conflict : undefined }, ...s.xs.map((x): Out => ({ line: D.get(x)!, tags })));
        continue;
      }
      const entries = d.lines.map((line): Out => ({ line, tags }));
      if (firstStep && nMoved.has(g) && !dMoved.has(g)) {
        // only the edition moved it: it stands where the edition put it (this place is no anchor)
        out.push({ line: null, tags: [] });
        deferred.set(g, entries);
      } else out.push({ line: null, tags }, ...(firstStep ? entries : []));
    }
    placeEditionLines(out, inSection, deferred);
    return out;
  };

  const headLine = (kind: RowKind): string => {
    const o = [...O.values()].find((l) => l.kind === kind)!;
    const g = groups.find(o.line);
    const d = decision(g);
    if (d.conflict) conflicts.push({ ...d.conflict, line: o.line });
    return d.lines[0]?.text ?? '';
  };
  const isBody = (l: FlatLine): boolean => l.kind !== 'footnote' && l.kind !== 'numberLine' && l.kind !== 'title' && l.kind !== 'conferenceLine';
  const head = { numberLine: headLine('numberLine'), title: headLine('title'), conferenceLine: headLine('conferenceLine') };
  const body = assemble(isBody);
  const notes = assemble((l) => l.kind === 'footnote');

  // footnotes renumbered in order of first reference; a footnote no line refers to any more goes
  const order = new Map<number, number>();
  const refer = (t: string): string =>
    t.replace(footnoteRefPattern(), (_m, k: string) => {
      const id = Number(k);
      if (!order.has(id)) order.set(id, order.size + 1);
      return footnoteRef(order.get(id)!);
    });
  const headOut = { numberLine: refer(head.numberLine), title: refer(head.title), conferenceLine: refer(head.conferenceLine) };
  const bodyLines: LayoutLine[] = [];
  const bodyIndex = new Map<Out, number>();
  for (const e of body) {
    bodyIndex.set(e, bodyLines.length);
    if (e.line) bodyLines.push({ kind: e.line.kind, text: refer(e.line.text), depth: e.line.depth, listKind: e.line.listKind, ...(e.line.bis ? { bis: true as const } : {}) });
  }
  const bodies = new Map<number, string>();
  for (const e of notes) if (e.line) bodies.set(footnoteRefNumber(e.line.label!)!, e.line.text);
  const footnotes = [...order].map(([id, k]) => ({ id: k, text: refer(bodies.get(id) ?? '') }));
  const result = unflatten(headOut, bodyLines, footnotes);

  const flat = flatten(result);
  const callOf = (index: number): string | undefined => flat.body.slice(0, index + 1).findLast((l) => l.kind === 'call')?.text;
  for (const e of body) {
    if (!e.conflict) continue;
    const index = bodyIndex.get(e)!;
    const at = flat.body[Math.min(index, flat.body.length - 1)];
    const mine = e.conflict.delegate !== null && at;
    conflicts.push({ ...e.conflict, line: at ? at.line : flat.footnotes[0]?.line ?? 3, label: mine ? at.label : e.conflict.label, call: callOf(index) });
  }
  for (const e of notes) if (e.conflict) conflicts.push({ ...e.conflict, line: flat.footnotes[0]?.line ?? flat.body.length + 3 });
  return { draft: result, conflicts };
}
