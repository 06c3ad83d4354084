import { arabic } from './languages/ar';
import { chinese } from './languages/zh';
import { english } from './languages/en';
import { french } from './languages/fr';
import { russian } from './languages/ru';
import { spanish } from './languages/es';
import { LANGUAGE_CODES, type LanguageCode, type ResolutionGrammar } from './resolutionLanguage';

const BY_CODE: Record<LanguageCode, ResolutionGrammar> = { en: english, fr: french, es: spanish, ar: arabic, zh: chinese, ru: russian };

/** The grammar of every official language, English first (the order readers try them in). */
export const GRAMMARS: readonly ResolutionGrammar[] = LANGUAGE_CODES.map((code) => BY_CODE[code]);

/** The grammar of a language. */
export function grammarOf(code: LanguageCode): ResolutionGrammar {
  return BY_CODE[code];
}

/** A language's `{when}` expanded in a template of its grammar (`RÉSOLUTION {number} ({revised}{place}, {year})`). */
export function withWhen(grammar: ResolutionGrammar, template: string): string {
  return template.replace('{when}', grammar.when);
}

/** The `{when}` of a language without its `{revised}` slot, as a conference line writes it. */
export function plainWhen(grammar: ResolutionGrammar): string {
  return grammar.when.replace('{revised}', '');
}
