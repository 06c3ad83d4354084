import { placeAndYearOf } from '../grammar/numberLine';
import { resolutionCitations } from '../grammar/resolutionCitation';
import type { Finding, FindingPlace } from './finding';
import { said, words, type Message } from '../i18n/translate';

/** An edition of adopted resolutions the app knows (bundled or imported). */
export interface KnownEdition {
  id: string;
  /** The conference place, e.g. `Kigali`. */
  place: string;
  year: number;
  /** The resolution numbers the edition holds. */
  numbers: string[];
  /** Whether `numbers` is every resolution that conference adopted or revised (false: a selection). */
  complete?: boolean;
  /**
   * The number line of each resolution it holds, by number (`RESOLUTION 37 (Rev. Kigali, 2022)`),
   * when known: a text whose number line names another conference was not revised at this one.
   */
  numberLines?: Record<string, string>;
}

/** A citation found in a text. */
export interface Citation {
  number: string;
  revised: boolean;
  place: string;
  year: number;
  text: string;
}

/**
 * Every resolution cited with its own place and year in a text (`Resolution N ([Rev. ]Place,
 * Year)` and its forms in the other languages, `shared/grammar/resolutionCitation.ts`); `text` is
 * the citation from its first word to that place and year.
 */
export function citationsIn(text: string): Citation[] {
  const out: Citation[] = [];
  for (const c of resolutionCitations(text)) {
    c.resolutions.forEach((r, i) => {
      if (!r.own || r.place === undefined || r.year === undefined) return;
      out.push({ number: r.number, revised: r.revised ?? false, place: r.place, year: r.year, text: text.slice(i === 0 ? c.start : r.start, r.end) });
    });
  }
  return out;
}

const samePlace = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The conference a number line names, or `null` when it names none. */
function conferenceOf(numberLine: string): { place: string; year: number } | null {
  return placeAndYearOf(numberLine.trim()) ?? null;
}

/** Why a citation of revision `c` does not exist in the editions of its place and year, or `null` when it may. */
function missingRevision(c: Citation, editions: KnownEdition[]): Message | null {
  const holding = editions.filter((e) => e.numbers.includes(c.number));
  // an edition holding the text as revised there (or a number line not known) says it exists
  const asRevised = holding.filter((e) => {
    const line = e.numberLines?.[c.number];
    const conf = line === undefined ? null : conferenceOf(line);
    return !conf || (samePlace(conf.place, e.place) && conf.year === e.year);
  });
  if (asRevised.length > 0) return null;
  const e = holding[0];
  if (e) return words('check.citation.notRevised', { place: e.place, year: String(e.year), number: c.number, edition: e.id, numberLine: e.numberLines![c.number]! });
  if (editions.every((x) => x.complete)) {
    const first = editions[0];
    return words('check.citation.notAdopted', { count: editions.length, place: first.place, year: String(first.year), number: c.number, editions: editions.map((x) => x.id).join(', ') });
  }
  return null;
}

/**
 * Citations checked against the editions the app knows (bundled and imported): a revision at a
 * known conference place in another year, of a number no complete edition of that conference
 * holds, or of a resolution that conference's edition holds as revised elsewhere (its number line),
 * does not exist (error); one of a resolution this contribution revises points at a text that is
 * about to change (warning). Places the app knows no edition of are not judged (e.g.
 * Plenipotentiary conferences).
 */
export function checkCitations(
  text: string,
  editions: KnownEdition[],
  revising: { number: string; edition: string }[],
  place: FindingPlace,
): Finding[] {
  const findings: Finding[] = [];
  for (const c of citationsIn(text)) {
    const atPlace = editions.filter((e) => samePlace(e.place, c.place));
    if (atPlace.length === 0) continue;
    const ofYear = atPlace.filter((e) => e.year === c.year);
    if (ofYear.length === 0) {
      const known = [...new Set(atPlace.map((e) => `${e.place}, ${e.year}`))];
      findings.push({
        code: 'citation-unknown-revision',
        severity: 'error',
        ...said('check.citation.noConference', { citation: c.text, known: known.join('; ') }),
        place,
      });
      continue;
    }
    const missing = missingRevision(c, ofYear);
    if (missing) {
      findings.push({ code: 'citation-unknown-revision', severity: 'error', ...said('check.citation.noRevision', { citation: c.text, missing }), place });
      continue;
    }
    if (revising.some((r) => r.number === c.number && ofYear.some((e) => e.id === r.edition))) {
      findings.push({
        code: 'citation-being-revised',
        severity: 'warning',
        ...said('check.citation.beingRevised', { citation: c.text }),
        place,
      });
    }
  }
  return findings;
}

/**
 * An edition as the checks know it, from what a host lists: its place and year, the numbers and
 * number lines of its resolutions. A bundled edition is a selection of its conference's
 * resolutions; an imported one is taken as all of them (the conference's texts as the ITU
 * published them), so a citation of a number it does not hold is an error.
 */
export function knownEdition(edition: { id: string; place: string; year: number; bundled: boolean }, resolutions: Array<{ number: string; numberLine?: string }>): KnownEdition {
  const numberLines: Record<string, string> = {};
  for (const r of resolutions) if (r.numberLine !== undefined) numberLines[r.number] = r.numberLine;
  return { id: edition.id, place: edition.place, year: edition.year, numbers: resolutions.map((r) => r.number), complete: !edition.bundled, numberLines };
}
