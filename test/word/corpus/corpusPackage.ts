/**
 * A .docx of our export opened for one XML edit: the parts as text, edited by exact replacement
 * (an edit whose target is not in the part, or is there twice, throws: a corpus file never leaves
 * the generator without the idiom it is meant to carry), then zipped again deterministically.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Our export's revision attributes (the author it records as its own, the export time). */
export const OWN = 'w:author="Resolution Drafter" w:date="2025-06-02T08:30:00Z"';
/** A colleague's revision attributes. */
export const COLLEAGUE = 'w:author="Jane Colleague" w:date="2025-06-09T10:00:00Z"';
/** The time stamped on every zip entry and in the core properties: the build is byte for byte the same each time. */
const FIXED = new Date('2025-06-02T08:30:00Z');

/** `<w:t>` as our export writes it. */
export const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;
/** A plain run as our export writes it. */
export const run = (text: string): string => `<w:r>${t(text)}</w:r>`;

/** `text` with the one occurrence of `old` replaced (throws when it is missing or not unique). */
export function once(text: string, old: string, replacement: string): string {
  const at = text.indexOf(old);
  if (at < 0) throw new Error(`not found: ${old.slice(0, 120)}`);
  if (text.indexOf(old, at + 1) >= 0) throw new Error(`found twice: ${old.slice(0, 120)}`);
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}

let nextId = 5000;
/** A fresh revision id. */
export const rid = (): number => nextId++;

/** The parts of one .docx, editable as text. */
export class DocxParts {
  private readonly files: Record<string, Uint8Array>;
  private readonly text = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  /** A part's XML. */
  get(part: string): string {
    if (!this.text.has(part)) {
      const data = this.files[part];
      if (!data) throw new Error(`the export has no ${part}`);
      this.text.set(part, strFromU8(data));
    }
    return this.text.get(part)!;
  }

  /** Replace a part's XML. */
  set(part: string, xml: string): void {
    this.text.set(part, xml);
  }

  /** Replace the one occurrence of `old` in a part (throws when it is missing or not unique). */
  swap(part: string, old: string, replacement: string): void {
    try {
      this.set(part, once(this.get(part), old, replacement));
    } catch (e) {
      throw new Error(`${part}: ${(e as Error).message}`, { cause: e });
    }
  }

  /** {@link swap} in `word/document.xml`. */
  doc(old: string, replacement: string): void {
    this.swap('word/document.xml', old, replacement);
  }

  /** The whole paragraph (`<w:p>…</w:p>`) of `word/document.xml` that holds `text`. */
  paragraphWith(text: string): string {
    const xml = this.get('word/document.xml');
    const at = xml.indexOf(text);
    if (at < 0) throw new Error(`word/document.xml: no paragraph holds ${text}`);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    return xml.slice(start, end);
  }

  /** Add list definitions (`w:abstractNum` first, `w:num` last, as the schema orders them). */
  addNumbering(abstracts: string, nums: string): void {
    const xml = this.get('word/numbering.xml');
    const firstNum = xml.indexOf('<w:num ');
    this.set('word/numbering.xml', xml.slice(0, firstNum) + abstracts + xml.slice(firstNum).replace('</w:numbering>', `${nums}</w:numbering>`));
  }

  /** Add paragraph styles to `word/styles.xml`. */
  addStyles(styles: string): void {
    this.swap('word/styles.xml', '</w:styles>', `${styles}</w:styles>`);
  }

  /** Add a relationship of the main document. */
  addDocumentRelationship(rel: string): void {
    this.swap('word/_rels/document.xml.rels', '</Relationships>', `${rel}</Relationships>`);
  }

  /** The package again: every entry stamped with one fixed time, the core properties' times too. */
  zip(): Uint8Array {
    const stamp = FIXED.toISOString();
    const core = this.get('docProps/core.xml').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    this.set('docProps/core.xml', core);
    const out: Record<string, Uint8Array> = {};
    for (const name of Object.keys(this.files).sort()) out[name] = this.text.has(name) ? strToU8(this.text.get(name)!) : this.files[name];
    return zipSync(out, { mtime: FIXED, level: 6 });
  }
}

/** A lettered, numbered or roman list level as Word writes it in `numbering.xml`. */
export function level(ilvl: number, format: string, text: string, start = 1, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${794 * (ilvl + 1)}" w:hanging="794"/></w:pPr></w:lvl>`;
}

/** A `w:numPr`. */
export function numPr(numId: number, ilvl?: number): string {
  return `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
}
