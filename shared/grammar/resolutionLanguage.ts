/**
 * The shape of a language's resolution grammar: what one data module per official ITU language
 * (`languages/en.ts`, `fr.ts`, `es.ts`, `ru.ts`, `ar.ts`, `zh.ts`) says about how that language
 * writes a resolution. The modules hold data only (words, templates, punctuation); the grammar
 * modules beside this one (`numberLine.ts`, `conferenceLine.ts`, `callPhrase.ts`, `labels.ts`,
 * `paragraphEnd.ts`, `resolutionCitation.ts`, `wordForms.ts`) read every language through it, so a
 * reader accepts all six and a writer writes the one it is given.
 *
 * Templates name their slots in braces: `{number}`, `{place}`, `{year}`, `{id}`, `{conference}`,
 * and `{revised}` (the revision words, present only in a revised number line). Templates are
 * written as ITU prints them; a reader also takes them in capitals (`(RÉV. BUSAN, 2014)`),
 * with full-width or half-width brackets and commas, and with or without Arabic diacritics.
 */

/** The six official ITU languages, as ISO 639-1 codes. */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;

/** One of the six official ITU languages. */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The alphabets lettered lists are counted in: `a)`, `b)` … or `أ)`, `ب)`, `ج)` … (abjad order). */
export type LetterSet = 'latin' | 'abjad';

/** The end punctuation a language writes, by what it does in a resolution. */
export interface EndPunctuation {
  /** Ends the last item of a preambular call (`,` `،` `，`). */
  comma: string;
  /** Ends preambular and operative items (`;` `؛` `；`). */
  semicolon: string;
  /** Ends the resolution's last item (`.` `。`). */
  stop: string;
  /** Ends a line that introduces a list (`:` `：`). */
  colon: string;
}

/** How a language cites other resolutions in running text. */
export interface CitationGrammar {
  /**
   * The words that open a citation, before its numbers (`Resolution`, `Resolutions`; Russian
   * declines them: `Резолюцию`, `Резолюции` …); Chinese writes `第` and closes with {@link close}.
   */
  open: string[];
  /** What closes the numbers (`号决议` in Chinese), empty where nothing does. */
  close: string;
  /** What separates the numbers of one citation (`, and `, `, `, ` and `; `、`, `和`). */
  separators: string[];
  /** Words after the citation that name this conference (`of this conference`). */
  thisConference: string[];
  /** Words after the citation that name a WTDC (`of WTDC`, `of the World Telecommunication Development Conference`). */
  wtdc: string[];
  /** Words after the citation that name another body (`of the Plenipotentiary Conference`). */
  otherBodies: string[];
  /** Words before a Chinese citation that name the body (`本届大会`), empty elsewhere. */
  bodyBefore?: { thisConference: string[]; wtdc: string[]; otherBodies: string[] };
}

/** A language's resolution grammar, as data. */
export interface ResolutionGrammar {
  code: LanguageCode;
  /** The language's name in English (`French`), as the CLI says it. */
  englishName: string;
  /** The language's name in itself (`français`). */
  ownName: string;
  /** BCP 47 locale: Word's `w:lang`, `Intl` formats. */
  locale: string;
  /** The direction its text runs in. */
  direction: 'ltr' | 'rtl';
  /** The letter ITU appends to its document numbers (`-F` for French). */
  documentLetter: string;
  /** The Unicode scripts its words are written in, for telling a text's language. */
  scripts: string[];

  /** `RÉSOLUTION {number} {when}`: an adopted resolution's number line. */
  numberLine: string;
  /** `PROJET DE NOUVELLE RÉSOLUTION [{id}]`: a draft new resolution's number line. */
  draftNew: string;
  /** `Résolution {number} {when}`: how running text names a resolution (the number line as a sentence names it). */
  resolutionName: string;
  /** `({revised}{place}, {year})`: where and when, after the number (and in the conference line, without `{revised}`). */
  when: string;
  /** `Rév. `: what `{revised}` stands for in a revised number line. */
  revised: string;
  /** `{conference} {when},`: the conference line. */
  conferenceLine: string;
  /** Words before a conference's name in its line that are not part of the name (`The`, `La`, `إن`). */
  conferenceLead: string[];
  /** The conference that adopts these resolutions (WTDC) as its line names it, and its short name (`CMDT`). */
  wtdc: { name: string; short: string };
  /** Other conferences a line may name, with their short names (`PP`, `WTSA` …). */
  conferences: Array<{ name: string; short: string }>;
  /** The places of the WTDCs as this language writes them, by their English names (`Dubai` → `Dubaï`). */
  places: Record<string, string>;

  /** The calls that open the preambular part, as the editor offers them (`considérant` …). */
  preambularCalls: string[];
  /** The calls that open the operative part, as the editor offers them (`décide`, `charge le Directeur …`). */
  operativeCalls: string[];
  /** Words before a call's verb that do not change its kind (`further resolves`, `进一步责成`). */
  callPrefixes?: string[];
  /** The first words of operative calls (`décide`, `charge`, `invite` …): a call starting so is operative. */
  operativeVerbs: string[];

  /** The letters of lettered lists. */
  letters: LetterSet;
  /** Letters of another script a text writes for a list letter (Russian: Cyrillic `а` `с` for Latin `a` `c`). */
  letterLookalikes?: Record<string, string>;
  /** End punctuation. */
  punctuation: EndPunctuation;
  /** Citations of other resolutions. */
  citation: CitationGrammar;
  /** French elisions (`l'`, `d'`, `qu'`): word starts a mark may stop after, so `l'` is its own token. */
  elisions?: string[];
  /** Characters grouping the digits of a number (`1 000`: U+00A0, U+202F) or separating its decimals (`2,5`, `٫`). */
  numberJoiners?: string[];
  /** Characters after digits that make one date or number with them (`2018年10月29日`, `第66号`). */
  numberSuffixes?: string[];
  /** Characters before digits that make one number with them (`第`). */
  numberPrefixes?: string[];

  /** The cover of a contribution in this language. */
  cover: CoverWords;
}

/**
 * The words of a contribution's cover and proposals in a language, each a whole phrase or a
 * template with named slots (never a sentence built from pieces).
 */
export interface CoverWords {
  plenaryMeeting: string;
  /** `Document {reference}`. */
  document: string;
  /** `Addendum {addendum} to Document {reference}`. */
  addendum: string;
  /** `Original: {language}`, with {@link CoverWords.languageNames}. */
  original: string;
  /** The six languages' names as `Original:` prints them in this language. */
  languageNames: Record<LanguageCode, string>;
  source: string;
  title: string;
  priorityArea: string;
  summary: string;
  expectedResults: string;
  references: string;
  contact: string;
  contactName: string;
  phone: string;
  email: string;
  reasons: string;
}
