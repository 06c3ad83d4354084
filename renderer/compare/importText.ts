import { decodeText, MAX_TEXT_INPUT_BYTES, TextDecodeError } from '../../shared/text/decodeText';
import { fromImportedText, normalizeImportedText } from '../../shared/text/fromImportedText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { checkXmlCharacters } from '../../shared/text/xmlCharacters';
import type { Resolution } from '../../shared/model/resolution';
import { t } from '../app/uiLanguage';

/** An import attempt: the model, or an error that points to the line. */
export type ImportResult = { ok: true; text: string; resolution: Resolution } | { ok: false; error: string };

/** The text of pasted HTML (e.g. from Word): one line per paragraph, tabs kept, formatting dropped. */
export function htmlToLines(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, head').forEach((e) => e.remove());
  const blocks = doc.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div:not(:has(p, div, li))');
  const lines = blocks.length > 0 ? [...blocks].map((b) => b.textContent ?? '') : [doc.body.textContent ?? ''];
  return lines.map((l) => l.replace(/\n/g, ' ')).join('\n');
}

/**
 * A paste into a text field for resolution text: HTML (from Word or a web page) becomes its lines,
 * formatting dropped (the browser's own paste is stopped); plain text is left to the browser.
 */
export function pasteAsLines(e: { clipboardData: DataTransfer; preventDefault(): void }, set: (text: string) => void): void {
  const html = e.clipboardData.getData('text/html');
  if (!html) return;
  e.preventDefault();
  set(htmlToLines(html));
}

/** Parse text (from a file, a text field or the clipboard) in the resolution layout. */
export function importText(raw: string): ImportResult {
  try {
    checkXmlCharacters(normalizeImportedText(raw));
    const { text, resolution } = fromImportedText(raw);
    return { ok: true, text, resolution };
  } catch (e) {
    if (e instanceof ResolutionParseError) return { ok: false, error: t('import.notResolutionImported', { reason: e.message }) };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A text file chosen in the page, decoded by the shared rule: its text and notices, or why not. */
export type ImportFileResult = { ok: true; text: string; notices: string[]; decoded: boolean } | { ok: false; error: string };

/**
 * Read a chosen file as the CLI and the hosts do (`shared/text/decodeText.ts`): refused before
 * reading when too large; UTF-16 and Latin-1 decoded with a notice (`decoded`: the user should
 * check the text before importing it); other encodings refused by name.
 */
export async function readImportFile(file: File): Promise<ImportFileResult> {
  if (file.size > MAX_TEXT_INPUT_BYTES) {
    return { ok: false, error: t('import.tooLarge', { name: file.name, size: (file.size / (1024 * 1024)).toFixed(1), max: String(MAX_TEXT_INPUT_BYTES / (1024 * 1024)) }) };
  }
  try {
    const { text, notices, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()), { name: file.name });
    return { ok: true, text, notices, decoded: encoding !== 'UTF-8' };
  } catch (e) {
    if (e instanceof TextDecodeError) return { ok: false, error: `${e.message}.` };
    return { ok: false, error: `${file.name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
