import type { ReactNode } from 'react';
import type { ChangeRow } from '../../shared/engine/changeSet';
import { MarkedSpans } from './MarkedText';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';
import { t } from '../app/uiLanguage';

/** CSS classes of a row: its kind, status, depth and move role. */
export function rowClasses(row: ChangeRow, extra = ''): string {
  const depth = row.draft?.depth ?? row.base?.depth ?? 0;
  const classes = ['cmp-row', `rd-${row.kind}`, `cmp-${row.status}`, `depth-${depth}`];
  if (row.move) classes.push(row.move.role === 'from' ? 'cmp-moved-from' : 'cmp-moved-to');
  if (extra) classes.push(extra);
  return classes.join(' ');
}

/** The row's label spans as the engine decided them, limited to one side in a side-by-side column. */
function Label({ row, show }: { row: ChangeRow; show: 'both' | 'base' | 'draft' }): ReactNode {
  const spans = row.labelSpans.filter((s) => show === 'both' || (show === 'base' ? s.op !== 'insert' : s.op !== 'delete'));
  if (spans.length === 0) return null;
  const text = (label: string): string => (row.kind === 'footnote' ? String(footnoteRefNumber(label) ?? label) : label);
  const relabel = row.relabelled ? 'rd-relabel' : undefined;
  return (
    <span className={`cmp-label${row.relabelled ? ' cmp-relabelled' : ''}`}>
      {spans.map((s, i) => {
        if (s.op === 'insert') return <ins key={i} className={relabel}>{text(s.text)}</ins>;
        if (s.op === 'delete') return <del key={i} className={relabel}>{text(s.text)}</del>;
        return <span key={i}>{text(show === 'base' ? (s.baseText ?? s.text) : s.text)}</span>;
      })}
    </span>
  );
}

/** One row of a comparison: label and text with marks, for the inline view or one side-by-side column. */
export function ChangeRowView({ row, show = 'both', index, current }: { row: ChangeRow; show?: 'both' | 'base' | 'draft'; index: number; current: boolean }): ReactNode {
  const present = show === 'both' || (show === 'base' ? row.base : row.draft);
  return (
    <p className={rowClasses(row, current ? 'cmp-current' : '')} data-row={index} data-status={row.status} title={row.move ? (row.move.role === 'from' ? t('row.movedFrom') : t('row.movedTo')) : undefined}>
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
