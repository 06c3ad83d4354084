import { stripFootnoteRefs } from '../grammar/footnoteRef';
import type { ChangeRow, ChangeSet, ProposalSymbol, RowSide } from './changeSet';

/** What a proposal shows, for every exporter and preview. */
export interface ProposalView {
  /** `marked`: rows with their revision marks (MOD); `plain`: one side's text without marks. */
  kind: 'marked' | 'plain';
  /** The rows to show, footnote rows included (absent when the proposal shows none). */
  rows: ChangeRow[];
}

/**
 * The one rule for what a proposal shows: a MOD its marked rows; an ADD, or any proposal exported
 * `clean`, the draft as plain text; a SUP the number and title as adopted; a NOC the number and
 * title as kept (both without footnote references, and without footnotes).
 */
export function proposalView(symbol: ProposalSymbol, changes: ChangeSet, clean = false): ProposalView {
  if (symbol === 'SUP' || symbol === 'NOC') {
    const prefer = symbol === 'SUP' ? 'base' : 'draft';
    const rows = changes.rows
      .filter((r) => r.kind === 'numberLine' || r.kind === 'title')
      .map((r) => {
        const side = r[prefer] ?? r[prefer === 'base' ? 'draft' : 'base']!;
        return plainRow(r.kind, { ...side, text: stripFootnoteRefs(side.text) });
      });
    return { kind: 'plain', rows };
  }
  if (clean || symbol === 'ADD') return { kind: 'plain', rows: sideRows(changes.rows, 'draft') };
  return { kind: 'marked', rows: changes.rows };
}

/**
 * One side of the rows as plain rows, one per line of that side: rows sharing a line (the parts
 * of a split or merged item) are joined again.
 */
export function sideRows(rows: readonly ChangeRow[], which: 'base' | 'draft'): ChangeRow[] {
  const out: ChangeRow[] = [];
  let last: RowSide | undefined;
  for (const r of rows) {
    const side = r[which];
    if (!side || (which === 'base' && r.status === 'inserted') || (which === 'draft' && r.status === 'deleted')) continue;
    if (last && last.line === side.line) {
      last = { ...last, text: last.text + side.text };
      out[out.length - 1] = plainRow(out[out.length - 1].kind, last);
      continue;
    }
    last = side;
    out.push(plainRow(r.kind, side));
  }
  return out;
}

function plainRow(kind: ChangeRow['kind'], side: RowSide): ChangeRow {
  return {
    kind,
    status: 'unchanged',
    base: side,
    draft: side,
    relabelled: false,
    labelSpans: side.label === undefined ? [] : [{ op: 'equal', text: side.label }],
    spans: side.text ? [{ op: 'equal', text: side.text }] : [],
  };
}
