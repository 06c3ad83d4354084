import type { ListKind } from '../model/resolution';
import { GRAMMARS, grammarOf } from './grammars';
import type { LanguageCode } from './resolutionLanguage';
import { literalPattern } from './textPattern';

/**
 * The call grammar in the six languages: a call's phrase opens the preambular part
 * (`considering`, `considérant`, `учитывая`, `إذ يضع في اعتباره`, `考虑到` …) or the operative part
 * (`resolves`, `décide`, `решает`, `يقرر`, `做出决议`, `instructs …`) of a resolution. Operative items
 * are numbered 1, 2 …; preambular items are lettered a), b) … (أ), ب) … in Arabic). The checks,
 * the editor and the toolbar read calls through this module; the words are each language's data.
 */

/** `^(?:further )?(?:resolves|decides|…)` for every language, a verb ending where its word ends. */
const OPERATIVE = new RegExp(
  GRAMMARS.map((g) => {
    const prefixes = (g.callPrefixes ?? []).map((p) => literalPattern(p, true)).join('|');
    const verbs = g.operativeVerbs.map((v) => literalPattern(v, true)).join('|');
    const spaced = g.scripts.includes('Han') ? '' : String.raw`(?![\p{L}\p{M}])`;
    return `^(?:(?:${prefixes || '(?!)'})[\\s\\u00A0]*)?(?:${verbs})${spaced}`;
  }).join('|'),
  'u',
);

/** The standard call phrases the editor offers in English (free text is also accepted). */
export const STANDARD_CALL_PHRASES: readonly string[] = standardCallPhrases('en');

/** The standard call phrases of a language, preambular then operative (free text is also accepted). */
export function standardCallPhrases(language: LanguageCode): readonly string[] {
  const g = grammarOf(language);
  return [...g.preambularCalls, ...g.operativeCalls];
}

/** Whether a call's phrase opens the operative part of a resolution (in any of the six languages). */
export function isOperativeCall(phrase: string): boolean {
  return OPERATIVE.test(phrase.trim());
}

/**
 * The list kind a call's first items take: numbered (`1`) under an operative call, lettered
 * under a preambular one: `a)` in the Latin alphabet, `أ)` in Arabic (the language is the one
 * given, else the call's own script).
 */
export function listKindForCall(phrase: string, language?: LanguageCode): ListKind {
  if (isOperativeCall(phrase)) return 'numeric';
  const lang = language ?? (/\p{Script=Arabic}/u.test(phrase) ? 'ar' : 'en');
  return grammarOf(lang).letters === 'abjad' ? 'abjad' : 'alpha';
}
