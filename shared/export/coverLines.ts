import type { ContributionSettings } from '../contribution/schema';
import { documentShortName, withoutShortNameAndYear } from '../grammar/conferenceLine';
import { grammarOf } from '../grammar/grammars';
import type { CoverWords, LanguageCode } from '../grammar/resolutionLanguage';

/** What a number left open by the delegate prints as (the secretariat fills it in). */
export const OPEN_NUMBER = '[…]';

/** The words of the cover and the proposals in the contribution's language (`Reasons`, `Source` …). */
export function coverWords(settings: ContributionSettings): CoverWords {
  return grammarOf(settings.language).cover;
}

/** The colon after a cover field's label, as the contribution's language writes it (`:`, Chinese `：`). */
export function fieldColon(settings: ContributionSettings): string {
  return grammarOf(settings.language).punctuation.colon;
}

/**
 * The conference's short name as document references carry it, `WTDC-25`: the letters of the
 * short name the conference name gives in brackets (`… Conference (WTDC-25)`), `WTDC` when it
 * gives none, then the last two digits of the target year. ITU's references are the same in
 * every language (`Document WTDC17/11-R`).
 */
export function conferenceShortName(settings: ContributionSettings): string {
  const yy = String(settings.conference.year % 100).padStart(2, '0');
  return `${documentShortName(settings.conference.name)}-${yy}`;
}

/**
 * The document reference ITU prints in the page header, `WTDC-25/42(Add.1)-E`: conference short
 * name, document number, `(Add.N)` when there is an addendum, the language letter (`-F`, `-A` …).
 * A document number not yet assigned prints as `[…]` (`WTDC-25/[…]-E`); an empty addendum means none.
 */
export function documentReference(settings: ContributionSettings): string {
  const doc = settings.documentNumber.trim() || OPEN_NUMBER;
  const add = settings.addendumNumber.trim();
  return `${conferenceShortName(settings)}/${doc}${add === '' ? '' : `(Add.${add})`}-${grammarOf(settings.language).documentLetter}`;
}

/**
 * `Addendum 1 to Document WTDC-25/23-E` (no addendum: `Document WTDC-25/23-E`), in the
 * contribution's language (`Addendum 1 au Document WTDC-25/23-F`); a document number not yet
 * assigned prints as `[…]`.
 */
export function documentLine(settings: ContributionSettings): string {
  const doc = settings.documentNumber.trim() || OPEN_NUMBER;
  const add = settings.addendumNumber.trim();
  const words = coverWords(settings);
  const reference = `${conferenceShortName(settings)}/${doc}-${grammarOf(settings.language).documentLetter}`;
  return add === '' ? words.document.replace('{reference}', reference) : words.addendum.replace('{addendum}', add).replace('{reference}', reference);
}

/** `Original: English`, in the contribution's language (`Original: français`, `الأصل: بالعربية`). */
export function originalLine(settings: ContributionSettings): string {
  const words = coverWords(settings);
  return words.original.replace('{language}', words.languageNames[settings.language]);
}

/**
 * The conference as ITU covers name it: `World Telecommunication Development Conference 2029
 * (WTDC-29)`, the name followed by the target year and the short name. A year or short name the
 * settings' name already ends with is replaced, so the cover always follows the target year.
 */
export function conferenceTitle(settings: ContributionSettings): string {
  const name = withoutShortNameAndYear(settings.conference.name);
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

/**
 * An ISO time printed as ITU dates documents (UTC day), in the contribution's language:
 * `17 November 2025`, `17 novembre 2025`, `17 ноября 2025 г.`, `2025年11月17日`; Western digits
 * in every language, as ITU's Arabic documents print them.
 */
export function coverDate(iso: string, settings?: Pick<ContributionSettings, 'language'>): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid export date "${iso}": expected an ISO 8601 time`);
  const locale = grammarOf(settings?.language ?? 'en').locale;
  return new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

function filled(fields: Array<[string, string]>): Array<[string, string]> {
  return fields.filter(([, value]) => value.trim() !== '');
}

/** `A`, `A and B`, `A, B and C`: a list as the language prints it (ITU's British English: `A, B and C`; `A, B et C`; `A、B和C`). */
function listed(names: readonly string[], language: LanguageCode): string {
  return new Intl.ListFormat(grammarOf(language).locale, { type: 'conjunction' }).format(names);
}

/**
 * The cover's Source: the settings' source, followed by the co-signatories (`Member States of the
 * APT: Australia, Japan and Thailand`) when the settings ask for them there.
 */
export function sourceLine(settings: ContributionSettings, cosignatories: readonly string[] = []): string {
  if (!settings.cosignatoriesInSource || cosignatories.length === 0) return settings.source;
  const source = settings.source.trim();
  const list = listed(cosignatories, settings.language);
  return source ? `${source}${fieldColon(settings)} ${list}` : list;
}

/**
 * A cover's Source read back: the source without the co-signatories {@link sourceLine} added, and
 * whether it had them (`Member States of the APT: Australia, Japan and Thailand`), in the
 * contribution's language.
 */
export function splitSourceLine(line: string, cosignatories: readonly string[], language: LanguageCode = 'en'): { source: string; listed: boolean } {
  if (cosignatories.length === 0) return { source: line, listed: false };
  const list = listed(cosignatories, language);
  if (line === list) return { source: '', listed: true };
  const tail = `${grammarOf(language).punctuation.colon} ${list}`;
  return line.endsWith(tail) ? { source: line.slice(0, -tail.length), listed: true } : { source: line, listed: false };
}

/**
 * The labelled cover fields in print order (label without colon, value), labels in the
 * contribution's language: `Source`, `Title` …; empty ones left out. The title is the second.
 * `cosignatories` (all of the contribution's) go into the Source when the settings ask.
 */
export function coverFields(settings: ContributionSettings, cosignatories: readonly string[] = []): Array<[string, string]> {
  const c = settings.cover;
  const w = coverWords(settings);
  return filled([
    [w.source, sourceLine(settings, cosignatories)],
    [w.title, c.title],
    [w.priorityArea, c.priorityArea],
    [w.summary, c.summary],
    [w.expectedResults, c.expectedResults],
    [w.references, c.references],
  ]);
}

/**
 * The contact block lines (`Name/Organization/Entity`, `Phone number`, `E-mail`); empty ones
 * left out, so a cover never prints a label without its value (no empty "Phone number:"). None
 * at all: the cover has no contact block.
 */
export function contactLines(settings: ContributionSettings): Array<[string, string]> {
  const c = settings.cover.contact;
  const w = coverWords(settings);
  const who = [c.name, c.organization].filter((s) => s.trim() !== '').join(', ');
  return filled([
    [w.contactName, who],
    [w.phone, c.phone],
    [w.email, c.email],
  ]);
}
