import { existsSync, readFileSync, statSync } from 'node:fs';
import { wordFileKind } from '../../shared/word/docxPackage';

/** Largest source document read (an edition of 300 pages is a few megabytes). */
const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/** A source file that cannot be read, in the user's terms. */
export class SourceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceFileError';
  }
}

/** Read a source document's bytes (never writes to it). */
export function readSourceBytes(path: string): Uint8Array {
  if (!existsSync(path)) throw new SourceFileError(`${path}: no such file`);
  const st = statSync(path);
  if (st.isDirectory()) throw new SourceFileError(`${path}: is a directory; expected a .docx document or a text file`);
  if (st.size > MAX_SOURCE_BYTES) throw new SourceFileError(`${path}: ${st.size} bytes is too large`);
  return new Uint8Array(readFileSync(path));
}

/** Whether bytes are a Word package (zip or an OLE compound file, as a protected .docx is) or text. */
export function sourceKind(bytes: Uint8Array): 'docx' | 'text' {
  return wordFileKind(bytes) === 'other' ? 'text' : 'docx';
}
