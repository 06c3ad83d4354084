import type { ReactNode } from 'react';
import type { ChangeRow } from '../../shared/engine/changeSet';
import { MarkedSpans } from './MarkedText';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';

/** CSS classes of a row: its kind, status, depth and move role. */
export function rowClasses(row: ChangeRow, extra = ''): string {
  const depth = row.draft?.depth ?? row.base?.depth ?? 0;
  const classes = ['cmp-row', `rd-${row.kind}`, `cmp-${row.status}`, `depth-${depth}`];
  if (row.move) classes.push(row.move.role === 'from' ? 'cmp-moved-from' : 'cmp-moved-to');
  if (extra) classes.push(extra);
  return classes.join(' ');
}

function Label({ row, show }: { row: ChangeRow; show: 'both' | 'base' | 'draft' }): ReactNode {
  const before = row.base?.label;
  const after = row.draft?.label;
  const text = (label: string): string => (row.kind === 'footnote' ? String(footnoteRefNumber(label) ?? label) : label);
  if (before === undefined && after === undefined) return null;
  if (row.status === 'inserted') return <span className="cmp-label"><ins>{text(after!)}</ins></span>;
  if (row.status === 'deleted') return <span className="cmp-label"><del>{text(before!)}</del></span>;
  if (!row.relabelled || show !== 'both') {
    const label = show === 'base' ? before : after;
    return label === undefined ? null : (
      <span className={`cmp-label${row.relabelled ? ' cmp-relabelled' : ''}`}>{row.relabelled ? <>{show === 'base' ? <del>{text(label)}</del> : <ins>{text(label)}</ins>}</> : text(label)}</span>
    );
  }
  return (
    <span className="cmp-label cmp-relabelled">
      {before !== undefined && <del className="rd-relabel">{text(before)}</del>}
      {after !== undefined && <ins className="rd-relabel">{text(after)}</ins>}
    </span>
  );
}

/** One row of a comparison: label and text with marks, for the inline view or one side-by-side column. */
export function ChangeRowView({ row, show = 'both', index, current }: { row: ChangeRow; show?: 'both' | 'base' | 'draft'; index: number; current: boolean }): ReactNode {
  const present = show === 'both' || (show === 'base' ? row.base : row.draft);
  return (
    <p className={rowClasses(row, current ? 'cmp-current' : '')} data-row={index} data-status={row.status} title={row.move ? (row.move.role === 'from' ? 'Moved from here' : 'Moved here') : undefined}>
      {present && (
        <>
          <Label row={row} show={show} />
          <span className="cmp-text">
            <MarkedSpans spans={row.spans} show={show} />
          </span>
        </>
      )}
    </p>
  );
}
