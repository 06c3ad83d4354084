import type { Resolution } from '../model/resolution';
import { numberLineLanguage } from './numberLine';
import type { LanguageCode } from './resolutionLanguage';

/**
 * Which of the six languages a text is written in: a resolution says it in its number line
 * (`RÉSOLUTION …`, `القرار …`, `第…号决议`), else its title and conference line do; any text by the
 * script most of its letters are in (Latin texts are English, French or Spanish: their words tell
 * them apart, see {@link languageOfLatinText}).
 */

const SCRIPT_OF: Array<{ script: RegExp; code: LanguageCode }> = [
  { script: /\p{Script=Arabic}/u, code: 'ar' },
  { script: /\p{Script=Han}/u, code: 'zh' },
  { script: /\p{Script=Cyrillic}/u, code: 'ru' },
];

/** Words frequent in resolutions of one Latin-script language and rare in the others. */
const LATIN_MARKERS: Array<{ code: LanguageCode; words: RegExp }> = [
  { code: 'fr', words: /\b(?:les|des|du|la|et|le|pour|dans|aux|considérant|télécommunications)\b/giu },
  { code: 'es', words: /\b(?:los|las|del|el|la|y|para|en|considerando|telecomunicaciones)\b/giu },
  { code: 'en', words: /\b(?:the|of|and|for|to|in|considering|telecommunications?)\b/giu },
];

/** The language of a text in the Latin script, by its most frequent marker words; English when none. */
function languageOfLatinText(text: string): LanguageCode {
  let best: LanguageCode = 'en';
  let most = 0;
  for (const { code, words } of LATIN_MARKERS) {
    const n = text.match(words)?.length ?? 0;
    if (n > most) {
      most = n;
      best = code;
    }
  }
  return best;
}

/** The language of a piece of text, by its script (and, in the Latin script, its words); English when it has no letters. */
export function languageOfText(text: string): LanguageCode {
  const counts = new Map<LanguageCode, number>();
  let latin = 0;
  for (const c of text) {
    if (/\p{Script=Latin}/u.test(c)) latin++;
    const hit = SCRIPT_OF.find((s) => s.script.test(c));
    if (hit) counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
  }
  let best: LanguageCode | undefined;
  let most = latin;
  for (const [code, n] of counts) {
    if (n > most) {
      most = n;
      best = code;
    }
  }
  return best ?? languageOfLatinText(text);
}

/** The language a resolution is written in: its number line's, else that of the words of its title and conference line. */
export function languageOfResolution(res: Pick<Resolution, 'numberLine' | 'conferenceLine' | 'title'>): LanguageCode {
  return numberLineLanguage(res.numberLine) ?? languageOfText(`${res.title} ${res.conferenceLine}`);
}

/** The language most of `languages` are (ties: the first met); undefined for none. */
export function mostCommonLanguage(languages: readonly LanguageCode[]): LanguageCode | undefined {
  const counts = new Map<LanguageCode, number>();
  for (const l of languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: LanguageCode | undefined;
  for (const [code, n] of counts) if (best === undefined || n > counts.get(best)!) best = code;
  return best;
}
