import { directionOf, isUiLocale, matchLocale, type UiLocale } from '../../shared/i18n/locales';

/** What the delegate chose: follow the browser's languages, or one locale of the app. */
export type LanguageChoice = 'system' | UiLocale;

/** Where the choice is kept: this computer's, not the contribution's (as the theme). */
export const LANGUAGE_KEY = 'resdraft-language';

/** The choice kept on this computer (`system` when none is). */
export function storedLanguage(): LanguageChoice {
  try {
    const v = window.localStorage.getItem(LANGUAGE_KEY);
    return isUiLocale(v) ? v : 'system';
  } catch {
    return 'system';
  }
}

/** The locale a choice gives: the browser's languages (`navigator.languages`) while it is `system`. */
export function localeOf(choice: LanguageChoice): UiLocale {
  return choice === 'system' ? matchLocale(navigator.languages ?? [navigator.language]) : choice;
}

/** Sets `<html lang>` and `dir` for the locale of `choice` (before any message is needed: the window's frame is drawn in the right direction). */
export function applyPageLocale(choice: LanguageChoice = storedLanguage()): UiLocale {
  const locale = localeOf(choice);
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  return locale;
}
