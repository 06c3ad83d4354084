import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { LOCALE_NAMES, UI_LOCALES } from '../../shared/i18n/locales';
import { THEME_CHOICES, useTheme } from './theme';
import { t, useLanguage, type LanguageChoice } from './uiLanguage';

const STRINGS = {
  get app() {
    return t('app.name');
  },
  get opening() {
    return t('app.opening');
  },
  edited: (name: string): string => t('app.edited', { name }),
  get theme() {
    return t('app.theme');
  },
  get language() {
    return t('app.language');
  },
  get languageSystem() {
    return t('app.languageSystem');
  },
};

/** The window's title: the product, the open contribution's name ("edited" while it holds edits not saved to its file), and the theme. */
export function TitleBar({ store }: { store: ContributionStore }): ReactNode {
  const name = useStore(store, (s) => s.doc?.name ?? null);
  const edited = useStore(store, (s) => s.edited);
  const journaled = useStore(store, (s) => s.journaled);
  const [theme, setTheme] = useTheme();
  const [language, setLanguage] = useLanguage();
  return (
    <header className="title-bar">
      <h1 className="app-name">{STRINGS.app}</h1>
      <span className="doc-status" data-testid="doc-status" data-journaled={journaled}>
        <bdi className="doc-name" translate={name !== null && !edited ? 'no' : undefined}>{name === null ? STRINGS.opening : edited ? STRINGS.edited(name) : name}</bdi>
      </span>
      <label className="theme-picker">
        {STRINGS.theme}
        <select value={theme} data-testid="theme" onChange={(e) => setTheme(e.target.value as typeof theme)}>
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`theme.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="theme-picker">
        {STRINGS.language}
        <select value={language} data-testid="language" onChange={(e) => setLanguage(e.target.value as LanguageChoice)}>
          <option value="system">{STRINGS.languageSystem}</option>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
