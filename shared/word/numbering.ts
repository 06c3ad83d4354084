import { toLetters, toRoman } from '../model/labels';
import { childNamed, childrenNamed, type XmlElement } from './xmlTree';

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Word list numbering (`numbering.xml`): the label each numbered paragraph shows. */
export interface Numbering {
  /** The label of the next paragraph numbered `numId` at level `ilvl`, counting as Word does. */
  next(numId: string, ilvl: number): string | undefined;
}

function levelsOf(abs: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abs, 'w:lvl')) {
    levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
      format: childNamed(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
      text: childNamed(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
      start: Number(childNamed(lvl, 'w:start')?.attrs['w:val'] ?? 1),
    });
  }
  return levels;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(n - 1);
    case 'upperLetter':
      return toLetters(n - 1).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Read `numbering.xml`. Counters are kept per list (`numId`) and level; a paragraph at a level
 * restarts the deeper levels. Bullets give their character (a hyphen or en dash is the ITU dash).
 * Make one per document side: the baseline and the draft number their paragraphs separately.
 */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>();
  const numbering = root ? childNamed(root, 'w:numbering') : undefined;
  if (numbering) {
    for (const abs of childrenNamed(numbering, 'w:abstractNum')) abstracts.set(abs.attrs['w:abstractNumId'], levelsOf(abs));
    for (const num of childrenNamed(numbering, 'w:num')) {
      const absId = childNamed(num, 'w:abstractNumId')?.attrs['w:val'] ?? '';
      const starts = new Map<number, number>();
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const s = childNamed(o, 'w:startOverride')?.attrs['w:val'];
        if (s !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s));
      }
      nums.set(num.attrs['w:numId'], { levels: abstracts.get(absId) ?? new Map(), starts });
    }
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const level = num?.levels.get(ilvl);
      if (!num || !level) return undefined;
      const count = counters.get(numId) ?? [];
      const startOf = (l: number): number => num.starts.get(l) ?? num.levels.get(l)?.start ?? 1;
      count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl] + 1;
      count.length = ilvl + 1;
      counters.set(numId, count);
      if (level.format === 'bullet') return /^[-\u2013\u2012\u2212]$/.test(level.text) ? '\u2013' : level.text;
      return level.text.replace(/%(\d)/g, (_m, d: string) => {
        const l = Number(d) - 1;
        return formatNumber(count[l] ?? startOf(l), num.levels.get(l)?.format ?? 'decimal');
      });
    },
  };
}
