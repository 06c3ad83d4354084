import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type XmlElement } from './xmlTree';

/** Why a file could not be read as a Word document, in the user's terms. */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxReadError';
  }
}

/** The XML parts of a .docx the reader uses (absent parts are undefined). */
export interface DocxParts {
  document: XmlElement;
  footnotes?: XmlElement;
  numbering?: XmlElement;
  styles?: XmlElement;
  /** `docProps/custom.xml`: user-defined document properties (who made our export). */
  custom?: XmlElement;
}

/** The first bytes of a zip archive (every .docx). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE compound file: a password-protected .docx or an old .doc. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file's first bytes say it is. */
export function wordFileKind(bytes: Uint8Array): 'zip' | 'cfb' | 'other' {
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  return 'other';
}

/** Only text in these elements matters to the reader; the rest is layout whitespace. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:name', 'w:style', 'vt:lpwstr']);

/** Whether the reader needs a part of the package. */
function wanted(path: string): boolean {
  return (path.startsWith('word/') && path.endsWith('.xml') && !path.includes('/media/')) || path === 'docProps/custom.xml';
}

/**
 * Unzip a .docx (fflate) and parse the parts the reader needs (saxes). `name` is used in errors.
 * A password-protected document (an encrypted OLE compound file) or an old binary .doc, a file
 * that is not a zip, a zip without `word/document.xml` and damaged XML each get a clear error.
 */
export function readDocxPackage(bytes: Uint8Array, name: string): DocxParts {
  const kind = wordFileKind(bytes);
  if (kind === 'cfb') {
    throw new DocxReadError(
      `${name}: is password-protected or an old binary Word document (.doc); open it in Word, remove the password (File > Info > Protect Document) or save it as .docx, and try again`,
    );
  }
  if (kind !== 'zip') throw new DocxReadError(`${name}: is not a Word .docx document (expected a zip package)`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch (e) {
    throw new DocxReadError(`${name}: is damaged (the zip package cannot be read: ${(e as Error).message})`);
  }
  const part = (path: string): XmlElement | undefined => {
    const data = files[path];
    if (!data) return undefined;
    try {
      return parseXml(strFromU8(data), `${name}: ${path}`, (el) => TEXT_ELEMENTS.has(el));
    } catch (e) {
      throw new DocxReadError(`${name}: is damaged (${(e as Error).message.replace(`${name}: `, '')})`);
    }
  };
  const document = part('word/document.xml');
  if (!document) throw new DocxReadError(`${name}: is not a Word document (the package has no word/document.xml)`);
  return { document, footnotes: part('word/footnotes.xml'), numbering: part('word/numbering.xml'), styles: part('word/styles.xml'), custom: customPart(part) };
}

function customPart(part: (path: string) => XmlElement | undefined): XmlElement | undefined {
  try {
    return part('docProps/custom.xml');
  } catch {
    return undefined; // damaged custom properties only lose who made the export, never the text
  }
}

/**
 * The user-defined property our export writes into `docProps/custom.xml` to say whose revision
 * marks are the proposal's own (Word and LibreOffice keep user-defined properties when they save).
 */
export const OWN_AUTHOR_PROPERTY = 'ResolutionDrafterAuthor';

/** The value of a user-defined text property (`docProps/custom.xml`), if the document has it. */
export function customProperty(custom: XmlElement | undefined, name: string): string | undefined {
  const root = custom?.children.find((c): c is XmlElement => typeof c !== 'string' && /(^|:)Properties$/.test(c.name));
  for (const prop of root?.children ?? []) {
    if (typeof prop === 'string' || prop.attrs.name !== name) continue;
    for (const v of prop.children) if (typeof v !== 'string' && /(^|:)lpwstr$/.test(v.name)) return v.children.filter((x): x is string => typeof x === 'string').join('');
  }
  return undefined;
}
