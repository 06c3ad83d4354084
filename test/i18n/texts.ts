/**
 * The test texts in the five languages other than English (`test/fixtures/i18n/<language>/`):
 * each an ITU-style text export of two resolutions (`annex.txt`, with Word's inline footnotes and
 * bookmarks) and the resolution text layout each resolution must read as (`res-<n>.txt`), written
 * by hand with the conventions of the language's published texts (revised and unrevised number
 * lines, headings in capitals, footnotes, several calls, lettered and numbered items, `bbis)`,
 * Cyrillic labels, abjad letters, citations). With words of the language to edit them with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageCode } from '../../shared/grammar/resolutionLanguage';
import { fromText } from '../../shared/text/fromText';
import type { Resolution } from '../../shared/model/resolution';

/** The fixtures folder. */
export const I18N_FIXTURES = join(import.meta.dirname, '../fixtures/i18n');

/** One language's test texts. */
export interface LanguageTexts {
  code: Exclude<LanguageCode, 'en'>;
  name: string;
  numbers: string[];
  /** The text export of the edition. */
  annex: string;
  /** Words of the language to put in place of others. */
  vocabulary: string[];
  /** How a sentence joins words (`''` in Chinese). */
  joiner: string;
  /** The note before the first resolution of the Word document. */
  note: string;
}

export const TEXTS: LanguageTexts[] = [
  { code: 'fr', name: 'French', numbers: ['17', '37'], annex: '', vocabulary: ['numérique', 'durable', 'régionale', 'abordable'], joiner: ' ', note: 'Note du Secrétaire général' },
  { code: 'es', name: 'Spanish', numbers: ['5', '90'], annex: '', vocabulary: ['digital', 'sostenible', 'regional', 'asequible'], joiner: ' ', note: 'Nota del Secretario General' },
  { code: 'ru', name: 'Russian', numbers: ['5', '34'], annex: '', vocabulary: ['цифровой', 'устойчивый', 'региональный', 'доступный'], joiner: ' ', note: 'Записка Генерального секретаря' },
  { code: 'ar', name: 'Arabic', numbers: ['5', '34'], annex: '', vocabulary: ['الرقمية', 'المستدامة', 'الإقليمية', 'الميسورة'], joiner: ' ', note: 'مذكرة من الأمين العام' },
  { code: 'zh', name: 'Chinese', numbers: ['5', '66'], annex: '', vocabulary: ['数字', '可持续', '区域', '负担得起'], joiner: '', note: '秘书长的说明' },
].map((t) => ({ ...t, code: t.code as LanguageTexts['code'], annex: join(I18N_FIXTURES, t.code, 'annex.txt') }));

/** The layout text resolution `n` of a language must read as. */
export function expectedText(code: string, n: string): string {
  return readFileSync(join(I18N_FIXTURES, code, `res-${n}.txt`), 'utf8');
}

/** The resolutions of a language's edition, parsed from their expected layout texts. */
export function expectedResolutions(t: LanguageTexts): Resolution[] {
  return t.numbers.map((n) => fromText(expectedText(t.code, n)));
}
