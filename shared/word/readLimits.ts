/**
 * The limits of reading a Word document, known before a byte of it is read. Every one is far
 * above what a real contribution or edition needs (a 300-page edition is a few megabytes of XML)
 * and far below what could hurt the host: a file over a limit is refused by name, never read on.
 */
export interface WordReadLimits {
  /** The .docx file itself (only its directory and the parts the reader uses are ever read). */
  maxFileBytes: number;
  /** Entries in the zip directory. */
  maxEntries: number;
  /** The uncompressed sizes the zip directory declares, all entries together. */
  maxDeclaredBytes: number;
  /** `word/document.xml` (or the part the package names as its main document), inflated. */
  maxDocumentBytes: number;
  /** Any other part the reader uses (footnotes, styles, numbering, relationships, properties), inflated. */
  maxPartBytes: number;
  /** Inflated bytes per compressed byte, for parts over {@link ratioFloorBytes}. */
  maxRatio: number;
  /** Below this many inflated bytes a part may be compressed as much as it likes (a run of zeros). */
  ratioFloorBytes: number;
  /** Paragraphs in the document and its footnotes together. */
  maxParagraphs: number;
}

/** The limits every host applies. */
export const WORD_READ_LIMITS: WordReadLimits = {
  maxFileBytes: 128 * 1024 * 1024,
  maxEntries: 4000,
  maxDeclaredBytes: 512 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxPartBytes: 8 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxParagraphs: 100_000,
};

/** Why a file could not be read as a Word document, in the user's terms (the message names the file). */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxReadError';
  }
}

/** `12.5 MB`: a size as people read it. */
export function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
