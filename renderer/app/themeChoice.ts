/** What the delegate chose: follow the system, or one theme. */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'contrast';

/** A theme the page is drawn in (docs/design.md, "Colour"). */
export type Theme = Exclude<ThemeChoice, 'system'>;

/** The choices as the title bar offers them (each named by `theme.<value>` in the catalog). */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'contrast'];

/** Where the choice is kept: this computer's, not the contribution's. */
export const THEME_KEY = 'resdraft-theme';

/** The system's asks, as media queries. */
export const CONTRAST = '(prefers-contrast: more)';
export const DARK = '(prefers-color-scheme: dark)';

/** The choice kept on this computer (`system` when none is). */
export function storedTheme(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(THEME_KEY);
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
export function applyTheme(choice: ThemeChoice = storedTheme()): void {
  document.documentElement.dataset.theme = themeOf(choice);
}

