import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** How a revision written as an insertion or deletion is really a move: its side and the move's name. */
export interface MoveMark {
  role: 'from' | 'to';
  /** Unique in the document: Word pairs a move's two places by this name. */
  name: string;
  author: string;
  date: string;
}

/** Ids for the move range markers, above every revision id the writer hands out. */
const RANGE_ID_BASE = 1_000_000;

/**
 * The `docx` package writes no move revisions, so the writer marks a moved item's runs as
 * insertions and deletions with ids it records here, and this rewrites exactly those elements of
 * `word/document.xml` (the writer's own output, never a user's file) into Word's form: `w:moveFrom`
 * (its text in `w:t`) and `w:moveTo`, each place wrapped in its `w:moveFromRangeStart/End` or
 * `w:moveToRangeStart/End` markers named after the move. Paragraph marks stay insertions and
 * deletions, so Accept All and Reject All remove the same paragraphs as before.
 */
export function withMoveRevisions(bytes: Uint8Array, moves: ReadonlyMap<number, MoveMark>): Uint8Array {
  if (moves.size === 0) return bytes;
  const files = unzipSync(bytes);
  const name = 'word/document.xml';
  files[name] = strToU8(rewriteMoves(strFromU8(files[name]), moves));
  return zipSync(files);
}

/** The document XML with the recorded revisions turned into move revisions (exported for tests). */
export function rewriteMoves(xml: string, moves: ReadonlyMap<number, MoveMark>): string {
  const open = /<w:(ins|del) w:id="(\d+)"([^>]*)>/g;
  const found: Array<{ start: number; end: number; mark: MoveMark; body: string; attrs: string; id: number }> = [];
  for (const m of xml.matchAll(open)) {
    const id = Number(m[2]);
    const mark = moves.get(id);
    if (!mark || (m[1] === 'ins') !== (mark.role === 'to')) continue;
    const close = `</w:${m[1]}>`;
    const end = xml.indexOf(close, m.index);
    if (end < 0) continue;
    found.push({ start: m.index, end: end + close.length, mark, body: xml.slice(m.index + m[0].length, end), attrs: m[3], id });
  }
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  found.forEach((f, i) => {
    const key = `${f.mark.role}\u0000${f.mark.name}`;
    if (!first.has(key)) first.set(key, i);
    last.set(key, i);
  });
  const rangeIds = new Map<string, number>();
  let out = '';
  let at = 0;
  found.forEach((f, i) => {
    const key = `${f.mark.role}\u0000${f.mark.name}`;
    if (!rangeIds.has(key)) rangeIds.set(key, RANGE_ID_BASE + rangeIds.size);
    const rangeId = rangeIds.get(key)!;
    const tag = f.mark.role === 'from' ? 'w:moveFrom' : 'w:moveTo';
    out += xml.slice(at, f.start);
    if (first.get(key) === i) out += `<${tag}RangeStart w:id="${rangeId}" w:name="${f.mark.name}" w:author="${escapeXml(f.mark.author)}" w:date="${f.mark.date}"/>`;
    const body = f.mark.role === 'from' ? f.body.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>') : f.body;
    out += `<${tag} w:id="${f.id}"${f.attrs}>${body}</${tag}>`;
    if (last.get(key) === i) out += `<${tag}RangeEnd w:id="${rangeId}"/>`;
    at = f.end;
  });
  return out + xml.slice(at);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
