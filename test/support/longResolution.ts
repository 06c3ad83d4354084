/**
 * The long texts of the scale benchmarks and tests (issue 21): Resolution 34 followed by the other
 * adopted resolutions (their calls, with their footnotes renumbered after the ones before), cycled
 * to N times Resolution 34's length in characters (16 times: about 2,000 lines); and a draft of it
 * with one word edited every ~23 lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatten } from '../../shared/engine/flatten';
import { footnoteRef, footnoteRefPattern } from '../../shared/grammar/footnoteRef';
import type { Block, List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
/** Resolution 34 first, then the others in the edition's order. */
export const CYCLE = ['34', '5', '17', '18', '30', '36', '45', '46', '48', '51', '55', '58', '76', '82'];
/** One word is edited on every this many lines of the draft. */
export const EDIT_EVERY = 23;

/** An adopted resolution of the bundled edition. */
export function adopted(n: string): Resolution {
  return fromText(readFileSync(join(BUNDLED, `res-${n}.txt`), 'utf8'));
}

function lineCount(res: Resolution): number {
  const f = flatten(res);
  return f.head.length + f.body.length + f.footnotes.length;
}

/** About the characters of a resolution's text layout: its lines' texts and labels, and a tab and a line end each. */
function charCount(res: Resolution): number {
  const f = flatten(res);
  let n = 0;
  for (const l of [...f.head, ...f.body, ...f.footnotes]) n += l.text.length + (l.label?.length ?? 0) + 2;
  return n;
}

function renumbered(text: string, offset: number): string {
  return offset === 0 ? text : text.replace(footnoteRefPattern(), (_m, k: string) => footnoteRef(Number(k) + offset));
}

function blocksRenumbered(blocks: Block[], offset: number): Block[] {
  const list = (l: List): List => ({ ...l, items: l.items.map((it) => ({ text: renumbered(it.text, offset), ...(it.sublist ? { sublist: list(it.sublist) } : {}) })) });
  return blocks.map((b) => (b.type === 'paragraph' ? { type: 'paragraph', text: renumbered(b.text, offset) } : list(b)));
}

/**
 * Resolution 34 followed by the other resolutions' calls, cycled, until the text has `scale` times
 * Resolution 34's characters (whole calls: a little more). `scale` 1 is Resolution 34 itself.
 */
export function longResolution(scale: number): Resolution {
  const first = adopted('34');
  if (scale <= 1) return first;
  const target = scale * charCount(first);
  const out: Resolution = structuredClone(first);
  let chars = charCount(first);
  for (let k = 1; chars < target; k++) {
    const next = adopted(CYCLE[k % CYCLE.length]);
    const offset = out.footnotes.length;
    for (const call of next.calls) {
      if (chars >= target) break;
      const copy = { phrase: renumbered(call.phrase, offset), blocks: blocksRenumbered(call.blocks, offset) };
      const used = new Set([...JSON.stringify(copy).matchAll(footnoteRefPattern())].map((m) => Number(m[1]) - offset));
      out.calls.push(copy);
      for (const fn of next.footnotes) if (used.has(fn.id) && !out.footnotes.some((f) => f.id === fn.id + offset)) out.footnotes.push({ id: fn.id + offset, text: fn.text });
      chars += charCount({ numberLine: '', title: '', conferenceLine: '', calls: [copy], footnotes: [] }) - 6;
    }
  }
  return inReferenceOrder(out);
}

/** The footnotes numbered 1, 2 … in the order of their first reference, as the editor keeps them. */
function inReferenceOrder(res: Resolution): Resolution {
  const order = new Map<number, number>();
  for (const m of JSON.stringify([res.title, res.calls]).matchAll(footnoteRefPattern())) if (!order.has(Number(m[1]))) order.set(Number(m[1]), order.size + 1);
  const text = (t: string): string => t.replace(footnoteRefPattern(), (_m, k: string) => footnoteRef(order.get(Number(k)) ?? Number(k)));
  const list = (l: List): List => ({ ...l, items: l.items.map((it) => ({ text: text(it.text), ...(it.sublist ? { sublist: list(it.sublist) } : {}) })) });
  return {
    ...res,
    title: text(res.title),
    calls: res.calls.map((c) => ({ phrase: text(c.phrase), blocks: c.blocks.map((b) => (b.type === 'paragraph' ? { type: 'paragraph', text: text(b.text) } : list(b))) })),
    footnotes: res.footnotes.filter((f) => order.has(f.id)).map((f) => ({ id: order.get(f.id)!, text: f.text })).sort((a, b) => a.id - b.id),
  };
}

const REPLACEMENTS = ['digital', 'regional', 'effective', 'inclusive', 'sustainable', 'national'];

/**
 * The draft of a long text: on every {@link EDIT_EVERY}th body line that has one, its third word
 * (a word of letters, not a reference) replaced by another word.
 */
export function scaleDraft(baseline: Resolution): Resolution {
  const draft = structuredClone(baseline);
  let line = 0;
  let edits = 0;
  const edit = (text: string): string => {
    line++;
    if (line % EDIT_EVERY !== 0) return text;
    let seen = 0;
    return text.replace(/\p{L}{4,}/gu, (w) => (++seen === 3 ? REPLACEMENTS[edits++ % REPLACEMENTS.length] : w));
  };
  const list = (l: List): void => {
    for (const it of l.items) {
      it.text = edit(it.text);
      if (it.sublist) list(it.sublist);
    }
  };
  for (const call of draft.calls) {
    line++;
    for (const b of call.blocks) {
      if (b.type === 'paragraph') b.text = edit(b.text);
      else list(b);
    }
  }
  return draft;
}

/** How many layout lines a resolution has (head, body and footnotes). */
export function layoutLines(res: Resolution): number {
  return lineCount(res);
}
