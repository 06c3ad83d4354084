import { CONTRIBUTION_FORMAT } from '../../shared/contribution/schema';

/**
 * The first bytes of a file as text, in whatever encoding the product reads contributions in
 * (UTF-8 with or without a byte-order mark, UTF-16 LE or BE with or without one): enough to
 * recognise a contribution without reading the file whole.
 */
function headText(head: Uint8Array): string {
  const bom16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  // without a byte-order mark, ASCII text in UTF-16 has a zero byte beside every character
  const noBom16 = head.length >= 2 && head[0] === 0 && head[1] !== 0 ? 'utf-16be' : head.length >= 2 && head[0] !== 0 && head[1] === 0 ? 'utf-16le' : null;
  const encoding = bom16 ?? noBom16;
  const even = head.subarray(0, head.length - (head.length % 2));
  return encoding ? new TextDecoder(encoding).decode(even).replace(/^\uFEFF/, '') : new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
}

/**
 * Whether a file's first bytes (a few KB) show a contribution file: JSON that names the
 * contribution format, in any encoding the app opens it in. Used to protect contributions from
 * being replaced by an export and to let a large contribution past the text size limit.
 */
export function beginsLikeContribution(head: Uint8Array): boolean {
  const text = headText(head);
  return /^\s*\{/.test(text) && text.includes(`"${CONTRIBUTION_FORMAT}"`);
}
