/**
 * Templates of the resolution grammar (`RÉSOLUTION {number} {when}`, `({revised}{place}, {year})`)
 * turned into regular expressions that read them as ITU's texts write them, in any of the six
 * languages: brackets and commas full-width or half-width (`（` `(`, `，` `,` `،`), a space as any
 * run of spaces or no-break spaces, Arabic letters with or without their diacritics and tatweel
 * and with the usual variants of alef, ya and ta marbuta, and, where asked, letters in either case
 * (`(RÉV. BUSAN, 2014)`). This module knows no language: the languages are data (`languages/`).
 */

/** The slots a template may hold, and the pattern each reads (named groups). */
export type Slot = 'number' | 'place' | 'year' | 'id' | 'conference' | 'revised';

const SPACE = String.raw`[\s\u00A0\u202F]`;
const EQUIVALENT: Record<string, string> = {
  '(': '[(（]',
  '（': '[(（]',
  ')': '[)）]',
  '）': '[)）]',
  ',': '[,，،]',
  '，': '[,，،]',
  '،': '[,，،]',
  ';': '[;；؛]',
  '；': '[;；؛]',
  '؛': '[;；؛]',
  ':': '[:：]',
  '：': '[:：]',
  '.': '[.．]',
  "'": "['’]",
  '’': "['’]",
};
const ARABIC_VARIANTS: Record<string, string> = { ا: 'اأإآ', أ: 'اأإآ', إ: 'اأإآ', آ: 'اأإآ', ي: 'يى', ى: 'يى', ة: 'ةه', ه: 'ةه' };
/** Arabic diacritics (harakat, superscript alef) and the tatweel, which a text may write or leave out. */
const ARABIC_MARKS = String.raw`[\u064B-\u065F\u0670\u0640]`;
const ARABIC_MARK_CHAR = /[\u064B-\u065F\u0670\u0640]/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c;
}

/** A character class for one character of a template's literal text. */
function charPattern(c: string, caseless: boolean): string {
  if (EQUIVALENT[c]) return EQUIVALENT[c];
  if (ARABIC_LETTER.test(c)) return `[${ARABIC_VARIANTS[c] ?? c}]${ARABIC_MARKS}*`;
  if (caseless) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`;
  }
  return escapeChar(c);
}

/** What a slot reads, as a named group. */
const SLOT_PATTERN: Record<Exclude<Slot, 'revised'>, string> = {
  number: String.raw`(?<number>[0-9]+|[^\s(（)）]+)`,
  place: String.raw`(?<place>[^,，،;；()（）]+?)`,
  year: String.raw`(?<year>[0-9]{4})`,
  id: String.raw`(?<id>[^\]]*)`,
  conference: String.raw`(?<conference>.+?)`,
};

/** A representative character of a slot, for deciding whether a space next to it is required. */
const SLOT_CHAR: Record<Exclude<Slot, 'revised'>, string> = { number: '0', place: 'a', year: '0', id: '[', conference: 'a' };

type Part = { text: string } | { slot: Slot };

/** A template's parts: literal text and slots (`{when}` must have been expanded). */
export function templateParts(template: string): Part[] {
  const parts: Part[] = [];
  for (const piece of template.split(/(\{[a-z]+\})/)) {
    if (piece === '') continue;
    const slot = /^\{([a-z]+)\}$/.exec(piece)?.[1];
    parts.push(slot ? { slot: slot as Slot } : { text: piece });
  }
  return parts;
}

/** Options of {@link templatePattern}. */
export interface PatternOptions {
  /** Read letters of the literal text in either case (`(RÉV. BUSAN, 2014)`). */
  caseless?: boolean;
  /** The text `{revised}` stands for; the slot reads as an optional group `revised`. */
  revised?: string;
  /** Patterns that replace the standard one of a slot. */
  slots?: Partial<Record<Slot, string>>;
}

/**
 * The regular-expression source reading `template` (no anchors, no flags needed). A space of the
 * template between two letters or digits is one or more spaces in the text; a space next to
 * punctuation may be absent.
 */
export function templatePattern(template: string, options: PatternOptions = {}): string {
  const parts = templateParts(template);
  const edge = (part: Part | undefined, side: 'first' | 'last'): string => {
    if (!part) return '';
    if ('text' in part) return side === 'first' ? part.text[0] : part.text[part.text.length - 1];
    if (part.slot === 'revised') return (options.revised ?? '').trim()[side === 'first' ? 0 : (options.revised ?? '').trim().length - 1] ?? '';
    return SLOT_CHAR[part.slot];
  };
  let out = '';
  parts.forEach((part, i) => {
    if ('slot' in part) {
      // a slot written against a letter, as Chinese writes `第{number}号`, may still have spaces around it (`第 66 号`)
      const touching = (p: Part | undefined): boolean => p !== undefined && 'text' in p && !/\s/.test(p.text) && WORDLIKE.test(edge(p, p === parts[i - 1] ? 'last' : 'first'));
      const pad = part.slot !== 'revised' && (touching(parts[i - 1]) || touching(parts[i + 1])) ? `${SPACE}*` : '';
      if (part.slot === 'revised') out += `(?<revised>${literalPattern(options.revised ?? '', options.caseless ?? false)})?`;
      else out += `${touching(parts[i - 1]) ? pad : ''}${options.slots?.[part.slot] ?? SLOT_PATTERN[part.slot]}${touching(parts[i + 1]) ? pad : ''}`;
      return;
    }
    const chars = [...part.text];
    chars.forEach((c, j) => {
      if (/\s/.test(c)) {
        if (j > 0 && /\s/.test(chars[j - 1])) return;
        const before = j > 0 ? chars[j - 1] : edge(parts[i - 1], 'last');
        let k = j;
        while (k < chars.length && /\s/.test(chars[k])) k++;
        const after = k < chars.length ? chars[k] : edge(parts[i + 1], 'first');
        out += WORDLIKE.test(before) && WORDLIKE.test(after) ? `${SPACE}+` : `${SPACE}*`;
        return;
      }
      if (ARABIC_MARK_CHAR.test(c)) return;
      out += charPattern(c, options.caseless ?? false);
    });
  });
  return out;
}

/** The regular-expression source reading a literal text (no slots) as {@link templatePattern} reads a template's text. */
export function literalPattern(text: string, caseless = false): string {
  return templatePattern(text, { caseless });
}

/** A template written out: each `{slot}` replaced by its value (`{revised}` by `revised` or nothing). */
export function fillTemplate(template: string, values: Partial<Record<Slot, string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (m, name: string) => values[name as Slot] ?? (name === 'revised' ? '' : m));
}
