import { flatten } from '../engine/flatten';
import type { RowKind } from '../engine/changeSet';
import { footnoteRef, footnoteRefPattern, parseFootnoteLine } from '../grammar/footnoteRef';
import { kindOfLabel, kindStartingWith, nextLabels, readLabel } from '../grammar/labels';
import type { List, Resolution } from '../model/resolution';
import { fromText } from '../text/fromText';
import { toText } from '../text/toText';
import type { Synopsis, SynopsisRow } from './synopsisTypes';
import { relabelOnly } from './relabelRows';
import { wordRunsCollide } from './wordRuns';

/** What the coordinator takes for one row of the synopsis. */
export type RowDecision =
  /** Keep the baseline line (on an inserted row: leave the line out). */
  | { take: 'baseline' }
  /** Take this source's version of the row (where it does not change the row: the baseline line). */
  | { take: 'source'; source: number }
  /** Combine word runs (by index into each source's `words` on this row) on the baseline line. */
  | { take: 'words'; runs: Array<{ source: number; run: number }> }
  /** The coordinator's own line in the text layout (`b)\ttext`; a footnote row: its text); `''` leaves it out. */
  | { take: 'edit'; line: string };

/** A decision that cannot be applied; names the row (1-based baseline line) and why. */
export class MergeDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeDecisionError';
  }
}

/** Where an adopted change came from. */
export interface Adoption {
  /** Index into `synopsis.rows`. */
  row: number;
  /** The sources whose change was taken (every source proposing exactly that change), or `[]` for the coordinator's own words. */
  sources: string[];
  /** Their proposal numbers, in the order of `sources` (`''` for a source without one). */
  proposals: string[];
  how: RowDecision['take'];
  /** The 0-based line of the merged text (its text layout) the change stands on; absent when the change leaves the line out. */
  line?: number;
  /** For word runs taken: each run in line order, with the sources proposing it and their proposal numbers. */
  runs?: Array<{ deleted: string; inserted: string; sources: string[]; proposals: string[] }>;
}

/** The common proposal a merge yields, and what is still open. */
export interface MergeResult {
  /** The merged draft in the resolution text layout: an ordinary proposal's draft. */
  text: string;
  draft: Resolution;
  /** Which source each adopted change came from, in row order. */
  adopted: Adoption[];
  /** Rows with a conflict and no decision (indexes into `synopsis.rows`). */
  unresolved: number[];
  /** Rows some source changes that have no decision yet (conflicts included; a relabel alone is no change to decide: see `relabelOnly`). */
  undecided: number[];
  /** Per row of the synopsis: the 0-based line of the merged text it yields, or `undefined` when it yields none. */
  rowLines: Array<number | undefined>;
}

interface OutLine {
  kind: RowKind;
  depth: number;
  label?: string;
  text: string;
  /** Whose footnote numbering the line's `[^k]` references use. */
  origin: number | 'baseline';
}

function where(row: SynopsisRow): string {
  return row.place === 'baseline' ? `line ${row.line! + 1}` : `the line inserted after line ${row.after! + 1}`;
}

/** The baseline text (without label) with the picked word runs applied, and every source proposing them. */
function applyRuns(s: Synopsis, ri: number, base: string, picks: Array<{ source: number; run: number }>): { text: string; sources: number[]; runs: Array<{ deleted: string; inserted: string; sources: number[] }> } {
  const row = s.rows[ri];
  const runs = picks.map((p) => {
    const run = row.entries.find((e) => e.source === p.source)?.words[p.run];
    if (!run) throw new MergeDecisionError(`${where(row)}: ${s.sources[p.source]?.name ?? `source ${p.source}`} has no word run ${p.run} there`);
    return run;
  });
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      if (wordRunsCollide(runs[i], runs[j])) throw new MergeDecisionError(`${where(row)}: the word runs taken from ${s.sources[picks[i].source].name} and ${s.sources[picks[j].source].name} change the same words; take one of them or edit the line`);
    }
  }
  const order = runs.map((_, i) => i).sort((a, b) => runs[a].start - runs[b].start || runs[a].end - runs[b].end);
  let text = '';
  let at = 0;
  for (const i of order) {
    const start = Math.max(at, runs[i].start);
    text += base.slice(at, start) + runs[i].replacement;
    at = Math.max(start, runs[i].end);
  }
  text += base.slice(at);
  const sources = new Set<number>();
  const taken = order.map((i) => {
    const r = runs[i];
    const group = row.words.find((g) => g.start === r.start && g.end === r.end && g.replacement === r.replacement);
    group?.sources.forEach((x) => sources.add(x));
    return { deleted: r.deleted, inserted: r.inserted, sources: group?.sources ?? [picks[i].source] };
  });
  return { text, sources: [...sources].sort((a, b) => a - b), runs: taken };
}

/** Per source: its footnote labels (`[^j]` in its draft) → the baseline footnote label they stand for, or its own text. */
function footnoteMaps(s: Synopsis): Array<Map<string, { base?: string; text: string }>> {
  return s.sources.map((_, si) => {
    const map = new Map<string, { base?: string; text: string }>();
    for (const row of s.rows) {
      if (row.kind !== 'footnote') continue;
      const e = row.entries.find((x) => x.source === si);
      if (!e) {
        if (row.place === 'baseline') {
          const note = parseFootnoteLine(row.baseline!)!;
          const label = footnoteRef(note.id);
          map.set(label, { base: label, text: note.text });
        }
        continue;
      }
      if (e.row.draft) map.set(e.row.draft.label!, { base: e.row.base?.label, text: e.row.draft.text });
    }
    return map;
  });
}

/** Items labelled from their new positions; an item labelled `bis` in its source stays `bis` after the item before it. */
function relabel(lines: OutLine[]): void {
  let open: Array<{ depth: number; list: List }> = [];
  for (const l of lines) {
    if (l.kind !== 'item') {
      if (l.kind === 'call' || l.kind === 'paragraph') open = [];
      continue;
    }
    open = open.filter((o) => o.depth <= l.depth);
    let at = open.find((o) => o.depth === l.depth);
    const label = l.label ?? 'a)';
    if (!at) {
      at = { depth: l.depth, list: { type: 'list', kind: kindStartingWith(label) ?? kindOfLabel(label) ?? 'alpha', items: [] } };
      open.push(at);
    }
    const next = nextLabels(at.list);
    const bis = readLabel(label)?.bis !== undefined && next.bis !== undefined;
    l.label = bis ? next.bis : next.label;
    at.list.items.push(bis ? { text: l.text, bis: true } : { text: l.text });
  }
}

/**
 * Merge a synopsis into one common proposal: each row as decided (a source's version, word runs
 * from several sources, the coordinator's own line, or the baseline); rows without a decision
 * keep the baseline. Items are relabelled from their new positions and footnotes renumbered in
 * order of reference (each reference resolved to the footnote it meant in its source). Reports
 * which sources each adopted change came from, the conflicts still unresolved and the rows not
 * yet decided. Throws {@link MergeDecisionError} for a decision that cannot apply, and
 * `ResolutionParseError` when the merged text is not a resolution (the message names the line).
 */
export function mergeSynopsis(s: Synopsis, baseline: Resolution, decisions: ReadonlyMap<number, RowDecision>): MergeResult {
  const flat = flatten(baseline);
  const baseLines = [...flat.head, ...flat.body, ...flat.footnotes];
  const notes = footnoteMaps(s);
  const footnoteText = new Map<string, string>();
  for (const fl of flat.footnotes) footnoteText.set(fl.label!, fl.text);
  const lines: OutLine[] = [];
  const adopted: Adoption[] = [];
  const rowLine: Array<number | undefined> = s.rows.map(() => undefined);
  const footnoteRows = new Map<number, string>();
  const groupOf = (row: SynopsisRow, source: number): number[] => row.groups.find((g) => g.sources.includes(source))?.sources ?? [source];
  s.rows.forEach((row, ri) => {
    const d = decisions.get(ri) ?? { take: 'baseline' };
    const b = row.place === 'baseline' ? baseLines[row.line!] : undefined;
    if (d.take === 'words' && !b) throw new MergeDecisionError(`${where(row)}: word runs can only be taken on a baseline line`);
    const words = d.take === 'words' ? applyRuns(s, ri, b!.text, d.runs) : undefined;
    if (d.take !== 'baseline' && !(d.take === 'source' && !row.entries.some((e) => e.source === d.source))) {
      const sources = d.take === 'source' ? groupOf(row, d.source) : (words?.sources ?? []);
      const runs = words?.runs.map((r) => ({ deleted: r.deleted, inserted: r.inserted, sources: r.sources.map((i) => s.sources[i].name), proposals: r.sources.map((i) => s.sources[i].proposal) }));
      adopted.push({ row: ri, sources: sources.map((i) => s.sources[i].name), proposals: sources.map((i) => s.sources[i].proposal), how: d.take, ...(runs ? { runs } : {}) });
    }
    if (row.kind === 'footnote') {
      if (!b) {
        // a source's new footnote comes with the line that refers to it
        const label = d.take === 'source' ? row.entries.find((x) => x.source === d.source)?.row.draft?.label : undefined;
        if (label) footnoteRows.set(ri, `s${d.take === 'source' ? d.source : ''}${label}`);
        return;
      }
      footnoteRows.set(ri, `b${b.label!}`);
      if (d.take === 'source') {
        const e = row.entries.find((x) => x.source === d.source);
        if (e?.row.draft) footnoteText.set(b.label!, e.row.draft.text);
      } else if (d.take === 'edit' && d.line !== '') footnoteText.set(b.label!, parseFootnoteLine(d.line)?.text ?? d.line);
      else if (words) footnoteText.set(b.label!, words.text);
      return;
    }
    const first = lines.length;
    const keepBase = (): void => {
      if (b) lines.push({ kind: b.kind, depth: b.depth, label: b.label, text: b.text, origin: 'baseline' });
    };
    if (d.take === 'baseline') keepBase();
    else if (d.take === 'source') {
      if (d.source < 0 || d.source >= s.sources.length) throw new MergeDecisionError(`${where(row)}: no source ${d.source}`);
      const e = row.entries.find((x) => x.source === d.source);
      if (!e) keepBase();
      else if (e.row.draft) lines.push({ kind: e.row.kind, depth: e.row.draft.depth, label: e.row.draft.label, text: e.row.draft.text, origin: d.source });
      else if (b && (b.kind === 'numberLine' || b.kind === 'title' || b.kind === 'conferenceLine')) keepBase();
    } else if (words) {
      lines.push({ kind: b!.kind, depth: b!.depth, label: b!.label, text: words.text, origin: 'baseline' });
    } else if (d.take === 'edit' && d.line !== '') {
      const tab = d.line.indexOf('\t');
      const kind = row.kind;
      const depth = b?.depth ?? row.entries[0]?.row.draft?.depth ?? 0;
      lines.push(tab >= 0 && kind === 'item' ? { kind, depth, label: d.line.slice(0, tab), text: d.line.slice(tab + 1), origin: 'baseline' } : { kind, depth, text: d.line, origin: 'baseline' });
    }
    if (lines.length > first) rowLine[ri] = first;
  });
  relabel(lines);
  // Footnotes: each reference to the footnote it meant in its own source, numbered in order of reference.
  const ids = new Map<string, number>();
  const bodies: string[] = [];
  const out = lines.map((l) => {
    const text = l.text.replace(footnoteRefPattern(), (ref) => {
      const mapped = l.origin === 'baseline' ? { base: ref, text: footnoteText.get(ref) ?? '' } : (notes[l.origin].get(ref) ?? { text: '' });
      const key = mapped.base !== undefined ? `b${mapped.base}` : `s${String(l.origin)}${ref}`;
      if (!ids.has(key)) {
        ids.set(key, ids.size + 1);
        bodies.push(mapped.base !== undefined ? (footnoteText.get(mapped.base) ?? mapped.text) : mapped.text);
      }
      return footnoteRef(ids.get(key)!);
    });
    return l.label === undefined ? text : `${l.label}\t${text}`;
  });
  for (const [ri, key] of footnoteRows) {
    const id = ids.get(key);
    rowLine[ri] = id === undefined ? undefined : out.length + id - 1;
  }
  for (const a of adopted) if (rowLine[a.row] !== undefined) a.line = rowLine[a.row];
  const text = `${[...out, ...bodies.map((t, i) => `${footnoteRef(i + 1)}: ${t}`)].join('\n')}\n`;
  const draft = fromText(text);
  const changed = s.rows.map((r, i) => (r.entries.length > 0 ? i : -1)).filter((i) => i >= 0);
  return {
    text: toText(draft),
    draft,
    adopted,
    unresolved: changed.filter((i) => s.rows[i].conflict && !decisions.has(i)),
    undecided: changed.filter((i) => !decisions.has(i) && !relabelOnly(s.rows[i])),
    rowLines: rowLine,
  };
}
