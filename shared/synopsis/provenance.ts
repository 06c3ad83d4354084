import type { AdoptedChange, Provenance, ProvenanceSource } from '../contribution/provenanceSchema';
import { parseFootnoteLine } from '../grammar/footnoteRef';
import type { MergeResult } from './mergeProposal';
import type { Synopsis } from './synopsisTypes';

/** The text of a line of the text layout without its label (`b)\t…`) or footnote label (`[^2]: …`). */
function withoutLabel(line: string): string {
  return parseFootnoteLine(line)?.text ?? line.replace(/^[^\t]*\t/, '');
}

/**
 * The provenance a merge records on the common proposal: every source compiled, and for each
 * adopted change its place in the baseline and in the merged draft, how it was taken, and every
 * source (name and proposal number) proposing exactly that, or none for the coordinator's wording.
 */
export function provenanceOf(s: Synopsis, merged: Pick<MergeResult, 'adopted' | 'text'>): Provenance {
  const lines = merged.text.split('\n');
  const changes: AdoptedChange[] = [];
  for (const a of merged.adopted) {
    if (a.how === 'baseline') continue;
    const row = s.rows[a.row];
    changes.push({
      ...(row.place === 'baseline' ? { baselineLine: row.line! } : { after: row.after! }),
      ...(a.line !== undefined ? { line: a.line, text: withoutLabel(lines[a.line] ?? '') } : {}),
      how: a.how,
      sources: a.sources.map((name, i) => ({ name, proposal: a.proposals[i] ?? '' })),
      ...(a.runs ? { runs: a.runs.map((r) => ({ deleted: r.deleted, inserted: r.inserted, sources: r.sources.map((name, i) => ({ name, proposal: r.proposals[i] ?? '' })) })) } : {}),
    });
  }
  return { compiledFrom: s.sources.map((x) => ({ name: x.name, proposal: x.proposal })), changes };
}

/** A source as the app and the CLI name it: `APT (ACP/12A1/1)`, or `APT` without a proposal number. */
export function sourceName(x: ProvenanceSource): string {
  return x.proposal ? `${x.name} (${x.proposal})` : x.name;
}

/** Where an adopted change stands, in the user's terms: `draft line 6 (adopted line 5)`, `adopted line 12, left out`. */
export function changePlace(c: AdoptedChange): string {
  const base = c.baselineLine !== undefined ? `adopted line ${c.baselineLine + 1}` : `new after adopted line ${(c.after ?? 0) + 1}`;
  return c.line !== undefined ? `draft line ${c.line + 1} (${base})` : `${base}, left out`;
}

/**
 * Who an adopted change came from: `APT (ACP/12A1/1), RCC (RCC/16A5/1)`; for word runs, each run
 * with its sources (`words “key” → “central” from APT (ACP/12A1/1); “and its review” inserted from CITEL`); or
 * `coordinator’s wording`.
 */
export function changeOrigin(c: AdoptedChange): string {
  if (c.how === 'edit' || c.sources.length === 0) return 'coordinator’s wording';
  const names = c.sources.map(sourceName).join(', ');
  if (c.how !== 'words') return names;
  if (!c.runs?.length) return `words from ${names}`;
  const run = (r: { deleted: string; inserted: string }): string => (!r.deleted ? `“${r.inserted}” inserted` : !r.inserted ? `“${r.deleted}” deleted` : `“${r.deleted}” → “${r.inserted}”`);
  return `words ${c.runs.map((r) => `${run(r)} from ${r.sources.map(sourceName).join(', ')}`).join('; ')}`;
}

/** One line per adopted change (`draft line 6 (adopted line 5): APT (ACP/12A1/1)`), after a line naming every source compiled. */
export function provenanceLines(p: Provenance): string[] {
  return [`Common proposal compiled from ${p.compiledFrom.map(sourceName).join(', ')}`, ...p.changes.map((c) => `${changePlace(c)}: ${changeOrigin(c)}`)];
}

/**
 * The line of the draft (0-based, text layout) an adopted change stands on now: the line reading
 * its recorded text nearest to where it was merged (the draft may have been edited since), else
 * the line it was merged to; `null` when the change left its line out.
 */
export function currentLineOf(c: AdoptedChange, draftLines: readonly string[]): number | null {
  if (c.line === undefined) return null;
  let best = -1;
  draftLines.forEach((l, i) => {
    if (c.text !== undefined && withoutLabel(l) === c.text && (best < 0 || Math.abs(i - c.line!) < Math.abs(best - c.line!))) best = i;
  });
  return best >= 0 ? best : Math.min(c.line, Math.max(0, draftLines.length - 1));
}
