import { WTDC_CONFERENCES } from '../corpus/wtdcConferences';
import { flatten } from '../engine/flatten';
import { resolutionNumberOf } from '../grammar/numberLine';
import { resolutionCitations, type ResolutionCitation } from '../grammar/resolutionCitation';
import type { Resolution } from '../model/resolution';
import type { Finding, FindingPlace } from './finding';
import { said, words, type Message } from '../i18n/translate';

/** Where another resolution cites the one a proposal changes. */
export interface CitationSite {
  /** The citing resolution's number. */
  resolution: string;
  /** 0-based line of the citing resolution's text layout. */
  line: number;
  /** The call the line stands under, when it is in the body. */
  call?: string;
  /** The item's label, when the line is an item. */
  item?: string;
  /** The citation as written (`Resolution 17 (Rev. Kigali, 2022) of this conference`). */
  text: string;
}

/** One resolution of an edition, by number. */
export interface EditionText {
  number: string;
  resolution: Resolution;
}

/** Whether a citation names a resolution of the World Telecommunication Development Conference. */
function citesWtdc(c: ResolutionCitation, index: number, conferences: ReadonlyArray<{ place: string; year: number }>): boolean {
  if (c.body === 'this-conference' || c.body === 'wtdc') return true;
  if (c.body === 'other') return false;
  const r = c.resolutions[index];
  return r.place !== undefined && conferences.some((k) => k.place.toLowerCase() === r.place!.toLowerCase() && k.year === r.year);
}

/**
 * Every place where another resolution of an edition cites Resolution `number` as a WTDC
 * resolution: cited "of this conference", "of WTDC" / "of the World Telecommunication
 * Development Conference", or by a place and year of a WTDC (`conferences`). Citations of other
 * bodies' resolutions of the same number (the Plenipotentiary's Resolution 34) are not it.
 */
export function citationsOf(number: string, edition: readonly EditionText[], conferences: ReadonlyArray<{ place: string; year: number }> = WTDC_CONFERENCES): CitationSite[] {
  const sites: CitationSite[] = [];
  for (const { number: citing, resolution } of edition) {
    if (citing === number) continue;
    const f = flatten(resolution);
    let call: string | undefined;
    for (const line of [...f.head.slice(1), ...f.body, ...f.footnotes]) {
      if (line.kind === 'call') call = line.text;
      for (const c of resolutionCitations(line.text)) {
        const hit = c.resolutions.some((r, i) => r.number === number && citesWtdc(c, i, conferences));
        if (!hit) continue;
        const site: CitationSite = { resolution: citing, line: line.line, text: line.text.slice(c.start, c.end) };
        if (line.kind !== 'footnote' && call !== undefined && line.kind !== 'call') site.call = call;
        if (line.label !== undefined) site.item = line.kind === 'footnote' ? `footnote ${line.label.slice(2, -1)}` : line.label;
        sites.push(site);
      }
    }
  }
  return sites;
}

/** `58`, `58 and 82`, `5, 58 and 82`. */
/** `34`, `34 and 36`, `34, 35 and 36`, in the reader's words. */
function numberList(numbers: string[]): Message {
  return words('list.and', { count: numbers.length, a: numbers.slice(0, -1).join(', ') || (numbers[0] ?? ''), b: numbers[numbers.length - 1] ?? '' });
}

/** What a proposal does that other texts' citations feel. */
export type ImpactKind = 'suppressed' | 'renumbered' | 'retitled';

/** The message for an impact, one whole sentence per kind (and per one or several citing resolutions). */
function impactMessage(kind: ImpactKind, number: string, citing: string[], renumberedTo?: string): { message: string; text: Message } {
  const values = { count: citing.length, number, citing: numberList(citing) };
  switch (kind) {
    case 'suppressed':
      return said('check.impact.suppressed', values);
    case 'renumbered':
      return said('check.impact.renumbered', { ...values, to: renumberedTo ?? '' });
    case 'retitled':
      return said('check.impact.retitled', values);
  }
}

/**
 * The impact of one proposal on the other texts of its edition: for a SUP, a renumbering (the
 * draft's number line names another number) or a changed title, a warning listing every
 * resolution that cites the affected one, with each citation's place (`related`) to go to.
 */
export function impactFindings(
  proposal: { symbol: 'SUP' | 'MOD' | 'ADD' | 'NOC'; baseline: { edition: string; number: string }; adopted: Resolution; draft: Resolution },
  edition: readonly EditionText[],
  where: FindingPlace,
  conferences: ReadonlyArray<{ place: string; year: number }> = WTDC_CONFERENCES,
): Finding[] {
  const { number } = proposal.baseline;
  const kinds: Array<{ kind: ImpactKind; to?: string; line: number }> = [];
  if (proposal.symbol === 'SUP') kinds.push({ kind: 'suppressed', line: 0 });
  else if (proposal.symbol === 'MOD') {
    const to = resolutionNumberOf(proposal.draft.numberLine);
    if (to !== undefined && to !== number) kinds.push({ kind: 'renumbered', to, line: 0 });
    if (proposal.draft.title.trim() !== proposal.adopted.title.trim()) kinds.push({ kind: 'retitled', line: 1 });
  }
  if (kinds.length === 0) return [];
  const sites = citationsOf(number, edition, conferences);
  if (sites.length === 0) return [];
  const citing = [...new Set(sites.map((s) => s.resolution))].sort((a, b) => Number(a) - Number(b));
  return kinds.map(({ kind, to, line }) => ({
    code: 'cited-elsewhere',
    severity: 'warning' as const,
    ...impactMessage(kind, number, citing, to),
    place: proposal.symbol === 'SUP' ? where : { ...where, line },
    related: sites.map((s) => ({ edition: proposal.baseline.edition, ...s })),
  }));
}
