import { bulletLabel, labelFor, toRoman } from '../grammar/labels';
import type { ParagraphNumbering } from './wordStyles';
import { numberingStyleNum } from './wordStyles';
import { childNamed, childrenNamed, type XmlElement } from './xmlTree';

interface Level {
  format: string;
  text: string;
  /** `w:start`; ECMA-376 makes an absent one zero. */
  start: number;
  /** `w:lvlRestart`: the (1-based) level after which this one restarts; 0 never; absent: the level above. */
  restart?: number;
  /** `w:isLgl`: every level's number shows in decimal. */
  legal: boolean;
  /** `w:pStyle`: the paragraph style this level belongs to. */
  style?: string;
}

interface Num {
  abstractId: string;
  levels: Map<number, Level>;
  /** Per level: `w:lvlOverride/w:startOverride`, applied when the instance is first used. */
  starts: Map<number, number>;
}

/** The label Word shows on a numbered paragraph, and what it is made of. */
export interface NumberedLabel {
  /** `c)`, `12`, `iv)`, `–` (a hyphen or dash bullet is the ITU dash), `''` for `none`. */
  label: string;
  /** The list level (0-based). */
  level: number;
  /** The level's `w:numFmt` (`lowerLetter`, `decimal`, `bullet`, …). */
  format: string;
}

/** Counts a document side's numbered paragraphs as Word does; one per side. */
export interface Numbering {
  /** The label of the next paragraph with this numbering (and paragraph style), advancing the count; undefined when the list is not defined. */
  next(n: ParagraphNumbering, styleId: string | undefined): NumberedLabel | undefined;
}

function levelOf(lvl: XmlElement): Level {
  const restart = childNamed(lvl, 'w:lvlRestart')?.attrs['w:val'];
  const legal = childNamed(lvl, 'w:isLgl');
  return {
    format: childNamed(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: childNamed(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    start: Number(childNamed(lvl, 'w:start')?.attrs['w:val'] ?? 0),
    restart: restart === undefined ? undefined : Number(restart),
    legal: legal !== undefined && legal.attrs['w:val'] !== '0' && legal.attrs['w:val'] !== 'false',
    style: childNamed(lvl, 'w:pStyle')?.attrs['w:val'],
  };
}

function levelsOf(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(el, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), levelOf(lvl));
  return levels;
}

/**
 * A letter label as ECMA-376 defines `lowerLetter` (§17.18.59) and Word and LibreOffice show it:
 * a … z, then the letter repeated: aa, bb, … zz, aaa. (ITU's typed labels count aa, ab, … instead:
 * that is the resolution layout's rule, see `labels.ts`.)
 */
export function wordLetters(n: number): string {
  if (n <= 0) return '';
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A number in a `w:numFmt`; formats ITU texts do not use are written in decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return wordLetters(n);
    case 'upperLetter':
      return wordLetters(n).toUpperCase();
    case 'lowerRoman':
      return n > 0 ? toRoman(n) : '';
    case 'upperRoman':
      return n > 0 ? toRoman(n).toUpperCase() : '';
    case 'arabicAbjad':
      // the Arabic letters in abjad order, as ITU's Arabic texts letter their lists (أ، ب، ج …)
      return n > 0 ? labelFor('abjad', n - 1).slice(0, -1) : '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Read list numbering (`numbering.xml`, with `styles.xml` for numbering styles) into a factory of
 * counters, one per document side. Counting follows ECMA-376 §17.9 as Word applies it: lists
 * (`w:num`) that share an abstract numbering continue one count; `w:startOverride` restarts a
 * level when its list is first used and `w:lvlOverride/w:lvl` replaces a level's definition; a
 * paragraph at one level restarts the deeper levels (as `w:lvlRestart` says); a level's label is
 * its `w:lvlText` with `%1`…`%9` filled in each level's `w:numFmt` (decimal under `w:isLgl`);
 * `w:numStyleLink` lists take their levels from the numbering style's list. A paragraph without a
 * level takes the level whose `w:pStyle` is its style, else level 0.
 */
export function readNumbering(root: XmlElement | undefined, styles: XmlElement | undefined): () => Numbering {
  const numbering = childNamed(root, 'w:numbering');
  const abstracts = new Map<string, { levels: Map<number, Level>; link?: string }>();
  for (const abs of childrenNamed(numbering, 'w:abstractNum')) {
    abstracts.set(abs.attrs['w:abstractNumId'] ?? '', { levels: levelsOf(abs), link: childNamed(abs, 'w:numStyleLink')?.attrs['w:val'] });
  }
  const numAbstract = new Map<string, string>();
  for (const num of childrenNamed(numbering, 'w:num')) numAbstract.set(num.attrs['w:numId'] ?? '', childNamed(num, 'w:abstractNumId')?.attrs['w:val'] ?? '');
  /** The abstract numbering a list counts in: through a numbering style's link, at most a few hops. */
  const resolveAbstract = (id: string): string => {
    let at = id;
    for (let hop = 0; hop < 8; hop++) {
      const link = abstracts.get(at)?.link;
      const viaNum = link === undefined ? undefined : numberingStyleNum(styles, link);
      const next = viaNum === undefined ? undefined : numAbstract.get(viaNum);
      if (next === undefined || next === at) break;
      at = next;
    }
    return at;
  };
  const nums = new Map<string, Num>();
  for (const num of childrenNamed(numbering, 'w:num')) {
    const abstractId = resolveAbstract(numAbstract.get(num.attrs['w:numId'] ?? '') ?? '');
    const levels = new Map(abstracts.get(abstractId)?.levels ?? []);
    const starts = new Map<number, number>();
    for (const o of childrenNamed(num, 'w:lvlOverride')) {
      const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
      const lvl = childNamed(o, 'w:lvl');
      if (lvl) levels.set(ilvl, levelOf(lvl));
      const s = childNamed(o, 'w:startOverride')?.attrs['w:val'];
      if (s !== undefined) starts.set(ilvl, Number(s));
    }
    nums.set(num.attrs['w:numId'] ?? '', { abstractId, levels, starts });
  }

  return () => {
    const counters = new Map<string, Array<number | undefined>>();
    const pendingStarts = new Map<string, Map<number, number>>();
    const used = new Set<string>();
    return {
      next(n, styleId) {
        const num = nums.get(n.numId);
        if (!num) return undefined;
        let ilvl = n.ilvl;
        if (ilvl === undefined && styleId !== undefined) for (const [l, def] of num.levels) if (def.style === styleId) ilvl = l;
        ilvl ??= 0;
        const level = num.levels.get(ilvl);
        if (!level) return undefined;
        const count = counters.get(num.abstractId) ?? [];
        counters.set(num.abstractId, count);
        const pending = pendingStarts.get(num.abstractId) ?? new Map<number, number>();
        pendingStarts.set(num.abstractId, pending);
        if (!used.has(n.numId)) {
          used.add(n.numId);
          for (const [l, s] of num.starts) {
            pending.set(l, s);
            count[l] = undefined;
          }
        }
        const startOf = (l: number): number => pending.get(l) ?? num.levels.get(l)?.start ?? 0;
        if (count[ilvl] === undefined) {
          count[ilvl] = startOf(ilvl);
          pending.delete(ilvl);
        } else count[ilvl]! += 1;
        for (let deeper = ilvl + 1; deeper < Math.max(count.length, 9); deeper++) {
          const restart = num.levels.get(deeper)?.restart ?? deeper;
          if (restart !== 0 && ilvl <= restart - 1) count[deeper] = undefined;
        }
        if (level.format === 'bullet') return { label: bulletLabel(level.text), level: ilvl, format: level.format };
        const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
          const l = Number(d) - 1;
          const value = count[l] ?? startOf(l);
          return formatNumber(value, level.legal ? 'decimal' : (num.levels.get(l)?.format ?? 'decimal'));
        });
        return { label, level: ilvl, format: level.format };
      },
    };
  };
}
