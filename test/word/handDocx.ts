import { strToU8, zipSync } from 'fflate';
import { readDocx, type DocxContent } from '../../shared/word/docxParagraphs';
import { bytesSource } from '../../shared/word/zipArchive';
import { readWordContribution, type WordContribution } from '../../shared/word/wordContribution';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A run of text (`xml:space` kept). */
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A deleted run. */
export const del = (text: string, author = 'B'): string => `<w:del w:id="1" w:author="${author}" w:date="2025-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
/** An inserted run. */
export const ins = (inner: string, author = 'B'): string => `<w:ins w:id="2" w:author="${author}" w:date="2025-01-01T00:00:00Z">${inner}</w:ins>`;
/** A paragraph; `mark` puts a revision on its paragraph mark. */
export function p(inner: string, opts: { style?: string; mark?: 'ins' | 'del'; num?: [number, number]; pPrExtra?: string } = {}): string {
  const mark = opts.mark ? `<w:rPr><w:${opts.mark} w:id="9" w:author="B" w:date="2025-01-01T00:00:00Z"/></w:rPr>` : '';
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '';
  const num = opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : '';
  return `<w:p><w:pPr>${style}${num}${opts.pPrExtra ?? ''}${mark}</w:pPr>${inner}</w:p>`;
}

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A .docx package (content types and relationships as Word writes them) with the given body, footnotes and numbering XML. */
export function makeDocx(parts: { body: string; footnotes?: string; numbering?: string }): Uint8Array {
  const overrides = [`<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>`];
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`),
  };
  if (parts.footnotes !== undefined) {
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`,
    );
    overrides.push(`<Override PartName="/word/footnotes.xml" ContentType="${MAIN}.footnotes+xml"/>`);
    rels.push(`<Relationship Id="rId1" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  if (parts.numbering !== undefined) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
    overrides.push(`<Override PartName="/word/numbering.xml" ContentType="${MAIN}.numbering+xml"/>`);
    rels.push(`<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  return zipSync(files);
}

/** Read a .docx in this thread (the reader the Word worker runs): both sides as source paragraphs. */
export function readBytes(bytes: Uint8Array, name: string): DocxContent {
  return readDocx(bytesSource(bytes), name);
}

/** Read a .docx in this thread into its proposals. */
export function readContribution(bytes: Uint8Array, name: string): WordContribution {
  return readWordContribution(readBytes(bytes, name));
}
