import type { ReactNode } from 'react';
import type { ResolutionSummary } from '../../shared/corpus/edition';
import type { Proposal } from '../../shared/contribution/schema';
import { draftOf } from '../../shared/contribution/proposalDraft';

/** What the main pane shows. */
export type Selection = { type: 'baseline'; number: string } | { type: 'proposal'; id: string } | null;

interface Props {
  summaries: ResolutionSummary[];
  proposals: Proposal[];
  selection: Selection;
  symbols: Record<string, string>;
  onSelect(selection: Selection): void;
  onNewDraft(): void;
  onImport(): void;
}

/** The bundled resolutions (with the symbol of any proposal on them) and the draft new resolutions. */
export function Sidebar({ summaries, proposals, selection, symbols, onSelect, onNewDraft, onImport }: Props): ReactNode {
  const drafts = proposals.filter((p) => p.baseline === null);
  return (
    <nav className="sidebar" aria-label="Resolutions">
      <h2>Adopted resolutions</h2>
      <ul className="resolution-list" data-testid="resolution-list">
        {summaries.map((s) => {
          const proposal = proposals.find((p) => p.baseline?.number === s.number);
          const active = selection?.type === 'baseline' && selection.number === s.number;
          return (
            <li key={s.number}>
              <button
                type="button"
                className={active ? 'active' : ''}
                aria-current={active ? 'page' : undefined}
                data-number={s.number}
                onClick={() => onSelect({ type: 'baseline', number: s.number })}
              >
                <span className="res-number">Resolution {s.number}</span>
                {proposal && <span className="symbol-badge small">{symbols[proposal.id] ?? (proposal.symbol === 'auto' ? '…' : proposal.symbol)}</span>}
                {proposal?.review && (
                  <span className="review-badge small" data-testid="review-badge" title={`Changes by ${proposal.review.authors.join(', ')} awaiting review`}>
                    to review
                  </span>
                )}
                <span className="res-title">{s.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h2>Draft new resolutions</h2>
      <ul className="resolution-list">
        {drafts.map((p, i) => {
          const active = selection?.type === 'proposal' && selection.id === p.id;
          const title = draftOf(p).title || `Draft ${i + 1}`;
          return (
            <li key={p.id}>
              <button type="button" className={active ? 'active' : ''} onClick={() => onSelect({ type: 'proposal', id: p.id })}>
                <span className="res-number">ADD</span>
                <span className="res-title">{title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="new-draft" onClick={onNewDraft}>
        New draft resolution (ADD)
      </button>
      <button type="button" className="new-draft" onClick={onImport}>
        Import text as a draft…
      </button>
    </nav>
  );
}
