import type { Block, Item, List, Resolution } from '../../shared/model/resolution';
import { tokenize } from '../../shared/engine/tokenize';
import { hasParagraphEnd } from '../../shared/grammar/paragraphEnd';

/** A small seeded PRNG (mulberry32), so every "random" edit is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = ['digital', 'inclusive', 'resilient', 'sustainable', 'regional', 'national', 'effective', 'enhanced',
  'Member', 'States', 'capacity', 'building', 'infrastructure', 'broadband', 'affordable', 'meaningful', 'connectivity',
  'Baku', '2025', 'programme', 'initiatives', 'cooperation', 'youth', 'women', 'accessibility', 'security'];

/** What {@link randomEdits} should do. */
export interface EditPlan {
  /** Share of words to replace, delete or insert (0.02 = 2%). */
  wordRate: number;
  insertItems: number;
  deleteItems: number;
  moveItems: number;
  footnoteEdits: number;
  /**
   * The words of another language to edit with (default: English), how a sentence joins them
   * (`''` in Chinese) and the mark an inserted item ends with (`؛`, `；`). Words are then the
   * product's tokens (Chinese segmented into words).
   */
  words?: { vocabulary: string[]; joiner: string; semicolon: string };
}

/** The benchmark's and the property tests' default plan: 2% of words, one item in, one out, one moved. */
export const DEFAULT_PLAN: EditPlan = { wordRate: 0.02, insertItems: 1, deleteItems: 1, moveItems: 1, footnoteEdits: 0 };

function lists(res: Resolution): List[] {
  const out: List[] = [];
  const walk = (l: List): void => {
    out.push(l);
    for (const item of l.items) if (item.sublist) walk(item.sublist);
  };
  for (const call of res.calls) for (const b of call.blocks) if (b.type === 'list') walk(b);
  return out;
}

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function editWords(text: string, r: () => number, rate: number, words: EditPlan['words']): string {
  const tokens = words ? tokenize(text) : (text.match(/\[\^\d+\]|[\p{L}\p{N}]+|[^\p{L}\p{N}[]+|\[/gu) ?? []);
  const vocabulary = words?.vocabulary ?? VOCAB;
  const joiner = words?.joiner ?? ' ';
  return tokens
    .map((t) => {
      if (!/^[\p{L}\p{N}]/u.test(t) || r() >= rate) return t;
      const roll = r();
      if (roll < 0.6) return pick(r, vocabulary);
      if (roll < 0.8) return `${t}${joiner}${pick(r, vocabulary)}`;
      return '';
    })
    .join('')
    .replace(/ {2,}/g, ' ');
}

function sentence(r: () => number, words: number, plan: EditPlan): string {
  return Array.from({ length: words }, () => pick(r, plan.words?.vocabulary ?? VOCAB)).join(plan.words?.joiner ?? ' ');
}

/**
 * Apply seeded random edits to a copy of a resolution: words replaced/inserted/deleted at
 * `wordRate`, items inserted, deleted and moved, footnote bodies edited. Labels renumber
 * because they are derived; the result always prints and parses.
 */
export function randomEdits(res: Resolution, seed: number, plan: EditPlan = DEFAULT_PLAN): Resolution {
  const r = rng(seed);
  const out: Resolution = structuredClone(res);
  const editText = <T extends { text: string }>(x: T): void => {
    const edited = editWords(x.text, r, plan.wordRate, plan.words).trim();
    if (edited && !edited.includes('\t')) x.text = edited;
  };
  for (const call of out.calls) {
    for (const b of call.blocks as Block[]) {
      if (b.type === 'paragraph') {
        const end = b.text.slice(-1);
        editText(b);
        if (!hasParagraphEnd(b.text)) b.text += end;
      } else {
        const walk = (l: List): void => l.items.forEach((it: Item) => {
          editText(it);
          if (it.sublist) walk(it.sublist);
        });
        walk(b);
      }
    }
  }
  for (let k = 0; k < plan.insertItems; k++) {
    const l = pick(r, lists(out));
    l.items.splice(Math.floor(r() * (l.items.length + 1)), 0, { text: `${sentence(r, 6 + Math.floor(r() * 10), plan)}${plan.words?.semicolon ?? ';'}` });
  }
  for (let k = 0; k < plan.deleteItems; k++) {
    const candidates = lists(out).filter((l) => l.items.length >= 2);
    if (candidates.length === 0) break;
    const l = pick(r, candidates);
    const i = Math.floor(r() * l.items.length);
    // keep footnote references alive: never delete an item that holds one
    if (!/\[\^\d+\]/.test(JSON.stringify(l.items[i]))) l.items.splice(i, 1);
  }
  for (let k = 0; k < plan.moveItems; k++) {
    const candidates = lists(out).filter((l) => l.items.length >= 3);
    if (candidates.length === 0) break;
    const l = pick(r, candidates);
    const from = Math.floor(r() * l.items.length);
    const [item] = l.items.splice(from, 1);
    let to = Math.floor(r() * l.items.length);
    if (to >= from) to++;
    l.items.splice(Math.min(to, l.items.length), 0, item);
  }
  for (let k = 0; k < plan.footnoteEdits && out.footnotes.length > 0; k++) {
    const fn = pick(r, out.footnotes);
    fn.text = `${fn.text.replace(/\.$/, '')} and ${sentence(r, 3, plan)}.`;
  }
  return out;
}

/** One step of {@link randomEditSequence}: the draft after it, and the delegate's moves so far (the engine's hint). */
export interface EditStep {
  /** What the step did (for a failing test's message). */
  what: string;
  draft: Resolution;
  /** Draft lines of the items the delegate moved, the latest last (as the editor passes them). */
  moved: number[];
}

/** Every item of a resolution with its list and index, in reading order. */
function itemsOf(res: Resolution): { list: List; index: number }[] {
  const out: { list: List; index: number }[] = [];
  const walk = (l: List): void =>
    l.items.forEach((it, index) => {
      out.push({ list: l, index });
      if (it.sublist) walk(it.sublist);
    });
  for (const call of res.calls) for (const b of call.blocks) if (b.type === 'list') walk(b);
  return out;
}

/** Every text of the body that a delegate types in: items, paragraphs, call phrases. */
function bodyTexts(res: Resolution): { get(): string; set(text: string): void; kind: 'item' | 'paragraph' | 'call' }[] {
  const out: ReturnType<typeof bodyTexts> = [];
  const walk = (l: List): void =>
    l.items.forEach((it) => {
      out.push({ get: () => it.text, set: (t) => (it.text = t), kind: 'item' });
      if (it.sublist) walk(it.sublist);
    });
  for (const call of res.calls) {
    out.push({ get: () => call.phrase, set: (t) => (call.phrase = t), kind: 'call' });
    for (const b of call.blocks) {
      if (b.type === 'paragraph') out.push({ get: () => b.text, set: (t) => (b.text = t), kind: 'paragraph' });
      else walk(b);
    }
  }
  return out;
}

/** The layout line of an item (0-based, head first), as the engine numbers it. */
function lineOfItem(res: Resolution, item: Item): number {
  let line = 3;
  let found = -1;
  const walk = (l: List): void => {
    for (const it of l.items) {
      if (it === item) found = line;
      line++;
      if (it.sublist) walk(it.sublist);
    }
  };
  for (const call of res.calls) {
    line++;
    for (const b of call.blocks) {
      if (b.type === 'paragraph') line++;
      else walk(b);
    }
  }
  return found;
}

/** Renumber every reference `[^k]` of the body by `f` (footnotes moved up or down). */
function renumberRefs(res: Resolution, f: (k: number) => number | null): void {
  const fix = (t: string): string => t.replace(/\[\^(\d+)\]/g, (_m, k: string) => {
    const to = f(Number(k));
    return to === null ? '' : `[^${to}]`;
  });
  for (const t of bodyTexts(res)) t.set(fix(t.get()));
  res.title = fix(res.title);
}

/**
 * A seeded sequence of small edits, one after another, each from the draft the last one left, as
 * a delegate makes them (the property tests of the incremental engine and the editor take the
 * engine's result after each): words typed, replaced or deleted in one line; an item inserted,
 * deleted, moved (and then named in `moved`, the editor's hint), split in two or merged with the
 * next; a footnote added before the others (every reference renumbered) or dropped; a call's
 * phrase rewritten (the calls kept change); a footnote's text edited.
 */
export function* randomEditSequence(start: Resolution, seed: number, count: number): Generator<EditStep> {
  const r = rng(seed);
  let draft = structuredClone(start);
  let moved: number[] = [];
  for (let n = 0; n < count; n++) {
    draft = structuredClone(draft);
    const roll = Math.floor(r() * 12);
    let what = '';
    const texts = bodyTexts(draft);
    const items = itemsOf(draft);
    if (roll <= 3 || items.length < 3) {
      const t = pick(r, texts.filter((x) => x.kind !== 'call'));
      const edited = editWords(t.get(), r, 0.3, undefined).trim();
      what = `words in "${t.get().slice(0, 30)}"`;
      if (edited && !edited.includes('\t') && (t.kind !== 'paragraph' || /[,;.:]$/.test(edited))) t.set(edited);
      else t.set(`${pick(r, VOCAB)} ${t.get()}`);
    } else if (roll === 4) {
      const l = pick(r, lists(draft));
      const at = Math.floor(r() * (l.items.length + 1));
      l.items.splice(at, 0, { text: `${sentence(r, 4 + Math.floor(r() * 8), DEFAULT_PLAN)};` });
      what = `item inserted at ${at}`;
    } else if (roll === 5) {
      const { list, index } = pick(r, items);
      if (list.items.length > 1 && !list.items[index].sublist && !/\[\^\d+\]/.test(list.items[index].text)) list.items.splice(index, 1);
      what = `item ${index} deleted`;
    } else if (roll === 6) {
      const candidates = lists(draft).filter((l) => l.items.length >= 2);
      if (candidates.length) {
        const l = pick(r, candidates);
        const from = Math.floor(r() * l.items.length);
        const [item] = l.items.splice(from, 1);
        const to = Math.floor(r() * (l.items.length + 1));
        l.items.splice(to, 0, item);
        moved = [...moved, lineOfItem(draft, item)].slice(-3);
        what = `item moved from ${from} to ${to}`;
      }
    } else if (roll === 7) {
      const { list, index } = pick(r, items);
      const text = list.items[index].text;
      const space = text.indexOf(' ', Math.floor(text.length / 2));
      if (space > 0 && !list.items[index].sublist) {
        list.items.splice(index, 1, { text: text.slice(0, space) }, { text: text.slice(space + 1) });
        what = `item ${index} split`;
      }
    } else if (roll === 8) {
      const { list, index } = pick(r, items);
      if (index + 1 < list.items.length && !list.items[index].sublist && !list.items[index + 1].sublist) {
        const [a, b] = list.items.splice(index, 2);
        list.items.splice(index, 0, { text: `${a.text} ${b.text}` });
        what = `items ${index} and ${index + 1} merged`;
      }
    } else if (roll === 9) {
      // a footnote referenced before every other one: each reference after it is renumbered
      renumberRefs(draft, (k) => k + 1);
      draft.footnotes = [{ id: 1, text: `${sentence(r, 5, DEFAULT_PLAN)}.` }, ...draft.footnotes.map((f) => ({ ...f, id: f.id + 1 }))];
      const t = pick(r, texts.filter((x) => x.kind === 'item'));
      t.set(`${t.get().replace(/;$/, '')}[^1];`);
      what = 'footnote added';
    } else if (roll === 10) {
      if (draft.footnotes.length) {
        const gone = pick(r, draft.footnotes).id;
        renumberRefs(draft, (k) => (k === gone ? null : k > gone ? k - 1 : k));
        draft.footnotes = draft.footnotes.filter((f) => f.id !== gone).map((f) => (f.id > gone ? { ...f, id: f.id - 1 } : f));
        what = `footnote ${gone} dropped`;
      }
    } else {
      const calls = texts.filter((x) => x.kind === 'call');
      const t = pick(r, calls);
      if (r() < 0.5) t.set(`${t.get()} ${pick(r, VOCAB).toLowerCase()}`);
      else if (draft.footnotes.length) {
        const fn = pick(r, draft.footnotes);
        fn.text = `${fn.text.replace(/\.$/, '')} ${pick(r, VOCAB)}.`;
      }
      what = 'call phrase or footnote text';
    }
    yield { what, draft, moved };
  }
}
