import { applyPageLocale } from './app/languageChoice';
import { applyTheme } from './app/themeChoice';

/**
 * The window's entry: the frame that index.html holds (the app's name, "Opening…") is drawn at
 * once in the delegate's theme and writing direction, and the app's code (start.tsx) is fetched
 * and run after that first frame, so the frame's paint does not wait for it.
 */
applyTheme();
applyPageLocale();
requestAnimationFrame(() => setTimeout(() => void import('./start'), 0));
