import { useState } from 'react';
import { PSEUDO_LOCALE, type UiLocale } from '../../shared/i18n/locales';
import { applyPageLocale, LANGUAGE_KEY, localeOf, storedLanguage, type LanguageChoice } from './languageChoice';
import { translator, type MessageValues, type Translate } from '../../shared/i18n/translate';
import type { MessageId } from '../../shared/i18n/catalogs/en';

export { localeOf, type LanguageChoice } from './languageChoice';

let current: UiLocale = 'en';
let messages: Translate = translator('en');

/** The locale for the page's `Intl` formats (the pseudo-locale's are English). */
export function intlLocale(): string {
  return current === PSEUDO_LOCALE ? 'en' : current;
}

/** Names listed as the locale lists them: people as `A, B and C`, sources as `ACP, EUR, RCC` (`unit`: `ACP、EUR`). */
export function listOfNames(names: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  if (type === 'conjunction') return new Intl.ListFormat(intlLocale(), { type }).format(names);
  return names.length ? names.reduce((first, next) => t('list.separator', { first, next })) : '';
}

/** A message of the page in its locale. */
export function t(id: MessageId, values?: MessageValues): string {
  return messages(id, values);
}

/** Shows the page in the locale of `choice`: its messages, and `<html lang>` and `dir` follow. */
export function applyLanguage(choice: LanguageChoice = storedLanguage()): void {
  current = applyPageLocale(choice);
  messages = translator(current);
  document.title = messages('app.name');
}

/**
 * The delegate's language choice, kept on this computer. Choosing another reloads the page, which
 * then draws every view in it (the open contribution is sent to the host first, as on any unload).
 */
export function useLanguage(): [LanguageChoice, (choice: LanguageChoice) => void] {
  const [choice] = useState<LanguageChoice>(storedLanguage);
  const choose = (next: LanguageChoice): void => {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // a page without storage keeps the choice for this page only
    }
    if (localeOf(next) === current) return;
    window.location.reload();
  };
  return [choice, choose];
}
