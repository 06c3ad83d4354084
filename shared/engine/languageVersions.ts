import type { RowKind } from './changeSet';
import { flatten, type FlatLine } from './flatten';
import type { List, Resolution } from '../model/resolution';

/**
 * One place of a resolution in two of its language versions: the line each has there (absent
 * where one version has no line at that place).
 */
export interface VersionPair {
  /** The structural place, the same in every language: `title`, `call 2`, `call 2 › block 1 › item 3.1`, `footnote 1`. */
  place: string;
  kind: RowKind;
  left?: FlatLine;
  right?: FlatLine;
}

/**
 * The structural place of every line of `res`, in layout order (the order of `flatten`): the head
 * lines by kind, a call by its position, a paragraph or list by its position in its call, an item
 * by its position in its list and its list's in its item (labels are computed from position in
 * every script, so `b)`, `б)` and `ب)` stand at the same place), a footnote by its number.
 */
export function structuralPlaces(res: Resolution): string[] {
  const places = ['numberLine', 'title', 'conferenceLine'];
  const list = (l: List, at: string): void =>
    l.items.forEach((item, i) => {
      const here = at.endsWith('item') ? `${at} ${i + 1}` : `${at}.${i + 1}`;
      places.push(here);
      if (item.sublist) list(item.sublist, here);
    });
  res.calls.forEach((call, c) => {
    places.push(`call ${c + 1}`);
    call.blocks.forEach((block, b) => {
      if (block.type === 'paragraph') places.push(`call ${c + 1} › block ${b + 1}`);
      else list(block, `call ${c + 1} › block ${b + 1} › item`);
    });
  });
  for (const fn of res.footnotes) places.push(`footnote ${fn.id}`);
  return places;
}

function placedLines(res: Resolution): { place: string; line: FlatLine }[] {
  const flat = flatten(res);
  const lines = [...flat.head, ...flat.body, ...flat.footnotes];
  const places = structuralPlaces(res);
  return lines.map((line, i) => ({ place: places[i]!, line }));
}

/**
 * Two language versions of one resolution side by side (issue 24, point 5): their lines paired by
 * structural place (call, paragraph, item, footnote), never by their words, which differ by
 * language. The pairs follow `left`'s order; a place only `right` has comes after the place it
 * follows in `right`. A view renders the pairs as they are and decides nothing.
 */
export function pairLanguageVersions(left: Resolution, right: Resolution): VersionPair[] {
  const a = placedLines(left);
  const b = placedLines(right);
  const indexInB = new Map(b.map((x, i) => [x.place, i]));
  const inA = new Set(a.map((x) => x.place));
  const pairs: VersionPair[] = [];
  let next = 0; // the next line of `right` not yet placed
  const rightOnlyBefore = (end: number): void => {
    for (; next < end; next++) {
      const only = b[next]!;
      if (!inA.has(only.place)) pairs.push({ place: only.place, kind: only.line.kind, right: only.line });
    }
  };
  for (const { place, line } of a) {
    const at = indexInB.get(place);
    if (at !== undefined && at >= next) rightOnlyBefore(at);
    if (at !== undefined) next = Math.max(next, at + 1);
    pairs.push({ place, kind: line.kind, left: line, ...(at !== undefined ? { right: b[at]!.line } : {}) });
  }
  rightOnlyBefore(b.length);
  return pairs;
}
