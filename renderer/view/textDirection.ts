import { languageOfResolution } from '../../shared/grammar/textLanguage';
import type { Resolution } from '../../shared/model/resolution';

/**
 * The language and direction a resolution's text is shown in, from its own words (not the
 * interface's): an Arabic text reads right to left in an English window, and an English text
 * left to right in an Arabic one.
 */
export function textDirection(res: Pick<Resolution, 'numberLine' | 'conferenceLine' | 'title'>): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = languageOfResolution(res);
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
}
