import type { ContributionSettings, Language } from '../contribution/schema';

/** The document-language letter ITU appends to document numbers (`-E`, `-F`, …). */
const LANGUAGE_LETTER: Record<Language, string> = { en: 'E', fr: 'F', es: 'S', ar: 'A', zh: 'C', ru: 'R' };

/** The language names printed in `Original: …`. */
const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ar: 'Arabic',
  zh: 'Chinese',
  ru: 'Russian',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a number left open by the delegate prints as (the secretariat fills it in). */
export const OPEN_NUMBER = '[…]';

/**
 * The conference's short name as document references carry it, `WTDC-25`: the letters of the
 * short name the conference name gives in brackets (`… Conference (WTDC-25)`), `WTDC` when it
 * gives none, then the last two digits of the target year.
 */
export function conferenceShortName(settings: ContributionSettings): string {
  const yy = String(settings.conference.year % 100).padStart(2, '0');
  const letters = /\(([A-Za-z]+)-\d{2}\)/.exec(settings.conference.name)?.[1] ?? 'WTDC';
  return `${letters.toUpperCase()}-${yy}`;
}

/**
 * The document reference ITU prints in the page header, `WTDC-25/42(Add.1)-E`: conference short
 * name, document number, `(Add.N)` when there is an addendum, the language letter. A document
 * number not yet assigned prints as `[…]` (`WTDC-25/[…]-E`); an empty addendum means none.
 */
export function documentReference(settings: ContributionSettings): string {
  const doc = settings.documentNumber.trim() || OPEN_NUMBER;
  const add = settings.addendumNumber.trim();
  return `${conferenceShortName(settings)}/${doc}${add === '' ? '' : `(Add.${add})`}-${LANGUAGE_LETTER[settings.language]}`;
}

/**
 * `Addendum 1 to Document WTDC-25/23-E` (no addendum: `Document WTDC-25/23-E`); a document
 * number not yet assigned prints as `[…]`.
 */
export function documentLine(settings: ContributionSettings): string {
  const doc = settings.documentNumber.trim() || OPEN_NUMBER;
  const add = settings.addendumNumber.trim();
  const reference = `Document ${conferenceShortName(settings)}/${doc}-${LANGUAGE_LETTER[settings.language]}`;
  return add === '' ? reference : `Addendum ${add} to ${reference}`;
}

/** `Original: English`. */
export function originalLine(settings: ContributionSettings): string {
  return `Original: ${LANGUAGE_NAME[settings.language]}`;
}

/** The conference line of the cover: `World Telecommunication Development Conference (WTDC-25)` and where/when. */
export function conferenceLines(settings: ContributionSettings): string[] {
  const c = settings.conference;
  const where = [c.place, c.dates].filter((s) => s.trim() !== '').join(', ');
  return where ? [c.name, where] : [c.name];
}

/** An ISO time printed as ITU dates documents: `17 November 2025` (UTC day). */
export function coverDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid export date "${iso}": expected an ISO 8601 time`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The labelled cover fields in print order (label without colon, value). */
export function coverFields(settings: ContributionSettings): Array<[string, string]> {
  const c = settings.cover;
  return [
    ['Title', c.title],
    ['Priority area', c.priorityArea],
    ['Summary', c.summary],
    ['Expected results', c.expectedResults],
    ['References', c.references],
  ];
}

/** The contact block lines (`Name/Organization`, `Phone number`, `E-mail`), empty parts left out. */
export function contactLines(settings: ContributionSettings): Array<[string, string]> {
  const c = settings.cover.contact;
  const who = [c.name, c.organization].filter((s) => s.trim() !== '').join(', ');
  return [
    ['Name/Organization/Entity', who],
    ['Phone number', c.phone],
    ['E-mail', c.email],
  ];
}
