/** The six languages of the ITU, in which the app speaks (issue 24, point 1). */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

/** One of the six languages of the app. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The pseudo-locale: the English messages accented, bracketed and longer, so a string left in the
 * code (not read from the catalog) stands out on every screen.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** A locale the app can be shown in: one of the six languages or the pseudo-locale. */
export type UiLocale = UiLanguage | typeof PSEUDO_LOCALE;

/** Every locale the app offers, in the order of the language setting. */
export const UI_LOCALES: readonly UiLocale[] = [...UI_LANGUAGES, PSEUDO_LOCALE];

/** Each locale named in its own language (as language menus show them, never translated). */
export const LOCALE_NAMES: Readonly<Record<UiLocale, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
  zh: '中文',
  [PSEUDO_LOCALE]: 'Ƥšéûđö [en-XA]',
};

/** Whether `value` names a locale of the app exactly (`fr`, `en-XA`). */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a locale's interface: Arabic right to left, the others left to right. */
export function directionOf(locale: UiLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The locale for a list of preferred language tags, best first (`navigator.languages`, or the
 * POSIX `LANG` already turned into a tag): the first whose language is one of the six, the
 * pseudo-locale when asked for exactly, English when none is.
 */
export function matchLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
    const language = tag.toLowerCase().split(/[-_.@]/)[0];
    const found = UI_LANGUAGES.find((l) => l === language);
    if (found) return found;
  }
  return 'en';
}
