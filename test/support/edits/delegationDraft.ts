/**
 * Seeded random edits of a resolution, the way delegations amend texts: items inserted, deleted
 * and moved (so later items are relabelled), words replaced, inserted and deleted, footnotes
 * edited, added and removed, a new call with items, and the number and conference lines retargeted.
 * The same seed always gives the same draft. Every draft is checked to survive the text layout
 * (print, parse, print) so tests can hand it to the CLI as a file.
 */
import type { Block, Call, Item, List, Resolution } from '../../../shared/model/resolution';
import { fromText } from '../../../shared/text/fromText';
import { toText } from '../../../shared/text/toText';
import { lists, paragraphsThenItems } from './resolutionParts';
import { rng } from './seededRandom';

const WORDS = ['digital', 'inclusive', 'resilient', 'regional', 'sustainable', 'affordable', 'meaningful', 'all', 'relevant', 'emerging', 'national', 'secure'];
const NEW_ITEMS = [
  'that meaningful connectivity remains out of reach for a third of the world’s population;',
  'the outcomes of the regional preparatory meetings for WTDC‑25;',
  'to assist Member States in developing national emergency telecommunication plans;',
  'the importance of artificial intelligence for sustainable development[^N];',
];
const NEW_NOTES = ['As defined by the United Nations.', 'See Report ITU‑D SG1 Q7/1 (2025).', 'Including small island developing states.'];

/** What a seeded edit did, for failure messages. */
export interface SeededDraft {
  draft: Resolution;
  ops: string[];
}

type Pick = <T>(xs: readonly T[]) => T;

/** Replace, insert or delete one inner word (never the last token, which carries the end punctuation). */
function editWords(text: string, rand: () => number, pick: Pick): string {
  const words = text.split(' ');
  if (words.length < 3) return text;
  const i = 1 + Math.floor(rand() * (words.length - 2));
  if (words[i].includes('[^')) return text;
  const r = rand();
  if (r < 0.4) words[i] = pick(WORDS);
  else if (r < 0.7) words.splice(i, 0, pick(WORDS));
  else words.splice(i, 1);
  return words.join(' ');
}

function nextNoteId(res: Resolution): number {
  return res.footnotes.reduce((m, f) => Math.max(m, f.id), 0) + 1;
}

/** Number footnotes 1, 2, … in order of first reference, as the layout requires. */
function renumberFootnotes(res: Resolution): void {
  const order: number[] = [];
  const see = (t: string): void => {
    for (const m of t.matchAll(/\[\^(\d+)\]/g)) if (!order.includes(Number(m[1]))) order.push(Number(m[1]));
  };
  see(res.title);
  see(res.conferenceLine);
  const walk = (l: List): void => {
    for (const it of l.items) {
      see(it.text);
      if (it.sublist) walk(it.sublist);
    }
  };
  for (const c of res.calls) {
    see(c.phrase);
    for (const b of c.blocks) {
      if (b.type === 'paragraph') see(b.text);
      else walk(b);
    }
  }
  const map = new Map(order.map((old, i) => [old, i + 1]));
  const fix = (t: string): string => t.replace(/\[\^(\d+)\]/g, (_, n: string) => `[^${map.get(Number(n))}]`);
  res.title = fix(res.title);
  res.conferenceLine = fix(res.conferenceLine);
  const walkFix = (l: List): void => {
    for (const it of l.items) {
      it.text = fix(it.text);
      if (it.sublist) walkFix(it.sublist);
    }
  };
  for (const c of res.calls) {
    for (const b of c.blocks) {
      if (b.type === 'paragraph') b.text = fix(b.text);
      else walkFix(b);
    }
  }
  res.footnotes = res.footnotes
    .filter((f) => map.has(f.id))
    .map((f) => ({ id: map.get(f.id)!, text: f.text }))
    .sort((a, b) => a.id - b.id);
}

function removeRef(res: Resolution, id: number): void {
  const tag = `[^${id}]`;
  for (const t of paragraphsThenItems(res)) if (t.get().includes(tag)) t.set(t.get().split(tag).join(''));
  for (const c of res.calls) if (c.phrase.includes(tag)) c.phrase = c.phrase.split(tag).join('');
  res.title = res.title.split(tag).join('');
  res.footnotes = res.footnotes.filter((f) => f.id !== id);
}

/** One random edit, applied in place; returns what it did. */
function oneEdit(res: Resolution, rand: () => number, pick: Pick): string {
  const r = rand();
  const ls = lists(res);
  if (r < 0.18) {
    const l = pick(ls);
    const at = Math.floor(rand() * (l.items.length + 1));
    let text = pick(NEW_ITEMS);
    if (text.includes('[^N]')) {
      const id = nextNoteId(res);
      text = text.replace('[^N]', `[^${id}]`);
      res.footnotes.push({ id, text: pick(NEW_NOTES) });
    }
    if (at === l.items.length && at > 0) {
      // Appending after the last item moves its end punctuation, as delegations do: `x,` → `x;` + `new,`.
      const last = l.items[at - 1];
      const end = last.text.slice(-1);
      if (/[,.;]/.test(end) && end !== ';') {
        last.text = `${last.text.slice(0, -1)};`;
        text = `${text.replace(/[;,.]$/, '')}${end}`;
      }
    }
    l.items.splice(at, 0, { text });
    return `insert item at ${at} of a ${l.kind} list`;
  }
  if (r < 0.32) {
    const l = pick(ls.filter((x) => x.items.length > 1).concat(ls.slice(0, 0)));
    if (!l) return 'no-op';
    const at = Math.floor(rand() * l.items.length);
    const [gone] = l.items.splice(at, 1);
    for (const m of gone.text.matchAll(/\[\^(\d+)\]/g)) removeRef(res, Number(m[1]));
    if (gone.sublist) for (const it of gone.sublist.items) for (const m of it.text.matchAll(/\[\^(\d+)\]/g)) removeRef(res, Number(m[1]));
    return `delete item ${at} of a ${l.kind} list`;
  }
  if (r < 0.42) {
    const l = pick(ls.filter((x) => x.items.length > 2));
    if (!l) return 'no-op';
    const from = Math.floor(rand() * l.items.length);
    const [it] = l.items.splice(from, 1);
    const to = Math.floor(rand() * (l.items.length + 1));
    l.items.splice(to, 0, it);
    return `move item ${from} to ${to}`;
  }
  if (r < 0.70) {
    const t = pick(paragraphsThenItems(res));
    t.set(editWords(t.get(), rand, pick));
    return 'word edit';
  }
  if (r < 0.75) {
    // Words added at the very start or end of a line (next to the paragraph mark).
    const t = pick(paragraphsThenItems(res));
    const text = t.get();
    if (rand() < 0.5 || !/[,;.:]$/.test(text)) t.set(`${pick(WORDS)} ${text}`);
    else t.set(`${text.slice(0, -1)} ${pick(WORDS)}${text.slice(-1)}`);
    return 'edge word edit';
  }
  if (r < 0.82 && res.footnotes.length > 0) {
    const f = pick(res.footnotes);
    f.text = editWords(f.text, rand, pick);
    return `footnote ${f.id} word edit`;
  }
  if (r < 0.88) {
    const t = pick(paragraphsThenItems(res));
    const words = t.get().split(' ');
    if (words.length < 3) return 'no-op';
    const i = Math.floor(rand() * (words.length - 1));
    if (words[i].includes('[^')) return 'no-op';
    const id = nextNoteId(res);
    words[i] = `${words[i]}[^${id}]`;
    t.set(words.join(' '));
    res.footnotes.push({ id, text: pick(NEW_NOTES) });
    return 'add footnote';
  }
  if (r < 0.93 && res.footnotes.length > 0) {
    const f = pick(res.footnotes);
    removeRef(res, f.id);
    return `delete footnote ${f.id}`;
  }
  if (r < 0.945) {
    if (rand() < 0.5) {
      res.title = editWords(`${res.title} x`, rand, pick).replace(/ x$/, '');
      return 'title edit';
    }
    if (res.calls.length < 3) return 'no-op';
    const at = Math.floor(rand() * res.calls.length);
    const [gone] = res.calls.splice(at, 1);
    for (const m of JSON.stringify(gone).matchAll(/\[\^(\d+)\]/g)) removeRef(res, Number(m[1]));
    return `delete call ${at}`;
  }
  if (r < 0.955) {
    if (rand() < 0.5) {
      // a new unlabelled paragraph under a call
      const c = pick(res.calls);
      c.blocks.splice(Math.floor(rand() * (c.blocks.length + 1)), 0, { type: 'paragraph', text: 'to report on the implementation of this resolution;' });
      return 'insert paragraph';
    }
    // new sub-items under an item
    const l = pick(ls);
    const it = pick(l.items);
    if (it.sublist || l.kind === 'roman') return 'no-op';
    it.sublist = { type: 'list', kind: 'roman', items: [{ text: 'in developing countries;' }, { text: 'in small island developing states;' }] };
    return 'add sub-items';
  }
  if (r < 0.97) {
    const call: Call = { phrase: 'noting further', blocks: [{ type: 'list', kind: 'alpha', items: [{ text: pick(NEW_ITEMS).replace('[^N]', '') }, { text: 'the work of the study groups,' }] } as Block] };
    const at = 1 + Math.floor(rand() * res.calls.length);
    res.calls.splice(Math.min(at, res.calls.length), 0, call);
    return `insert call at ${at}`;
  }
  res.numberLine = res.numberLine.replace('Kigali, 2022', 'Baku, 2025');
  res.conferenceLine = res.conferenceLine.replace('Kigali, 2022', 'Baku, 2025');
  return 'retarget';
}

function clone(res: Resolution): Resolution {
  return JSON.parse(JSON.stringify(res)) as Resolution;
}

/**
 * A seeded random draft of `baseline` with about `edits` edits. Drafts whose text does not read
 * back to the same model (a rare label clash, e.g. an alpha list growing into `i)` next to a roman
 * sub-list) are retried with the next random numbers, so the result always round-trips.
 */
export function seededDraft(baseline: Resolution, seed: number, edits = 8): SeededDraft {
  const rand = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)];
  for (let attempt = 0; attempt < 50; attempt++) {
    const draft = clone(baseline);
    const ops: string[] = [];
    for (let i = 0; i < edits; i++) ops.push(oneEdit(draft, rand, pick));
    renumberFootnotes(draft);
    const text = toText(draft);
    try {
      const back = fromText(text);
      if (toText(back) === text && JSON.stringify(back) === JSON.stringify(draft)) return { draft: back, ops };
    } catch {
      // try again with the next random numbers
    }
  }
  throw new Error(`seed ${seed}: no valid draft in 50 attempts`);
}

/** Items of a resolution (for tests that need to look at them). */
export function allItems(res: Resolution): Item[] {
  return lists(res).flatMap((l) => l.items);
}
