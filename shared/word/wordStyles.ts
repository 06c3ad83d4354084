import type { ParagraphProps } from './storyReader';
import { childNamed, childrenNamed, type XmlElement } from './xmlTree';

interface Style {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** The numbering a paragraph has, from its own properties or its style (ECMA-376 Part 1, §17.9.23). */
export interface ParagraphNumbering {
  numId: string;
  /** The level, when the paragraph or its style names one. */
  ilvl?: number;
}

/** The paragraph styles of a document (`styles.xml`): names, `basedOn` chains and the numbering they give. */
export interface WordStyles {
  /** A style's name (`List Number`), or its id when it has none. */
  nameOf(styleId: string | undefined): string | undefined;
  /** The style a paragraph has: its own, else the document's default paragraph style. */
  styleOf(props: ParagraphProps): string | undefined;
  /** The numbering of a paragraph: its own `w:numPr`, else the first in its style's `basedOn` chain; none for `numId` 0. */
  numberingOf(props: ParagraphProps): ParagraphNumbering | undefined;
}

/** Read `styles.xml` (as a tree); absent, no style has a name or numbering. */
export function readStyles(root: XmlElement | undefined): WordStyles {
  const styles = new Map<string, Style>();
  let defaultStyle: string | undefined;
  for (const s of childrenNamed(childNamed(root, 'w:styles'), 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (id === undefined) continue;
    const type = s.attrs['w:type'] ?? 'paragraph';
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const numPr = childNamed(childNamed(s, 'w:pPr'), 'w:numPr');
    const ilvl = childNamed(numPr, 'w:ilvl')?.attrs['w:val'];
    styles.set(id, {
      name: childNamed(s, 'w:name')?.attrs['w:val'],
      basedOn: childNamed(s, 'w:basedOn')?.attrs['w:val'],
      numId: childNamed(numPr, 'w:numId')?.attrs['w:val'],
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
    });
    if (type === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) defaultStyle ??= id;
  }
  /** The styles of a chain, nearest first; a loop in `basedOn` ends it. */
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = styles.get(at)?.basedOn) {
      seen.add(at);
      const s = styles.get(at);
      if (!s) break;
      out.push(s);
    }
    return out;
  };
  return {
    nameOf: (id) => (id === undefined ? undefined : (styles.get(id)?.name ?? id)),
    styleOf: (props) => props.style ?? defaultStyle,
    numberingOf(props) {
      const inherited = chain(props.style ?? defaultStyle);
      const numId = props.numId ?? inherited.find((s) => s.numId !== undefined)?.numId;
      if (numId === undefined || numId === '0') return undefined;
      const ilvl = props.ilvl ?? inherited.find((s) => s.ilvl !== undefined)?.ilvl;
      return ilvl === undefined ? { numId } : { numId, ilvl };
    },
  };
}

/** The numbering a numbering style (`w:numStyleLink`) stands for, by its style id. */
export function numberingStyleNum(root: XmlElement | undefined, styleId: string): string | undefined {
  for (const s of childrenNamed(childNamed(root, 'w:styles'), 'w:style')) {
    if (s.attrs['w:styleId'] === styleId) return childNamed(childNamed(childNamed(s, 'w:pPr'), 'w:numPr'), 'w:numId')?.attrs['w:val'];
  }
  return undefined;
}
