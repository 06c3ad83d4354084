import type { Resolution } from '../../../shared/model/resolution';
import { DEFAULT_PLAN, VOCAB, editWords, sentence } from './plannedEdits';
import { bodyTexts, itemsOf, lineOfItem, lists, renumberRefs } from './resolutionParts';
import { pick, rng } from './seededRandom';

/** One step of {@link randomEditSequence}: the draft after it, and the delegate's moves so far (the engine's hint). */
export interface EditStep {
  /** What the step did (for a failing test's message). */
  what: string;
  draft: Resolution;
  /** Draft lines of the items the delegate moved, the latest last (as the editor passes them). */
  moved: number[];
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
