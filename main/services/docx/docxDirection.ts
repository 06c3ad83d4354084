import type { IRunOptions } from 'docx';
import { grammarOf } from '../../../shared/grammar/grammars';
import type { LanguageCode } from '../../../shared/grammar/resolutionLanguage';

/**
 * How a contribution's language sets the direction of its Word document. In a right-to-left
 * language (Arabic) every paragraph is `w:bidi`, and every run that holds Arabic letters, or no
 * Latin letter at all (spaces, digits, punctuation, a tab), is `w:rtl` with the language's
 * `w:lang w:bidi` (`ar-SA`); runs in Latin letters only (the proposal symbols ADD, MOD, SUP, the
 * proposal numbers, the document reference `WTDC-25/42-A`) stay left-to-right. A left-to-right
 * language writes neither, so English documents are as before.
 */
export interface DocxDirection {
  rtl: boolean;
  /** The locale of `w:lang w:bidi` (`ar-SA`) in a right-to-left document. */
  bidiLanguage?: string;
}

const LATIN_LETTER = /\p{Script=Latin}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** The direction of a document in `language`. */
export function docxDirection(language: LanguageCode): DocxDirection {
  const g = grammarOf(language);
  return g.direction === 'rtl' ? { rtl: true, bidiLanguage: g.locale } : { rtl: false };
}

/** What a paragraph of the document sets: `w:bidi` in a right-to-left document, nothing otherwise. */
export function paragraphDirection(dir: DocxDirection): { bidirectional?: true } {
  return dir.rtl ? { bidirectional: true } : {};
}

/** What a run of `text` (undefined: a tab, a footnote reference, a field) sets in a document of direction `dir`. */
export function runDirection(dir: DocxDirection, text?: string): Pick<IRunOptions, 'rightToLeft' | 'language'> {
  if (!dir.rtl || (text !== undefined && LATIN_LETTER.test(text) && !RTL_LETTER.test(text))) return {};
  return { rightToLeft: true, language: { bidirectional: dir.bidiLanguage } };
}

/** The side a block set at the page's right in a left-to-right document goes to: the left in a right-to-left one. */
export function trailingSide(dir: DocxDirection): 'left' | 'right' {
  return dir.rtl ? 'left' : 'right';
}
