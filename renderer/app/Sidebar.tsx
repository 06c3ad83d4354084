import type { ReactNode } from 'react';
import { statusOf } from '../../shared/contribution/proposalLife';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';
import type { ContributionState, ContributionStore } from '../store/contributionStore';
import { sameList, useStore } from '../store/useStore';
import { EditionPicker } from './EditionPicker';
import { statusText } from './proposalStatus';
import type { Selection } from './selection';
import { numberOfProposal } from './SettingsPanel';
import { listOfNames, t } from './uiLanguage';

const STRINGS = {
  get nav() {
    return t('sidebar.nav');
  },
  get contribution() {
    return t('sidebar.contribution');
  },
  get joinRoom() {
    return t('sidebar.joinRoom');
  },
  get none() {
    return t('sidebar.none');
  },
  get newDraft() {
    return t('sidebar.newDraft');
  },
  get importDraft() {
    return t('sidebar.importDraft');
  },
  get adopted() {
    return t('sidebar.adopted');
  },
  resolution: (n: string): string => t('sidebar.resolution', { n }),
  draft: (i: number): string => t('sidebar.draft', { i }),
  get toReview() {
    return t('sidebar.toReview');
  },
  reviewBy: (names: string): string => t('sidebar.reviewBy', { names }),
  conflicts: (count: number): string => t('sidebar.conflicts', { count }),
  get conflictsTitle() {
    return t('sidebar.conflictsTitle');
  },
};

/** One proposal as the sidebar lists it (primitives only: a keystroke re-renders the sidebar only when one of these changes). */
interface Entry {
  id: string;
  /** The adopted resolution it revises, or null for a draft new resolution. */
  number: string | null;
  /** The engine's symbol (`…` while its adopted text is read). */
  symbol: string;
  /** The proposal number from the settings, or null while the settings cannot give one. */
  proposalNumber: string | null;
  /** What it is: `Resolution 34`, or the draft's title. */
  name: string;
  status: string;
  /** The authors of a colleague's changes awaiting review (the review's own list). */
  reviewers: string | null;
  conflicts: number;
}

function entries(s: ContributionState, store: ContributionStore): Entry[] {
  const proposals = s.content?.proposals ?? [];
  let drafts = 0;
  return proposals.map((p) => {
    const symbol = p.baseline === null ? proposalSymbol(p.symbol, false, undefined) : (store.outcomeOf(p.id)?.symbol ?? (p.symbol === 'auto' ? '…' : p.symbol));
    const name = p.baseline ? STRINGS.resolution(p.baseline.number) : draftOf(p).title || STRINGS.draft(++drafts);
    return {
      id: p.id,
      number: p.baseline?.number ?? null,
      symbol,
      proposalNumber: numberOfProposal(s.content?.settings, proposals, p.id) ?? null,
      name,
      status: statusText(statusOf(p), p.secretariatNumber),
      reviewers: p.review ? listOfNames(p.review.authors) : null,
      conflicts: p.carried?.conflicts.length ?? 0,
    };
  });
}

interface Props {
  store: ContributionStore;
  selection: Selection;
  onSelect(selection: Selection): void;
  onNewDraft(): void;
  onImport(): void;
  /** Join a co-drafting room with an invite. */
  onJoin(): void;
}

/**
 * The contribution first: its proposals in the order of the document, each with its symbol and
 * number, what it revises, its status and what waits for the delegate; then the adopted texts of
 * the chosen edition to start a proposal on (with the symbol of the contribution's proposal on each).
 */
export function Sidebar({ store, selection, onSelect, onNewDraft, onImport, onJoin }: Props): ReactNode {
  const resolutions = useStore(store, (s) => s.resolutions);
  const editions = useStore(store, (s) => s.editions);
  const edition = useStore(store, (s) => s.edition);
  const proposals = useStore(store, entries, sameList);
  const selectionOf = (p: Entry): Selection => (p.number ? { type: 'baseline', number: p.number } : { type: 'proposal', id: p.id });
  const isActive = (p: Entry): boolean => (p.number ? selection?.type === 'baseline' && selection.number === p.number : selection?.type === 'proposal' && selection.id === p.id);
  return (
    <nav className="sidebar" aria-label={STRINGS.nav}>
      <h2>{STRINGS.contribution}</h2>
      {proposals.length === 0 ? (
        <p className="hint sidebar-empty">{STRINGS.none}</p>
      ) : (
        <ul className="resolution-list proposal-list" data-testid="proposal-list">
          {proposals.map((p) => {
            const active = isActive(p);
            return (
              <li key={p.id}>
                <button type="button" className={`proposal-row${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined} data-proposal={p.id} data-resolution={p.number ?? undefined} onClick={() => onSelect(selectionOf(p))}>
                  <span className={`symbol-badge small symbol-${p.symbol}`}>{p.symbol}</span>
                  <span className="res-number">{p.proposalNumber ?? p.name}</span>
                  {p.proposalNumber && (
                    <span className="res-title" translate="no" dir="auto">
                      {p.name}
                    </span>
                  )}
                  <span className="res-life">
                    <span className="proposal-status">{p.status}</span>
                    {p.reviewers && (
                      <span className="review-badge chip-attention" title={STRINGS.reviewBy(p.reviewers)}>
                        {STRINGS.toReview}
                      </span>
                    )}
                    {p.conflicts > 0 && (
                      <span className="chip chip-attention" title={STRINGS.conflictsTitle}>
                        {STRINGS.conflicts(p.conflicts)}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="sidebar-actions">
        <button type="button" className="new-draft" onClick={onNewDraft}>
          {STRINGS.newDraft}
        </button>
        <button type="button" className="new-draft" onClick={onImport}>
          {STRINGS.importDraft}
        </button>
        <button type="button" className="new-draft" onClick={onJoin} data-testid="join-room">
          {STRINGS.joinRoom}
        </button>
      </div>
      <h2>{STRINGS.adopted}</h2>
      <EditionPicker editions={editions} edition={edition} onChange={(id) => store.chooseEdition(id)} />
      <ul className="resolution-list" data-testid="resolution-list">
        {resolutions.map((r) => {
          const proposal = proposals.find((p) => p.number === r.number);
          const active = selection?.type === 'baseline' && selection.number === r.number;
          return (
            <li key={r.number}>
              <button type="button" className={active ? 'active' : ''} aria-current={active ? 'page' : undefined} data-number={r.number} onClick={() => onSelect({ type: 'baseline', number: r.number })}>
                <span className="res-number">{STRINGS.resolution(r.number)}</span>
                {proposal && <span className="symbol-badge small">{proposal.symbol}</span>}
                {proposal?.reviewers && (
                  <span className="review-badge small" data-testid="review-badge" title={STRINGS.reviewBy(proposal.reviewers)}>
                    {STRINGS.toReview}
                  </span>
                )}
                <span className="res-title" translate="no" dir="auto">
                  {r.title}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
