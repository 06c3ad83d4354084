/**
 * The place-and-year part of a head line: `(Rev. Kigali, 2022)` at the end of a number line,
 * `(Kigali, 2022),` at the end of a conference line. A MOD revises it for the target conference;
 * a new edition revises it for the conference that adopted it.
 */

const TRAILING_PARENTHETICAL = /\s*\([^()]*\)(?=[,.;:]?$)/;

/** A head line without its trailing parenthetical (`RESOLUTION 34`, `The … Conference,`); other lines unchanged. */
export function withoutPlaceAndYear(line: string): string {
  return line.replace(TRAILING_PARENTHETICAL, '');
}
