import type { ChangeRow } from '../engine/changeSet';
import { compare } from '../engine/compare';
import { resolutionName } from '../grammar/numberLine';
import type { Resolution } from '../model/resolution';


function placeOf(row: ChangeRow, call: string | undefined): string {
  const side = row.draft ?? row.base;
  const under = call ? `*${call}*` : 'the text';
  switch (row.kind) {
    case 'numberLine':
      return 'the number line';
    case 'title':
      return 'the title';
    case 'conferenceLine':
      return 'the conference line';
    case 'call':
      return `the call *${side?.text ?? ''}*`;
    case 'item':
      return `${under} ${side?.label ?? ''}`.trimEnd();
    case 'footnote':
      return `footnote ${side?.label ?? ''}`.trimEnd();
    default:
      return `a paragraph under ${under}`;
  }
}

/**
 * Where the unmarked text of a contribution (its baseline: every revision rejected) differs from
 * the adopted text in force, by place: `the unmarked text of *considering* c) differs from
 * Resolution 34 (Rev. Kigali, 2022)`. The engine decides what differs; this only names the places.
 */
export function baselineDifferences(adopted: Resolution, unmarked: Resolution): string[] {
  const cite = resolutionName(adopted.numberLine);
  const out: string[] = [];
  let call: string | undefined;
  for (const row of compare(adopted, unmarked).rows) {
    if (row.kind === 'call') call = (row.draft ?? row.base)?.text;
    if (row.status === 'unchanged' && !row.relabelled) continue;
    const place = placeOf(row, call);
    const what = row.status === 'inserted' ? `has ${place}, which is not in` : row.status === 'deleted' ? `lacks ${place} of` : `of ${place} differs from`;
    const line = `the unmarked text ${what} ${cite}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
