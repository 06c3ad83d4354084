import type { Synopsis, SynopsisEntry } from './synopsisTypes';

/** The `format` of a synopsis JSON document. */
export const SYNOPSIS_JSON_FORMAT = 'resolution-drafter-synopsis';

/** A draft new resolution in the sources (nothing to align it with; listed, not compared). */
export interface NewResolutionNote {
  source: string;
  proposal: string;
  numberLine: string;
  title: string;
}

function lineNumber(index: number | undefined): number | undefined {
  return index === undefined ? undefined : index + 1;
}

function changeJson(s: Synopsis, e: SynopsisEntry): Record<string, unknown> {
  const src = s.sources[e.source];
  return {
    source: src.name,
    proposal: src.proposal,
    type: e.type,
    change: e.notation,
    ...(e.relabelled ? { relabelled: true } : {}),
    ...(e.movedTo !== undefined ? { movedAfterLineNumber: lineNumber(e.movedTo) } : {}),
    ...(e.movedFrom !== undefined ? { movedFromLineNumber: lineNumber(e.movedFrom) } : {}),
  };
}

/**
 * One resolution's synopsis as plain JSON data: its sources (name, proposal number, symbol,
 * reasons), and every row (each baseline line, `lineNumber` counted from 1 in the baseline text
 * layout, and each inserted line, placed by `afterLineNumber`) with each source's change in the
 * word-diff notation, the identical changes grouped, the word runs, and the agreement and
 * conflict flags with the conflicting pairs and why.
 */
export function synopsisToJson(s: Synopsis): Record<string, unknown> {
  const name = (i: number): string => s.sources[i].name;
  return {
    number: s.number,
    edition: s.edition,
    numberLine: s.numberLine,
    title: s.title,
    sources: s.sources.map((src) => ({ name: src.name, proposal: src.proposal, symbol: src.symbol, reasons: src.reasons, origin: src.origin })),
    stats: s.stats,
    rows: s.rows.map((r) => ({
      place: r.place,
      kind: r.kind,
      ...(r.place === 'baseline' ? { lineNumber: lineNumber(r.line), baseline: r.baseline } : { afterLineNumber: lineNumber(r.after) }),
      changes: r.entries.map((e) => changeJson(s, e)),
      groups: r.groups.map((g) => ({ sources: g.sources.map(name), change: g.notation })),
      words: r.words.map((w) => ({ sources: w.sources.map(name), from: w.from, to: w.to, deleted: w.deleted, inserted: w.inserted, conflict: w.conflict })),
      agreement: r.agreement,
      conflict: r.conflict,
      conflicts: r.conflicts.map((c) => ({ sources: c.sources.map(name), reason: c.reason })),
    })),
  };
}

/** The whole JSON document of a synopsis run: one entry per resolution, then the draft new resolutions. */
export function synopsesToJson(synopses: readonly Synopsis[], newResolutions: readonly NewResolutionNote[] = []): string {
  return `${JSON.stringify({ format: SYNOPSIS_JSON_FORMAT, version: 1, resolutions: synopses.map(synopsisToJson), newResolutions }, null, 2)}\n`;
}
