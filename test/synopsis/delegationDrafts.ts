/**
 * Hand-made drafts of the same resolutions by several delegations, with known agreeing,
 * conflicting and independent changes (words, inserted and deleted items, moves, relabels).
 * Edits go through the model, so labels follow position exactly as in the editor.
 */
import type { Item, List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';

/** A fresh copy of a resolution (drafts never share objects with their baseline). */
export function copyOf(res: Resolution): Resolution {
  return fromText(toText(res));
}

/** The list under the call whose phrase is `phrase` (its first list). */
export function listUnder(res: Resolution, phrase: string): List {
  const call = res.calls.find((c) => c.phrase === phrase);
  if (!call) throw new Error(`no call "${phrase}" in ${res.numberLine}`);
  const list = call.blocks.find((b): b is List => b.type === 'list');
  if (!list) throw new Error(`no list under "${phrase}"`);
  return list;
}

/** Retarget the number and conference lines to another conference (`Baku, 2025`). */
export function retarget(res: Resolution, placeYear = 'Baku, 2025'): void {
  res.numberLine = res.numberLine.replace(/\(Rev\.[ \u00A0]+[^)]*\)/, `(Rev. ${placeYear})`);
  res.conferenceLine = res.conferenceLine.replace(/\([^)]*\),$/, `(${placeYear}),`);
}

/** Replace `from` by `to` in item `index` (0-based) of the list under `phrase`. */
export function reword(res: Resolution, phrase: string, index: number, from: string, to: string): void {
  const item = listUnder(res, phrase).items[index];
  if (!item.text.includes(from)) throw new Error(`item ${index} under "${phrase}" has no "${from}": ${item.text}`);
  item.text = item.text.replace(from, to);
}

/** Insert a new item at `index` of the list under `phrase` (the items after it are relabelled). */
export function insertItem(res: Resolution, phrase: string, index: number, text: string): void {
  listUnder(res, phrase).items.splice(index, 0, { text });
}

/** Delete item `index` of the list under `phrase`. */
export function deleteItem(res: Resolution, phrase: string, index: number): Item {
  return listUnder(res, phrase).items.splice(index, 1)[0];
}

/** Move item `from` to position `to` (positions after removal) in the list under `phrase`. */
export function moveItem(res: Resolution, phrase: string, from: number, to: number): void {
  const list = listUnder(res, phrase);
  const [item] = list.items.splice(from, 1);
  list.items.splice(to, 0, item);
}
