import { useEffect, useState } from 'react';
import { applyTheme, CONTRAST, DARK, storedTheme, THEME_KEY, type ThemeChoice } from './themeChoice';

export { THEME_CHOICES, applyTheme, themeOf, type Theme, type ThemeChoice } from './themeChoice';

/**
 * The delegate's theme choice, kept on this computer; the page follows it, and while it is
 * `system`, follows the system's changes too.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
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
      window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // a page without storage keeps the choice for this session only
    }
    setChoice(next);
  };
  return [choice, choose];
}
