import type { Item, List, Resolution } from '../../../shared/model/resolution';

/** Every list of a resolution, sub-lists included, in reading order. */
export function lists(res: Resolution): List[] {
  const out: List[] = [];
  const walk = (l: List): void => {
    out.push(l);
    for (const item of l.items) if (item.sublist) walk(item.sublist);
  };
  for (const call of res.calls) for (const b of call.blocks) if (b.type === 'list') walk(b);
  return out;
}

/** Every item of a resolution with its list and index, in reading order. */
export function itemsOf(res: Resolution): { list: List; index: number }[] {
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
export function bodyTexts(res: Resolution): { get(): string; set(text: string): void; kind: 'item' | 'paragraph' | 'call' }[] {
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
export function lineOfItem(res: Resolution, item: Item): number {
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
export function renumberRefs(res: Resolution, f: (k: number) => number | null): void {
  const fix = (t: string): string => t.replace(/\[\^(\d+)\]/g, (_m, k: string) => {
    const to = f(Number(k));
    return to === null ? '' : `[^${to}]`;
  });
  for (const t of bodyTexts(res)) t.set(fix(t.get()));
  res.title = fix(res.title);
}

/** The texts a delegation edits in {@link seededDraft}'s mix: paragraphs, then every item. */
export function paragraphsThenItems(res: Resolution): Array<{ get: () => string; set: (t: string) => void }> {
  const out: Array<{ get: () => string; set: (t: string) => void }> = [];
  for (const c of res.calls) {
    for (const b of c.blocks) {
      if (b.type === 'paragraph') out.push({ get: () => b.text, set: (t) => (b.text = t) });
    }
  }
  for (const l of lists(res)) for (const it of l.items) out.push({ get: () => it.text, set: (t) => (it.text = t) });
  return out;
}
