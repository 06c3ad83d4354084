import { listLabels } from '../grammar/labels';
import type { List, Resolution } from '../model/resolution';

/** One line of a resolution's body as the checks read it. */
export interface BodyPart {
  kind: 'item' | 'paragraph';
  text: string;
  /** The computed label of an item; `paragraph N` for an unlabelled one (1-based within its call). */
  label: string;
  /** Index of the call in `resolution.calls`. */
  call: number;
  /** Line in the resolution text layout. */
  line: number;
  /** An item with sub-items under it (its text introduces them, usually ending with `:`). */
  hasSublist: boolean;
}

/** The lines of the number line, title and conference line that come before the first call. */
export const HEAD_LINES = 3;

/** Every item and paragraph of a resolution in reading order, with labels and layout lines. */
export function bodyParts(res: Resolution): { parts: BodyPart[]; callLines: number[]; footnoteLine: number } {
  const parts: BodyPart[] = [];
  const callLines: number[] = [];
  let line = HEAD_LINES;
  const walk = (list: List, call: number): void => {
    const labels = listLabels(list);
    list.items.forEach((item, i) => {
      parts.push({ kind: 'item', text: item.text, label: labels[i], call, line: line++, hasSublist: !!item.sublist && item.sublist.items.length > 0 });
      if (item.sublist) walk(item.sublist, call);
    });
  };
  res.calls.forEach((c, ci) => {
    callLines.push(line++);
    let paragraphs = 0;
    for (const block of c.blocks) {
      if (block.type === 'paragraph') parts.push({ kind: 'paragraph', text: block.text, label: `paragraph ${++paragraphs}`, call: ci, line: line++, hasSublist: false });
      else walk(block, ci);
    }
  });
  return { parts, callLines, footnoteLine: line };
}
