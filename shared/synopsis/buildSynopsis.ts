import { compare } from '../engine/compare';
import { flatten } from '../engine/flatten';
import type { RowKind } from '../engine/changeSet';
import type { Resolution } from '../model/resolution';
import { toLines } from '../text/toText';
import { conflictBetween } from './rowConflicts';
import { sourceLines, type InsertedLine, type SourceLines } from './sourceLines';
import type { Synopsis, SynopsisConflict, SynopsisEntry, SynopsisGroup, SynopsisInput, SynopsisRow, SynopsisSource, WordRunGroup } from './synopsisTypes';
import { wordRunKey, wordRunsCollide } from './wordRuns';

/** The baseline every source of a synopsis revises. */
export interface SynopsisBaseline {
  /** `34`. */
  number: string;
  /** `kigali-2022`. */
  edition: string;
  resolution: Resolution;
}

/** An inserted row while it is being built: sources that insert the same line at the same place share it. */
interface InsertedRowDraft {
  key: string;
  kind: RowKind;
  entries: SynopsisEntry[];
}

/**
 * The synopsis of one resolution: every source compared with the baseline (the engine's
 * `compare`, once per source), its changes keyed on the baseline line they touch, lines it
 * inserts placed after the baseline line they follow (sources inserting the same line at the
 * same place share one row, and each source's own order is kept), then agreement and conflict
 * marked per row at word level. Source names must be unique (they are the attribution).
 */
export function buildSynopsis(baseline: SynopsisBaseline, inputs: readonly SynopsisInput[]): Synopsis {
  const names = new Set<string>();
  for (const input of inputs) {
    if (names.has(input.name)) throw new Error(`two sources are both named "${input.name}"; each source needs its own name`);
    names.add(input.name);
  }
  const sources: SynopsisSource[] = [];
  const lines: SourceLines[] = [];
  for (const input of inputs) {
    const changes = compare(baseline.resolution, input.suppressed ? null : input.draft);
    sources.push({ name: input.name, ...(input.source ? { source: input.source } : {}), proposal: input.proposal, reasons: input.reasons, origin: input.origin, symbol: changes.action });
    lines.push(sourceLines(changes));
  }
  const flat = flatten(baseline.resolution);
  const baseLines = [...flat.head, ...flat.body, ...flat.footnotes];
  const layout = toLines(baseline.resolution);
  const insertedAfter = mergeInsertions(lines);
  const rows: SynopsisRow[] = [];
  const pushInserted = (anchor: number): void => {
    for (const r of insertedAfter.get(anchor) ?? []) rows.push(finishRow({ kind: r.kind, place: 'inserted', after: anchor }, r.entries, sources));
  };
  pushInserted(-1);
  for (const b of baseLines) {
    const entries: SynopsisEntry[] = [];
    lines.forEach((l, source) => {
      const e = l.byLine.get(b.line);
      if (e) entries.push({ ...e, source });
    });
    rows.push(finishRow({ kind: b.kind, place: 'baseline', line: b.line, baseline: layout[b.line] }, entries, sources));
    pushInserted(b.line);
  }
  return {
    number: baseline.number,
    edition: baseline.edition,
    numberLine: baseline.resolution.numberLine,
    title: baseline.resolution.title,
    sources,
    rows,
    stats: {
      changedRows: rows.filter((r) => r.entries.length > 0).length,
      agreements: rows.filter((r) => r.agreement).length,
      conflicts: rows.filter((r) => r.conflict).length,
    },
  };
}

/**
 * Inserted rows per anchor. Each source's lines after one anchor are matched in order against
 * the rows already there (the same line from an earlier source joins its row), new ones placed
 * after the last matched row, so every source reads its own lines in its own order.
 */
function mergeInsertions(lines: readonly SourceLines[]): Map<number, InsertedRowDraft[]> {
  const out = new Map<number, InsertedRowDraft[]>();
  lines.forEach((l, source) => {
    const byAnchor = new Map<number, InsertedLine[]>();
    for (const ins of l.inserted) {
      const list = byAnchor.get(ins.after) ?? [];
      list.push(ins);
      byAnchor.set(ins.after, list);
    }
    for (const [anchor, list] of byAnchor) {
      const rows = out.get(anchor) ?? [];
      let cursor = 0;
      for (const ins of list) {
        const found = rows.findIndex((r, i) => i >= cursor && r.key === ins.key && !r.entries.some((e) => e.source === source));
        const entry: SynopsisEntry = { ...ins.entry, source };
        if (found >= 0) {
          rows[found].entries.push(entry);
          cursor = found + 1;
        } else {
          rows.splice(cursor, 0, { key: ins.key, kind: ins.entry.row.kind, entries: [entry] });
          cursor++;
        }
      }
      out.set(anchor, rows);
    }
  });
  return out;
}

/** What makes two sources' entries on a row the same change: its type, where a move goes, and the words and depth of both sides, not the labels. */
function changeKey(e: SynopsisEntry): string {
  const side = (x: SynopsisEntry['row']['base']): string => (x ? `${x.depth}\u0001${x.text}` : '');
  // a footnote's label is its number, which the lines' references carry: it is part of the change
  const footnote = e.row.kind === 'footnote' ? e.notation : '';
  return [e.type, e.movedTo ?? '', e.movedText ?? '', side(e.row.base), side(e.row.draft), footnote].join('\u0000');
}

function finishRow(head: Pick<SynopsisRow, 'kind' | 'place' | 'line' | 'after' | 'baseline'>, entries: SynopsisEntry[], sources: readonly SynopsisSource[]): SynopsisRow {
  // The same change is the same words at the same depth, whatever label the line has in each draft (a
  // relabel follows from structure); a deletion and a move away read alike: the same change also goes
  // to the same place.
  const groups: SynopsisGroup[] = [];
  const keys: string[] = [];
  for (const e of entries) {
    const key = changeKey(e);
    const at = keys.indexOf(key);
    if (at >= 0) groups[at].sources.push(e.source);
    else {
      keys.push(key);
      groups.push({ sources: [e.source], notation: e.notation });
    }
  }
  const words: WordRunGroup[] = [];
  for (const e of entries) {
    for (const w of e.words) {
      const g = words.find((x) => wordRunKey(x) === wordRunKey(w));
      if (g) g.sources.push(e.source);
      else words.push({ ...w, sources: [e.source], conflict: false });
    }
  }
  for (const g of words) g.conflict = words.some((o) => o !== g && wordRunsCollide(g, o) && o.sources.some((s) => !g.sources.includes(s)));
  const conflicts: SynopsisConflict[] = [];
  if (head.place === 'baseline') {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const c = conflictBetween(entries[i], entries[j], sources);
        if (c) conflicts.push(c);
      }
    }
  }
  // An inserted row is one line several sources insert alike: sharing it is agreeing on it.
  const agreement = entries.length >= 2 && (head.place === 'inserted' || groups.some((g) => g.sources.length >= 2) || words.some((w) => w.sources.length >= 2));
  return { ...head, entries, groups, words, agreement, conflict: conflicts.length > 0, conflicts };
}
