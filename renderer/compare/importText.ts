import { fromImportedText } from '../../shared/text/fromImportedText';
import { ResolutionParseError } from '../../shared/text/parseError';
import type { Resolution } from '../../shared/model/resolution';

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

/** Parse text (from a file, a text field or the clipboard) in the resolution layout. */
export function importText(raw: string): ImportResult {
  try {
    const { text, resolution } = fromImportedText(raw);
    return { ok: true, text, resolution };
  } catch (e) {
    if (e instanceof ResolutionParseError) return { ok: false, error: `The imported text does not read as a resolution: ${e.message}.` };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
