import { GRAMMARS } from '../grammar/grammars';
import type { CoverWords, LanguageCode } from '../grammar/resolutionLanguage';
import { literalPattern } from '../grammar/textPattern';

/**
 * The cover and the `Reasons:` line of a Word contribution read in any of the six languages, as
 * our export writes them from each language's words (`shared/grammar/languages/`): `Titre:<TAB>…`,
 * `Motifs:<TAB>…`, `Addendum 1 au Document WTDC-25/23-F`, `الأسباب:<TAB>…`, `理由：<TAB>…`. A field is
 * reported under its English label (`Title`), so one reader of the settings serves all six.
 */

/** The cover fields by their English labels (what {@link readCoverField} reports). */
const FIELD_KEYS = ['source', 'title', 'priorityArea', 'summary', 'expectedResults', 'references', 'contactName', 'phone', 'email'] as const;
const ENGLISH = GRAMMARS.find((g) => g.code === 'en')!.cover;
const COLON = String.raw`[:：]`;
const SPACE = String.raw`[\t \u00A0]`;

const FIELDS = GRAMMARS.flatMap((g) =>
  FIELD_KEYS.map((key) => ({ english: ENGLISH[key], pattern: new RegExp(`^${literalPattern(g.cover[key])}${COLON}\\t+(.*)$`, 'u') })),
);
const REASONS = new RegExp(`^(?:${[...new Set(GRAMMARS.map((g) => literalPattern(g.cover.reasons)))].join('|')})${COLON}${SPACE}*`, 'u');

function documentPattern(w: CoverWords, template: 'document' | 'addendum'): RegExp {
  const text = w[template];
  const at = (slot: string): number => text.indexOf(slot);
  const parts = text.split(/(\{reference\}|\{addendum\})/).map((p) => (p === '{reference}' ? String.raw`WTDC-(?<year>\d{2})\/(?<number>\S+)-(?<letter>[EFSACR])` : p === '{addendum}' ? String.raw`(?<addendum>\S+?)` : literalPattern(p)));
  return at('{reference}') >= 0 ? new RegExp(`^${parts.join('')}$`, 'u') : /^(?!)/;
}
const DOCUMENT_LINES = GRAMMARS.flatMap((g) => [documentPattern(g.cover, 'addendum'), documentPattern(g.cover, 'document')]);

/** A cover field line (`Title:<TAB>value`, `Titre:<TAB>…`, `العنوان:<TAB>…`) read: its English label and its value. */
export function readCoverField(text: string): { label: string; value: string } | undefined {
  for (const f of FIELDS) {
    const m = f.pattern.exec(text);
    if (m) return { label: f.english, value: m[1] };
  }
  return undefined;
}

/** The reasons a `Reasons:<TAB>…` line gives (in any of the six languages), or undefined when the line is no reasons line. */
export function readReasonsLine(text: string): string | undefined {
  const m = REASONS.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

/** Whether a line opens the reasons (`Reasons:`, `Motifs:` …). */
export function isReasonsLine(text: string): boolean {
  return REASONS.test(text);
}

/** `Addendum 1 to Document WTDC-25/23-E` (or its form in another language) read; undefined otherwise. */
export function readDocumentLine(text: string): { addendum: string; year: number; number: string; language: string } | undefined {
  for (const pattern of DOCUMENT_LINES) {
    const g = pattern.exec(text)?.groups;
    if (g) return { addendum: g.addendum ?? '', year: 2000 + Number(g.year), number: g.number, language: g.letter };
  }
  return undefined;
}

const PROPOSAL_HEADING = /^(MOD|ADD|SUP|NOC)(?:[\t \u00A0]+(\S+))?[\t ]*$/;

/** A proposal's heading (`MOD<TAB>ACP/23A1/1`: the symbol in Latin letters in every language, then its number), read. */
export function readProposalHeading(text: string): { symbol: 'MOD' | 'ADD' | 'SUP' | 'NOC'; number: string } | undefined {
  const m = PROPOSAL_HEADING.exec(text);
  return m ? { symbol: m[1] as 'MOD' | 'ADD' | 'SUP' | 'NOC', number: m[2] ?? '' } : undefined;
}

/** Whether a line is the `PLENARY MEETING` line of a cover, in any of the six languages. */
export function isPlenaryLine(text: string): boolean {
  return GRAMMARS.some((g) => g.cover.plenaryMeeting === text);
}

/** The language a document letter (`-E`, `-F`, `-S`, `-A`, `-C`, `-R`) names. */
export function languageOfLetter(letter: string): LanguageCode | undefined {
  return GRAMMARS.find((g) => g.documentLetter === letter)?.code;
}
