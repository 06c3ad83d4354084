/**
 * The conference-line grammar: `The World Telecommunication Development Conference (<place>, <year>),`
 * names the conference that adopted (or, in a draft, revises) the resolution. The editor's
 * "Revise for …", the draft-new-resolution template and the checks read and write it here.
 */

const PLACE_AT_END = /\([^()]*, \d{4}\),$/;

/** The conference line of a WTDC at `place, year`. */
export function conferenceLineFor(place: string, year: number): string {
  return `The World Telecommunication Development Conference ${conferencePlaceText(place, year)}`;
}

/** The end of a conference line naming `place, year`: `(Baku, 2025),`. */
export function conferencePlaceText(place: string, year: number): string {
  return `(${place}, ${year}),`;
}

/**
 * Where the trailing `(<place>, <year>),` of a conference line stands (`from` inclusive, `to`
 * exclusive), for revising it in place; undefined when the line does not end that way.
 */
export function conferencePlaceSpan(line: string): { from: number; to: number } | undefined {
  const m = PLACE_AT_END.exec(line);
  return m ? { from: m.index, to: m.index + m[0].length } : undefined;
}
