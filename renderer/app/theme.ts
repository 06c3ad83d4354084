import { useEffect, useState } from 'react';

/** What the delegate chose: follow the system, or one theme. */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'contrast';

/** A theme the page is drawn in (docs/design.md, "Colour"). */
export type Theme = Exclude<ThemeChoice, 'system'>;

/** The choices as the title bar offers them (each named by `theme.<value>` in the catalog). */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'contrast'];

/** Where the choice is kept: this computer's, not the contribution's. */
const KEY = 'resdraft-theme';

const CONTRAST = '(prefers-contrast: more)';
const DARK = '(prefers-color-scheme: dark)';

function stored(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return THEME_CHOICES.includes(v as ThemeChoice) ? (v as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

/** The theme a choice gives now: the system's asks for high contrast first, then dark. */
export function themeOf(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  if (window.matchMedia(CONTRAST).matches) return 'contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** Draws the page in the theme of `choice` (the CSS tokens follow `data-theme`). */
export function applyTheme(choice: ThemeChoice = stored()): void {
  document.documentElement.dataset.theme = themeOf(choice);
}

/**
 * The delegate's theme choice, kept on this computer; the page follows it, and while it is
 * `system`, follows the system's changes too.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const queries = [window.matchMedia(CONTRAST), window.matchMedia(DARK)];
    const follow = (): void => applyTheme('system');
    for (const q of queries) q.addEventListener('change', follow);
    return () => {
      for (const q of queries) q.removeEventListener('change', follow);
    };
  }, [choice]);
  const choose = (next: ThemeChoice): void => {
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // a page without storage keeps the choice for this session only
    }
    setChoice(next);
  };
  return [choice, choose];
}
