import type { ReactNode } from 'react';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';
import type { ContributionState, ContributionStore } from '../store/contributionStore';
import { sameList, useStore } from '../store/useStore';

/** What the main pane shows. */
export type Selection = { type: 'baseline'; number: string } | { type: 'proposal'; id: string } | null;

interface Props {
  store: ContributionStore;
  selection: Selection;
  onSelect(selection: Selection): void;
  onNewDraft(): void;
  onImport(): void;
}

/** One proposal as the sidebar lists it. */
interface Entry {
  id: string;
  number: string | null;
  /** The engine's symbol (`…` while its adopted text is read). */
  symbol: string;
  title: string;
  /** The authors of a colleague's changes awaiting review (the review's own list). */
  reviewers: string[] | null;
}

function entries(s: ContributionState, store: ContributionStore): Entry[] {
  return (s.content?.proposals ?? []).map((p, i) => ({
    id: p.id,
    number: p.baseline?.number ?? null,
    symbol: p.baseline === null ? proposalSymbol(p.symbol, false, undefined) : (store.outcomeOf(p.id)?.symbol ?? (p.symbol === 'auto' ? '…' : p.symbol)),
    title: p.baseline ? '' : draftOf(p).title || `Draft ${i + 1}`,
    reviewers: p.review ? p.review.authors : null,
  }));
}

/** The resolutions of the chosen edition (with the symbol of the contribution's proposal on each) and the draft new resolutions. */
export function Sidebar({ store, selection, onSelect, onNewDraft, onImport }: Props): ReactNode {
  const resolutions = useStore(store, (s) => s.resolutions);
  const proposals = useStore(store, entries, sameList);
  const drafts = proposals.filter((p) => p.number === null);
  return (
    <nav className="sidebar" aria-label="Resolutions">
      <h2>Adopted resolutions</h2>
      <ul className="resolution-list" data-testid="resolution-list">
        {resolutions.map((s) => {
          const proposal = proposals.find((p) => p.number === s.number);
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
                {proposal && <span className="symbol-badge small">{proposal.symbol}</span>}
                {proposal?.reviewers && (
                  <span className="review-badge small" data-testid="review-badge" title={`Changes by ${proposal.reviewers.join(', ')} awaiting review`}>
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
        {drafts.map((p) => {
          const active = selection?.type === 'proposal' && selection.id === p.id;
          return (
            <li key={p.id}>
              <button type="button" className={active ? 'active' : ''} onClick={() => onSelect({ type: 'proposal', id: p.id })}>
                <span className="res-number">ADD</span>
                <span className="res-title">{p.title}</span>
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
