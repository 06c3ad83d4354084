import { GRAMMARS, grammarOf, withWhen } from './grammars';
import type { LanguageCode, ResolutionGrammar } from './resolutionLanguage';
import { fillTemplate, templateParts, templatePattern } from './textPattern';

/**
 * The number-line grammar in the six languages: `RESOLUTION <n> (Rev. <Place>, <year>)` for an
 * adopted resolution (`RÉSOLUTION 71 (Rév. Busan, 2014)`, `РЕЗОЛЮЦИЯ 5 (Пересм. Кигали, 2022 г.)`,
 * `القرار 5 (المراجَع في بوينس آيرس، 2017)`, `第66号决议（2018年，迪拜，修订版）` …, each language's
 * words from its data module), or `DRAFT NEW RESOLUTION [<id>]` (`PROJET DE NOUVELLE RÉSOLUTION
 * [<id>]` …) for a new one. The parser, the engine (the ADD rule), the editor and the CLI all read
 * number lines through this module; a reader takes any of the six languages, a writer writes the
 * language of the line it revises (or the one it is given).
 */

/** Where and when a number line says its text was adopted or revised. */
export interface NumberLineWhen {
  /** Whether it says revised (`Rev.`, `Rév.`, `Пересм.`, `المراجَع في`, `修订版`). */
  revised: boolean;
  place: string;
  year: number;
  /** Where the clause stands in the line (`from` inclusive, `to` exclusive, UTF-16 units). */
  from: number;
  to: number;
}

/** A number line read: its language, the number it names and, when it ends with one, its place and year. */
export interface NumberLineParts {
  language: LanguageCode;
  /** As written after the heading word (`34`; `PLEN/1` in some texts). */
  number: string;
  when?: NumberLineWhen;
}

interface Compiled {
  grammar: ResolutionGrammar;
  head: RegExp;
  whenAtEnd: RegExp;
  whenAnywhere: RegExp;
  draftNew: RegExp;
  draftNewHead: RegExp;
  /** The heading word as the number line writes it (`RESOLUTION`) and as running text names it (`Resolution`). */
  heading: string;
  name: string;
  /** What stands between the number part and the place and year when appending them (` `, or nothing in Chinese). */
  gap: string;
}

function literalBefore(template: string, slot: string): string {
  const parts = templateParts(template);
  const at = parts.findIndex((p) => 'slot' in p && p.slot === slot);
  const before = parts[at - 1];
  return at > 0 && before && 'text' in before ? before.text : '';
}

const COMPILED: Compiled[] = GRAMMARS.map((g) => {
  const upToWhen = g.numberLine.slice(0, g.numberLine.indexOf('{when}'));
  const when = templatePattern(g.when, { caseless: true, revised: g.revised });
  const draftHead = g.draftNew.slice(0, g.draftNew.indexOf('['));
  return {
    grammar: g,
    head: new RegExp(`^${templatePattern(upToWhen.trimEnd())}(?<rest>.*)$`, 'u'),
    whenAtEnd: new RegExp(`${when}$`, 'u'),
    whenAnywhere: new RegExp(when, 'gu'),
    draftNew: new RegExp(`^${templatePattern(g.draftNew)}$`, 'u'),
    draftNewHead: new RegExp(`^${templatePattern(draftHead.trimEnd())}`, 'u'),
    heading: literalBefore(g.numberLine, 'number').trim(),
    name: literalBefore(g.resolutionName, 'number').trim(),
    gap: /\s*$/.exec(upToWhen)?.[0] ?? '',
  };
});

function compiledOf(code: LanguageCode): Compiled {
  return COMPILED.find((c) => c.grammar.code === code)!;
}

function whenOf(m: RegExpExecArray, offset = 0): NumberLineWhen {
  const g = m.groups ?? {};
  return { revised: g.revised !== undefined, place: (g.place ?? '').trim(), year: Number(g.year), from: offset + m.index, to: offset + m.index + m[0].length };
}

/** What a well-formed number line looks like, for error messages. */
export const NUMBER_LINE_EXPECTED =
  'a number line "RESOLUTION <n> (Rev. <place>, <year>)" or "DRAFT NEW RESOLUTION [<id>]" (or its French, Spanish, Russian, Arabic or Chinese form, e.g. "RÉSOLUTION <n> (Rév. <place>, <year>)")';

/** A number line of an adopted resolution read, in whichever of the six languages it is; undefined otherwise. */
export function parseNumberLine(line: string): NumberLineParts | undefined {
  for (const c of COMPILED) {
    const m = c.head.exec(line);
    if (!m?.groups) continue;
    const restFrom = line.length - m.groups.rest.length;
    const w = c.whenAtEnd.exec(line);
    const parts: NumberLineParts = { language: c.grammar.code, number: m.groups.number };
    if (w && w.index >= restFrom) parts.when = whenOf(w);
    return parts;
  }
  return undefined;
}

/**
 * The number of the resolution a source document's paragraph opens, when it is a heading: a
 * number line naming a number in digits and ending with its place and year (`RESOLUTION 5 (Rev.
 * Kigali, 2022)`, `第66号决议（2018年，迪拜，修订版）`), or a draft new resolution's (`''`).
 */
export function headingNumber(line: string): string | undefined {
  const parts = parseNumberLine(line);
  if (parts?.when && /^[0-9]+$/.test(parts.number)) return parts.number;
  return draftNewId(line) !== undefined ? '' : undefined;
}

/** The language a number line is written in (a draft new resolution's heading too), if it is one. */
export function numberLineLanguage(line: string): LanguageCode | undefined {
  return parseNumberLine(line)?.language ?? COMPILED.find((c) => c.draftNewHead.test(line))?.grammar.code;
}

/** Whether `line` is a well-formed number line, in any of the six languages. */
export function isNumberLine(line: string): boolean {
  return parseNumberLine(line) !== undefined || COMPILED.some((c) => c.draftNew.test(line));
}

/** Whether a number line announces a draft new resolution (`DRAFT NEW RESOLUTION [...]` or its form in another language): such a proposal is ADD. */
export function isDraftNewNumberLine(line: string): boolean {
  return COMPILED.some((c) => c.draftNewHead.test(line));
}

/** The number line of a draft new resolution with id `id`: `DRAFT NEW RESOLUTION [id]` (in `language`). */
export function draftNewNumberLine(id: string, language: LanguageCode = 'en'): string {
  return fillTemplate(grammarOf(language).draftNew, { id });
}

/** The id in the brackets of a draft new resolution's number line (`DRAFT-1`), or undefined. */
export function draftNewId(line: string): string | undefined {
  for (const c of COMPILED) {
    const m = c.draftNew.exec(line);
    if (m?.groups) return m.groups.id;
  }
  return undefined;
}

/** The resolution number a number line names (`RESOLUTION 34 (Rev. …)` → `34`, `第66号决议…` → `66`), if it names one in digits. */
export function resolutionNumberOf(line: string): string | undefined {
  const n = parseNumberLine(line)?.number;
  return n !== undefined && /^[0-9]+$/.test(n) ? n : undefined;
}

/** The place and year a number line ends with, revised or not (`(Minneapolis, 1998)`, `(Rev. Kigali, 2022)`), if any. */
export function placeAndYearOf(line: string): NumberLineWhen | undefined {
  return parseNumberLine(line)?.when;
}

/** The revision place and year a number line names (`(Rev. Kigali, 2022)` → Kigali, 2022), if any. */
export function revisionOf(line: string): { place: string; year: number } | undefined {
  const c = COMPILED.find((x) => x.head.test(line));
  if (!c) return undefined;
  for (const m of line.matchAll(c.whenAnywhere)) {
    const w = whenOf(m);
    if (w.revised) return { place: w.place, year: w.year };
  }
  return undefined;
}

/** The revision a number line names at its end for `place, year`: `(Rev. Baku, 2025)` (`(Rév. Bakou, 2025)` in French …). */
function revisionText(place: string, year: number, language: LanguageCode = 'en'): string {
  const g = grammarOf(language);
  return fillTemplate(g.when, { revised: g.revised, place, year: String(year) });
}

/**
 * The revision `line` takes for `place, year`, in the line's language and, when its place and
 * year are in capitals (`(RÉV. BUSAN, 2014)`), in capitals.
 */
function revisionFor(line: string, place: string, year: number, language: LanguageCode, current?: NumberLineWhen): string {
  const text = revisionText(place, year, language);
  const old = current ? line.slice(current.from, current.to) : '';
  const shouting = old !== '' && old === old.toLocaleUpperCase(grammarOf(language).locale) && old !== old.toLocaleLowerCase(grammarOf(language).locale);
  return shouting ? text.toLocaleUpperCase(grammarOf(language).locale) : text;
}

/**
 * The revision of a number line for `place, year`, to put in place: where its trailing place and
 * year stand (revised or not: a resolution first adopted at Minneapolis and revised at Baku reads
 * `(Rev. Baku, 2025)`) and the text in the line's language; undefined when the line has none.
 */
export function revisionEdit(line: string, place: string, year: number): { from: number; to: number; text: string } | undefined {
  const parts = parseNumberLine(line);
  if (!parts?.when) return undefined;
  return { from: parts.when.from, to: parts.when.to, text: revisionFor(line, place, year, parts.language, parts.when) };
}

/** The number line revised at `place, year`: its trailing place and year replaced, or added when absent. */
export function withRevision(line: string, place: string, year: number): string {
  const edit = revisionEdit(line, place, year);
  if (edit) return line.slice(0, edit.from) + edit.text + line.slice(edit.to);
  const language = parseNumberLine(line)?.language ?? 'en';
  return `${line}${compiledOf(language).gap}${revisionText(place, year, language)}`;
}

/** The number line of resolution `number` adopted (or revised) at `place, year`, in `language`. */
export function numberLineFor(number: string, place: string, year: number, language: LanguageCode = 'en', revised = true): string {
  const g = grammarOf(language);
  return fillTemplate(withWhen(g, g.numberLine), { number, place, year: String(year), revised: revised ? g.revised : '' });
}

/**
 * `RESOLUTION 34 (Rev. Kigali, 2022)` → `Resolution 34 (Rev. Kigali, 2022)`: a number line as a
 * sentence names the resolution (`RÉSOLUTION` → `Résolution`; Arabic and Chinese write it alike).
 */
export function resolutionName(numberLine: string): string {
  for (const c of COMPILED) {
    if (c.heading === c.name || !numberLine.startsWith(c.heading)) continue;
    if (/^[\s\u00A0\u202F]/.test(numberLine.slice(c.heading.length))) return c.name + numberLine.slice(c.heading.length);
  }
  return numberLine;
}
