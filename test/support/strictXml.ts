/**
 * Every exported .docx goes through here: its `word/document.xml` and `word/footnotes.xml` are
 * parsed with a strict, conforming XML parser (saxes), so a part that Word or LibreOffice would
 * refuse to open (a character XML 1.0 forbids, a broken tag) fails the test that exported it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Parts checked in every exported document (when present). */
export const CHECKED_PARTS = ['word/document.xml', 'word/footnotes.xml'] as const;

/** Throw, naming the part and the parser's message, unless `xml` is well-formed XML 1.0. */
export function assertWellFormedXml(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${part} is not well-formed XML: ${(failure as Error).message}`);
}

/** Unzip a .docx and check each of {@link CHECKED_PARTS} with {@link assertWellFormedXml}; returns the unzipped files. */
export function assertWellFormedDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(bytes);
  if (!files['word/document.xml']) throw new Error('the .docx has no word/document.xml');
  for (const part of CHECKED_PARTS) if (files[part]) assertWellFormedXml(strFromU8(files[part]), part);
  return files;
}
