import { DocxReadError, type WordReadLimits } from './readLimits';
import { treeBuilder, childrenNamed, type XmlElement } from './xmlTree';
import { PartBroken, XmlPartStream, type XmlHandlers } from './xmlStream';
import { inflateEntry, readZipDirectory, type ByteSource, type RawInflater, type ZipDirectory } from './zipArchive';

export { DocxReadError } from './readLimits';

/** The first bytes of a zip archive (every .docx). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive starts with its end-of-directory record. */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** The first bytes of an OLE compound file: a password-protected .docx or an old .doc. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file's first bytes say it is. */
export function wordFileKind(bytes: Uint8Array): 'zip' | 'cfb' | 'other' {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  return 'other';
}

/** The parts of a package the reader uses, by their entry names (absent parts are undefined). */
export interface DocxPartNames {
  document: string;
  footnotes?: string;
  styles?: string;
  numbering?: string;
  /** `docProps/custom.xml`: user-defined document properties (who made our export). */
  custom?: string;
}

/**
 * An opened .docx: its zip directory (read within the limits) and the parts its relationships
 * name. Parts are inflated only when asked for, one at a time, as streams: a part the reader does
 * not use is never inflated, and none is held whole in memory.
 */
export class DocxPackage {
  readonly parts: DocxPartNames;
  private readonly dir: ZipDirectory;

  constructor(
    private readonly src: ByteSource,
    readonly name: string,
    readonly limits: WordReadLimits,
    /** The host's native inflater, when it has one (see {@link RawInflater}). */
    private readonly native?: RawInflater,
  ) {
    if (src.size > limits.maxFileBytes) {
      throw new DocxReadError(`${name}: it is ${(src.size / (1024 * 1024)).toFixed(1)} MB; a Word document read here is at most ${(limits.maxFileBytes / (1024 * 1024)).toFixed(0)} MB (nothing was read)`);
    }
    const kind = wordFileKind(src.read(0, 8));
    if (kind === 'cfb') {
      throw new DocxReadError(
        `${name}: is password-protected or an old binary Word document (.doc); open it in Word, remove the password (File > Info > Protect Document) or save it as .docx, and try again`,
      );
    }
    if (kind !== 'zip') throw new DocxReadError(`${name}: is not a Word .docx document (expected a zip package)`);
    this.dir = readZipDirectory(src, name, limits);
    this.parts = this.partNames();
  }

  /** Whether the package holds an entry (compared without case). */
  has(part: string): boolean {
    return this.dir.has(part.toLowerCase());
  }

  /**
   * Inflate `part` into a strict XML parser, whose events go to the handlers `make` returns (it is
   * given the stream, to look up namespace bindings). `maxBytes` bounds the part: without a native
   * inflater it is inflated once without being kept, to measure it, before it is parsed, so a part
   * over the limit is refused at the cost of inflating it, never of parsing it. A part that is not
   * well-formed UTF-8 or XML is read again, slowly, to name the line and column of the problem.
   */
  stream(part: string, maxBytes: number, make: (stream: XmlPartStream) => XmlHandlers): void {
    const entry = this.dir.get(part.toLowerCase());
    if (!entry) throw new DocxReadError(`${this.name}: is damaged (its package has no ${part})`);
    if (!this.native) inflateEntry(this.src, entry, this.name, maxBytes, this.limits, () => undefined);
    const parse = (mode: 'fast' | 'locate', handlers: (stream: XmlPartStream) => XmlHandlers): void => {
      const stream = new XmlPartStream(this.name, entry.name, {
        open: (n, a) => inner.open(n, a),
        close: (n) => inner.close(n),
        text: (t) => inner.text(t),
      }, mode);
      const inner = handlers(stream);
      inflateEntry(this.src, entry, this.name, maxBytes, this.limits, (chunk) => stream.write(chunk), this.native);
      stream.close();
    };
    try {
      parse('fast', make);
    } catch (e) {
      if (!(e instanceof PartBroken)) throw e;
      parse('locate', () => ({ open: () => undefined, close: () => undefined, text: () => undefined }));
      throw new DocxReadError(`${this.name}: is damaged (${entry.name} is not well-formed)`);
    }
  }

  /** A small part as a tree (styles, numbering, relationships, properties), or undefined when absent. */
  tree(part: string | undefined, keepText: (element: string) => boolean = () => false): XmlElement | undefined {
    if (part === undefined || !this.has(part)) return undefined;
    const builder = treeBuilder(keepText);
    this.stream(part, this.limits.maxPartBytes, () => builder);
    return builder.root;
  }

  private partNames(): DocxPartNames {
    const top = this.relationships('_rels/.rels', '');
    const document = top.get('officeDocument') ?? 'word/document.xml';
    if (!this.has(document)) throw new DocxReadError(`${this.name}: is not a Word document (the package has no ${document})`);
    const slash = document.lastIndexOf('/');
    const folder = document.slice(0, slash + 1);
    const own = this.relationships(`${folder}_rels/${document.slice(slash + 1)}.rels`, folder);
    const present = (p: string | undefined): string | undefined => (p !== undefined && this.has(p) ? p : undefined);
    return {
      document,
      footnotes: present(own.get('footnotes')),
      styles: present(own.get('styles')),
      numbering: present(own.get('numbering')),
      custom: present(top.get('custom-properties')),
    };
  }

  /** The internal targets of a relationships part, by the last segment of their type (`styles`). */
  private relationships(part: string, base: string): Map<string, string> {
    const out = new Map<string, string>();
    const root = this.tree(part);
    for (const rels of childrenNamed(root, 'Relationships')) {
      for (const r of childrenNamed(rels, 'Relationship')) {
        if (r.attrs.TargetMode === 'External' || !r.attrs.Target || !r.attrs.Type) continue;
        const type = r.attrs.Type.slice(r.attrs.Type.lastIndexOf('/') + 1);
        if (!out.has(type)) out.set(type, resolveTarget(base, r.attrs.Target));
      }
    }
    return out;
  }
}

/** A relationship target as a zip entry name: relative to the source part's folder, `..` resolved. */
function resolveTarget(base: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // a stray % is part of the name
  }
  const segments = (t.startsWith('/') ? t.slice(1) : base + t).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/**
 * The user-defined property our export writes into `docProps/custom.xml` to say whose revision
 * marks are the proposal's own (Word and LibreOffice keep user-defined properties when they save).
 */
export const OWN_AUTHOR_PROPERTY = 'ResolutionDrafterAuthor';

/** The text elements of `docProps/custom.xml`. */
export const CUSTOM_TEXT = (el: string): boolean => el === 'vt:lpwstr';

/** The value of a user-defined text property (`docProps/custom.xml` as a tree), if the document has it. */
export function customProperty(custom: XmlElement | undefined, name: string): string | undefined {
  for (const root of childrenNamed(custom, 'op:Properties')) {
    for (const prop of childrenNamed(root, 'op:property')) {
      if (prop.attrs.name !== name) continue;
      for (const v of childrenNamed(prop, 'vt:lpwstr')) return v.children.filter((x): x is string => typeof x === 'string').join('');
    }
  }
  return undefined;
}
