import type { Finding, FindingPlace } from './finding';

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
}

/** `Resolution 34 (Rev. Kigali, 2022)` or `Resolution 32 (Kyoto, 1994)`. */
const CITATION = /Resolutions?[\s\u00A0]+(\d+)[\s\u00A0]+\((Rev\.[\s\u00A0]+)?([^,()]+?),[\s\u00A0]*(\d{4})\)/g;

/** A citation found in a text. */
export interface Citation {
  number: string;
  revised: boolean;
  place: string;
  year: number;
  text: string;
}

/** Every `Resolution N ([Rev. ]Place, Year)` in a text. */
export function citationsIn(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => ({ number: m[1], revised: !!m[2], place: m[3].trim(), year: Number(m[4]), text: m[0] }));
}

/**
 * Citations checked against the editions the app knows: a revision at a known conference place
 * in another year, or of a number that edition (when complete) does not hold, does not exist
 * (error); one of a resolution this contribution revises points at a text that is about to change
 * (warning). Places the app knows no edition of are not judged (e.g. Plenipotentiary conferences).
 */
export function checkCitations(
  text: string,
  editions: KnownEdition[],
  revising: { number: string; edition: string }[],
  place: FindingPlace,
): Finding[] {
  const findings: Finding[] = [];
  for (const c of citationsIn(text)) {
    const atPlace = editions.filter((e) => e.place.toLowerCase() === c.place.toLowerCase());
    if (atPlace.length === 0) continue;
    const edition = atPlace.find((e) => e.year === c.year);
    if (!edition) {
      findings.push({
        code: 'citation-unknown-revision',
        severity: 'error',
        message: `“${c.text}” cites a conference that did not take place: the app knows ${atPlace.map((e) => `${e.place}, ${e.year}`).join('; ')}.`,
        place,
      });
      continue;
    }
    if (edition.complete && !edition.numbers.includes(c.number)) {
      findings.push({
        code: 'citation-unknown-revision',
        severity: 'error',
        message: `“${c.text}” cites a revision that does not exist: ${edition.place}, ${edition.year} did not adopt or revise Resolution ${c.number}.`,
        place,
      });
      continue;
    }
    if (revising.some((r) => r.number === c.number && r.edition === edition.id)) {
      findings.push({
        code: 'citation-being-revised',
        severity: 'warning',
        message: `“${c.text}” cites a text this contribution proposes to revise; check that the citation should not follow the revision.`,
        place,
      });
    }
  }
  return findings;
}
