import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

let nextId = 900_000;

/**
 * A colleague's tracked replacement in our export, as Word writes it: the run holding `old` (a
 * plain `<w:r><w:t>` run) is cut there and `old` becomes a deletion, `replacement` an insertion, both
 * by `author`. For tests that need a colleague's revisions without a word processor.
 */
export function trackedReplace(docx: Uint8Array, old: string, replacement: string, author: string): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  const at = xml.indexOf(old);
  const open = xml.lastIndexOf('<w:t xml:space="preserve">', at);
  if (at < 0 || open < 0 || xml.slice(open, at).includes('</w:t>')) throw new Error(`"${old}" is not inside one text run`);
  const mark = `w:author="${author}" w:date="2026-01-05T10:00:00Z"`;
  const cut =
    `</w:t></w:r><w:del w:id="${nextId++}" ${mark}><w:r><w:delText xml:space="preserve">${old}</w:delText></w:r></w:del>` +
    `<w:ins w:id="${nextId++}" ${mark}><w:r><w:t xml:space="preserve">${replacement}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">`;
  files['word/document.xml'] = strToU8(xml.slice(0, at) + cut + xml.slice(at + old.length));
  return zipSync(files);
}
