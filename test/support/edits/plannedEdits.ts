import type { Block, Item, List, Resolution } from '../../../shared/model/resolution';
import { tokenize } from '../../../shared/engine/tokenize';
import { hasParagraphEnd } from '../../../shared/grammar/paragraphEnd';
import { lists } from './resolutionParts';
import { pick, rng } from './seededRandom';

/** The English words edits type in (a plan may give another language's). */
export const VOCAB = ['digital', 'inclusive', 'resilient', 'sustainable', 'regional', 'national', 'effective', 'enhanced',
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

export function editWords(text: string, r: () => number, rate: number, words: EditPlan['words']): string {
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

export function sentence(r: () => number, words: number, plan: EditPlan): string {
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
