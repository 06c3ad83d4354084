import { listLabels } from '../grammar/labels';
import { isNumberLine, NUMBER_LINE_EXPECTED } from '../grammar/numberLine';
import { hasParagraphEnd, PARAGRAPH_END_MARKS } from '../grammar/paragraphEnd';
import type { List, Resolution } from '../model/resolution';
import { fromText } from '../text/fromText';
import { ResolutionParseError } from '../text/parseError';
import { toLines, toText } from '../text/toText';


/**
 * A draft that cannot be written in the resolution text layout (the CLI's exchange format, and
 * what an export needs): `place` names the part in the user's terms (`item c) of *resolves*`,
 * `the paragraph after *considering* b)`), never a line of a text the user has not seen.
 */
export class DraftLayoutError extends Error {
  constructor(
    readonly place: string,
    readonly problem: string,
  ) {
    super(`${place} ${problem}`);
    this.name = 'DraftLayoutError';
  }
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 50 ? `${t.slice(0, 47)}…` : t;
}

/** One line of the layout and how the user calls the part it comes from. */
interface Part {
  kind: 'numberLine' | 'title' | 'conferenceLine' | 'call' | 'paragraph' | 'item' | 'footnote';
  text: string;
  /** e.g. `item c) of *resolves*`. */
  place: string;
  /** How a following paragraph refers to this part: `*considering* b)`. */
  anchor: string;
  hasBlocks?: boolean;
}

/** The text of the first line under a call (it has one). */
function firstText(call: Resolution['calls'][number]): string {
  const block = call.blocks[0];
  return block.type === 'paragraph' ? block.text : block.items[0].text;
}

function parts(res: Resolution): Part[] {
  const out: Part[] = [
    { kind: 'numberLine', text: res.numberLine, place: 'the number line', anchor: 'the number line' },
    { kind: 'title', text: res.title, place: 'the title', anchor: 'the title' },
    { kind: 'conferenceLine', text: res.conferenceLine, place: 'the conference line', anchor: 'the conference line' },
  ];
  res.calls.forEach((call, ci) => {
    const name = call.phrase.trim() ? `*${clip(call.phrase)}*` : `call ${ci + 1}`;
    const prev = out[out.length - 1];
    out.push({
      kind: 'call',
      text: call.phrase,
      place: call.phrase.trim() ? `the call ${name}` : `the call after ${prev.anchor}${call.blocks.length ? ` (above “${clip(firstText(call))}”)` : ''}`,
      anchor: name,
      hasBlocks: call.blocks.length > 0,
    });
    let paragraphs = 0;
    const pushList = (list: List, path: string): void => {
      const labels = listLabels(list);
      list.items.forEach((item, i) => {
        const label = labels[i];
        const full = path ? `${path} ${label}` : label;
        out.push({ kind: 'item', text: item.text, place: path ? `item ${label} under ${path} of ${name}` : `item ${label} of ${name}`, anchor: `${name} ${full}` });
        if (item.sublist) pushList(item.sublist, full);
      });
    };
    for (const block of call.blocks) {
      if (block.type === 'list') {
        pushList(block, '');
        continue;
      }
      paragraphs++;
      const before = out[out.length - 1];
      out.push({ kind: 'paragraph', text: block.text, place: `the paragraph after ${before.anchor}`, anchor: `paragraph ${paragraphs} of ${name}` });
    }
  });
  for (const fn of res.footnotes) out.push({ kind: 'footnote', text: fn.text, place: `footnote ${fn.id}`, anchor: `footnote ${fn.id}` });
  return out;
}

function problemOf(p: Part): string | null {
  if (/[\n\r]/.test(p.text)) return 'contains a line break';
  if (p.text.includes('\t')) return 'contains a tab';
  const empty = p.text.trim() === '';
  switch (p.kind) {
    case 'numberLine':
      if (empty) return 'is empty';
      return isNumberLine(p.text) ? null : `"${clip(p.text)}" is not ${NUMBER_LINE_EXPECTED}`;
    case 'title':
    case 'conferenceLine':
    case 'item':
    case 'footnote':
      return empty ? 'is empty' : null;
    case 'call':
      if (empty) return 'has no phrase (such as "considering")';
      if (hasParagraphEnd(p.text)) return `ends with "${p.text.slice(-1)}", so it would read as a paragraph; a call ends without punctuation`;
      return p.hasBlocks ? null : 'has no paragraph or item under it';
    case 'paragraph':
      if (empty) return 'is empty';
      return hasParagraphEnd(p.text) ? null : `has no end punctuation (${PARAGRAPH_END_MARKS})`;
  }
}

/**
 * Checks that a draft can be written in the resolution text layout and read back unchanged.
 * Throws {@link DraftLayoutError} naming the first part that cannot (an empty item, a paragraph
 * without end punctuation, a call without text under it …). Returns the layout text.
 */
export function draftLayoutText(res: Resolution): string {
  const all = parts(res);
  for (const p of all) {
    const problem = problemOf(p);
    if (problem) throw new DraftLayoutError(p.place, problem);
  }
  if (res.calls.length === 0) throw new DraftLayoutError('the draft', 'has no call (such as "considering") after the conference line');
  const text = toText(res);
  let back: Resolution;
  try {
    back = fromText(text);
  } catch (e) {
    if (!(e instanceof ResolutionParseError)) throw e;
    const at = all[e.line - 1];
    throw new DraftLayoutError(at ? at.place : 'the end of the draft', `cannot be written as text: ${e.problem.replace(/\s*\(first on line \d+\)/, '')}`);
  }
  const a = toLines(back);
  const b = toLines(res);
  if (!sameValue(back, res)) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw new DraftLayoutError(all[i]?.place ?? 'the draft', 'would not read back as written');
  }
  return text;
}

/** Structural equality of plain JSON-like values, ignoring key order and `undefined` members. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}
