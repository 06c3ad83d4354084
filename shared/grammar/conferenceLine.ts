import { GRAMMARS, grammarOf, plainWhen } from './grammars';
import type { LanguageCode, ResolutionGrammar } from './resolutionLanguage';
import { languageOfText } from './textLanguage';
import { fillTemplate, literalPattern, templatePattern } from './textPattern';

/**
 * The conference-line grammar in the six languages: `The World Telecommunication Development
 * Conference (<place>, <year>),` (`La Conférence mondiale de développement des télécommunications
 * (Kigali, 2022),`, `Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),`,
 * `إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،`, `世界电信发展大会（2022年，基加利），`) names the
 * conference that adopted (or, in a draft, revises) the resolution. The editor's "Revise for …",
 * the draft-new-resolution template, the edition import and the checks read and write it here.
 */

/** A conference line read: its language, the conference's name (without `The`, `La` …), place and year. */
export interface ConferenceLineParts {
  language: LanguageCode;
  /** `World Telecommunication Development Conference`. */
  name: string;
  place: string;
  year: number;
  /** Where `(<place>, <year>),` stands in the line (`from` inclusive, `to` exclusive). */
  from: number;
  to: number;
}

interface Compiled {
  grammar: ResolutionGrammar;
  line: RegExp;
  lead: RegExp;
}

const COMPILED: Compiled[] = GRAMMARS.map((g) => {
  const tail = templatePattern(g.conferenceLine.slice(g.conferenceLine.indexOf('{conference}') + '{conference}'.length).replace('{when}', plainWhen(g)), {
    caseless: true,
  });
  const lead = g.conferenceLead.map((w) => literalPattern(w)).join('|');
  return {
    grammar: g,
    line: new RegExp(`^(?<conference>.*?)(?<tail>${tail})$`, 'u'),
    lead: new RegExp(lead ? `^(?:${lead})[\\s\\u00A0\\u202F]*` : '^(?!)', 'u'),
  };
});

/**
 * A conference line read, in whichever of the six languages it is; undefined when the line does
 * not end `(<place>, <year>),`. Languages that write the place and year alike (English, French,
 * Spanish) are told apart by the line's words.
 */
export function parseConferenceLine(line: string): ConferenceLineParts | undefined {
  const matches = COMPILED.map((c) => ({ c, m: c.line.exec(line) })).filter((x): x is { c: Compiled; m: RegExpExecArray } => x.m?.groups !== undefined);
  if (matches.length === 0) return undefined;
  const language = languageOfText(line);
  const { c, m } = matches.find((x) => x.c.grammar.code === language) ?? matches[0];
  const groups = m.groups!;
  const name = groups.conference.trim().replace(c.lead, '');
  const from = groups.conference.length + (/^[\s\u00A0\u202F]*/.exec(groups.tail)?.[0].length ?? 0);
  return { language: c.grammar.code, name, place: groups.place.trim(), year: Number(groups.year), from, to: line.length };
}

/** Whether a line is a conference line: a conference named, then `(<place>, <year>),` in one of the six languages. */
export function isConferenceLine(line: string): boolean {
  const parts = parseConferenceLine(line);
  return parts !== undefined && parts.name !== '';
}

/** The name of the World Telecommunication Development Conference in `language`, as a cover names it (without `The`, `La`, `إن`). */
export function wtdcName(language: LanguageCode): string {
  return grammarOf(language).wtdc.name.replace(COMPILED.find((c) => c.grammar.code === language)!.lead, '');
}

/** The conference line of a WTDC at `place, year`, in `language`. */
export function conferenceLineFor(place: string, year: number, language: LanguageCode = 'en'): string {
  const g = grammarOf(language);
  return fillTemplate(g.conferenceLine.replace('{when}', plainWhen(g)), { conference: g.wtdc.name, place, year: String(year) });
}

/** The end of a conference line naming `place, year`: `(Baku, 2025),` (`（2025年，巴库），` …). */
function conferencePlaceText(place: string, year: number, language: LanguageCode = 'en'): string {
  const g = grammarOf(language);
  const template = g.conferenceLine.replace('{when}', plainWhen(g));
  return fillTemplate(template.slice(template.indexOf('{conference}') + '{conference}'.length), { place, year: String(year) }).trimStart();
}

/** The revision of a conference line for `place, year`, in the line's language: where its place and year stand and the text to put there. */
export function conferenceRevisionEdit(line: string, place: string, year: number): { from: number; to: number; text: string } | undefined {
  const parts = parseConferenceLine(line);
  return parts ? { from: parts.from, to: parts.to, text: conferencePlaceText(place, year, parts.language) } : undefined;
}

/**
 * The short name of a conference as document references carry it (`WTDC`, `CMDT`, `ВКРЭ`): the
 * one its language's data gives for that name, else the initials of its capitalised words, else
 * the language's name for WTDC.
 */
export function shortNameOfConference(name: string, language: LanguageCode): string {
  const g = grammarOf(language);
  const bare = (s: string): string => s.trim().replace(COMPILED.find((c) => c.grammar.code === language)!.lead, '').toLowerCase();
  const known = [g.wtdc, ...g.conferences].find((c) => bare(c.name) === bare(name));
  if (known) return known.short;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length > 1 ? initials : g.wtdc.short;
}

/** `(WTDC-25)` in a conference's name as the settings hold it: the short name ITU's document references use. */
const SHORT_NAME_IN_BRACKETS = /\(([A-Za-z]+)-\d{2}\)/;
/** A year and short name a conference's name may end with: ` 2025`, ` (WTDC-25)`, ` 2025 (WTDC-25)`. */
const NAME_TAIL = /(?:\s+\d{4})?(?:\s*\([A-Za-z]+-\d{2}\))?\s*$/;

/**
 * The letters of the short name a conference's name gives in brackets (`… Conference (WTDC-25)` →
 * `WTDC`), as document references carry it in every language; `WTDC` when it gives none.
 */
export function documentShortName(name: string): string {
  return SHORT_NAME_IN_BRACKETS.exec(name)?.[1].toUpperCase() ?? 'WTDC';
}

/** A conference's name without the year and short name it may end with (`… Conference 2025 (WTDC-25)` → `… Conference`). */
export function withoutShortNameAndYear(name: string): string {
  return name.replace(NAME_TAIL, '').trim();
}
