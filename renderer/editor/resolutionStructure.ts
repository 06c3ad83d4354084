import type { Node as PMNode } from '@tiptap/pm/model';

/** Each line kind as one letter, so a document's order of lines is a word. */
const LETTER: Readonly<Record<string, string>> = { numberLine: 'N', title: 'T', conferenceLine: 'C', call: 'c', paragraph: 'p', item: 'i', footnote: 'f' };

/** A resolution's structure, flattened: the three head lines, then calls each followed by at least one paragraph or item, then footnote bodies. */
const RESOLUTION = /^NTC(?:c[pi]+)+f*$/;

function isResolution(lines: readonly PMNode[]): boolean {
  return RESOLUTION.test(lines.map((n) => LETTER[n.type.name] ?? '?').join(''));
}

/**
 * Whether the editor's structural commands may leave the lines `after` where they were `before`
 * (moving items, deleting an empty line, cutting and pasting whole lines): a document that was a
 * resolution's structure stays one. The schema accepts any order of lines (a merge of concurrent
 * edits may leave one: see nodes/document.ts); these commands never make one, and in a document a
 * merge left out of order they do what is asked.
 */
export function keepsResolutionStructure(before: readonly PMNode[], after: readonly PMNode[]): boolean {
  return isResolution(after) || !isResolution(before);
}


/** Whether a document's lines are a resolution's structure. */
export function isResolutionDoc(doc: PMNode): boolean {
  const lines: PMNode[] = [];
  doc.forEach((n) => lines.push(n));
  return isResolution(lines);
}
