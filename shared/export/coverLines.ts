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

/** A year and short name the conference name may already end with: ` 2025`, ` (WTDC-25)`, ` 2025 (WTDC-25)`. */
const NAME_TAIL = /(?:\s+\d{4})?(?:\s*\([A-Za-z]+-\d{2}\))?\s*$/;

/**
 * The conference as ITU covers name it: `World Telecommunication Development Conference 2029
 * (WTDC-29)`, the name followed by the target year and the short name. A year or short name the
 * settings' name already ends with is replaced, so the cover always follows the target year.
 */
export function conferenceTitle(settings: ContributionSettings): string {
  const name = settings.conference.name.replace(NAME_TAIL, '').trim();
  return `${name} ${settings.conference.year} (${conferenceShortName(settings)})`;
}

/**
 * The conference lines of the cover: `World Telecommunication Development Conference 2029
 * (WTDC-29)`, then where and when when the settings say (`Baku, Azerbaijan, 17-28 November 2025`).
 */
export function conferenceLines(settings: ContributionSettings): string[] {
  const c = settings.conference;
  const where = [c.place, c.dates].filter((s) => s.trim() !== '').join(', ');
  return where ? [conferenceTitle(settings), where] : [conferenceTitle(settings)];
}

/** An ISO time printed as ITU dates documents: `17 November 2025` (UTC day). */
export function coverDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid export date "${iso}": expected an ISO 8601 time`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function filled(fields: Array<[string, string]>): Array<[string, string]> {
  return fields.filter(([, value]) => value.trim() !== '');
}

/** `A`, `A and B`, `A, B and C`: a list as ITU's (British) English prints it. */
function listed(names: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
}

/**
 * The cover's Source: the settings' source, followed by the co-signatories (`Member States of the
 * APT: Australia, Japan and Thailand`) when the settings ask for them there.
 */
export function sourceLine(settings: ContributionSettings, cosignatories: readonly string[] = []): string {
  if (!settings.cosignatoriesInSource || cosignatories.length === 0) return settings.source;
  const source = settings.source.trim();
  return source ? `${source}: ${listed(cosignatories)}` : listed(cosignatories);
}

/**
 * A cover's Source read back: the source without the co-signatories {@link sourceLine} added, and
 * whether it had them (`Member States of the APT: Australia, Japan and Thailand`).
 */
export function splitSourceLine(line: string, cosignatories: readonly string[]): { source: string; listed: boolean } {
  if (cosignatories.length === 0) return { source: line, listed: false };
  const list = listed(cosignatories);
  if (line === list) return { source: '', listed: true };
  return line.endsWith(`: ${list}`) ? { source: line.slice(0, -list.length - 2), listed: true } : { source: line, listed: false };
}

/**
 * The labelled cover fields in print order (label without colon, value): `Source`, `Title` …; empty
 * ones left out. `cosignatories` (all of the contribution's) go into the Source when the settings ask.
 */
export function coverFields(settings: ContributionSettings, cosignatories: readonly string[] = []): Array<[string, string]> {
  const c = settings.cover;
  return filled([
    ['Source', sourceLine(settings, cosignatories)],
    ['Title', c.title],
    ['Priority area', c.priorityArea],
    ['Summary', c.summary],
    ['Expected results', c.expectedResults],
    ['References', c.references],
  ]);
}

/**
 * The contact block lines (`Name/Organization/Entity`, `Phone number`, `E-mail`); empty ones
 * left out, so a cover never prints a label without its value (no empty "Phone number:"). None
 * at all: the cover has no contact block.
 */
export function contactLines(settings: ContributionSettings): Array<[string, string]> {
  const c = settings.cover.contact;
  const who = [c.name, c.organization].filter((s) => s.trim() !== '').join(', ');
  return filled([
    ['Name/Organization/Entity', who],
    ['Phone number', c.phone],
    ['E-mail', c.email],
  ]);
}
