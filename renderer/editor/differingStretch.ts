import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The one stretch where two documents differ: from `start` to `endA` in `current`, to `endB` in
 * `next` (the ends moved past `start` where the common tail overlaps it); null when they are the
 * same. Replacing only it keeps what did not change (its undo history, a colleague's edits).
 */
export function differingStretch(current: PMNode, next: PMNode): { start: number; endA: number; endB: number } | null {
  const start = current.content.findDiffStart(next.content);
  if (start === null) return null;
  let { a: endA, b: endB } = current.content.findDiffEnd(next.content)!;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, endB };
}
