import { footnoteRef } from '../grammar/footnoteRef';
import { listLabels } from '../grammar/labels';
import type { List, Resolution } from '../model/resolution';

/** Print a resolution in the resolution text layout: `\n` line ends, one trailing newline. */
export function toText(res: Resolution): string {
  return `${toLines(res).join('\n')}\n`;
}

/** The lines of the layout, without line ends. */
export function toLines(res: Resolution): string[] {
  const out = [res.numberLine, res.title, res.conferenceLine];
  for (const call of res.calls) {
    out.push(call.phrase);
    for (const block of call.blocks) {
      if (block.type === 'paragraph') out.push(block.text);
      else pushList(block, out);
    }
  }
  for (const fn of res.footnotes) out.push(`${footnoteRef(fn.id)}: ${fn.text}`);
  return out;
}

function pushList(list: List, out: string[]): void {
  const labels = listLabels(list);
  list.items.forEach((item, index) => {
    out.push(`${labels[index]}\t${item.text}`);
    if (item.sublist) pushList(item.sublist, out);
  });
}
