/**
 * The number-line grammar: `RESOLUTION <n> (Rev. <Place>, <year>)` for an adopted resolution, or
 * `DRAFT NEW RESOLUTION [<id>]` for a new one. The parser, the engine (the ADD rule), the editor
 * and the CLI all read number lines through this module.
 */

const NUMBER_LINE = /^(RESOLUTION[ \u00A0]+\S.*|DRAFT NEW RESOLUTION \[[^\]]*\])$/;
const DRAFT_NEW = 'DRAFT NEW RESOLUTION';
const NUMBER = /^RESOLUTION[ \u00A0]+(\d+)\b/;
const REVISION = /\(Rev\.\s*([^,()]+),\s*(\d{4})\)/;
const REVISION_AT_END = /\(Rev\. [^()]*\)$/;
const NUMBER_WORD = /^RESOLUTION(?=[ \u00A0])/;

/** What a well-formed number line looks like, for error messages. */
export const NUMBER_LINE_EXPECTED = 'a number line "RESOLUTION <n> (Rev. <place>, <year>)" or "DRAFT NEW RESOLUTION [<id>]"';

/** Whether `line` is a well-formed number line. */
export function isNumberLine(line: string): boolean {
  return NUMBER_LINE.test(line);
}

/** Whether a number line announces a draft new resolution (`DRAFT NEW RESOLUTION [...]`): such a proposal is ADD. */
export function isDraftNewNumberLine(line: string): boolean {
  return line.startsWith(DRAFT_NEW);
}

/** The number line of a draft new resolution with id `id`: `DRAFT NEW RESOLUTION [id]`. */
export function draftNewNumberLine(id: string): string {
  return `${DRAFT_NEW} [${id}]`;
}

/** The resolution number a number line names (`RESOLUTION 34 (Rev. …)` → `34`), if any. */
export function resolutionNumberOf(line: string): string | undefined {
  return NUMBER.exec(line)?.[1];
}

/** The revision place and year a number line names (`(Rev. Kigali, 2022)` → Kigali, 2022), if any. */
export function revisionOf(line: string): { place: string; year: number } | undefined {
  const m = REVISION.exec(line);
  return m ? { place: m[1].trim(), year: Number(m[2]) } : undefined;
}

/** The revision a number line names at its end for `place, year`: `(Rev. Baku, 2025)`. */
export function revisionText(place: string, year: number): string {
  return `(Rev. ${place}, ${year})`;
}

/** The number line revised at `place, year`: its trailing `(Rev. …)` replaced, or added when absent. */
export function withRevision(line: string, place: string, year: number): string {
  const rev = revisionText(place, year);
  return REVISION_AT_END.test(line) ? line.replace(REVISION_AT_END, rev) : `${line} ${rev}`;
}

/**
 * Where the trailing `(Rev. …)` of a number line stands (`from` inclusive, `to` exclusive, in
 * UTF-16 units), for revising it in place; undefined when the line has none.
 */
export function revisionSpan(line: string): { from: number; to: number } | undefined {
  const m = REVISION_AT_END.exec(line);
  return m ? { from: m.index, to: m.index + m[0].length } : undefined;
}

/** `RESOLUTION 34 (Rev. Kigali, 2022)` → `Resolution 34 (Rev. Kigali, 2022)`: a number line as a sentence names the resolution. */
export function resolutionName(numberLine: string): string {
  return numberLine.replace(NUMBER_WORD, 'Resolution');
}
