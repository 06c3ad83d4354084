import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { keyHint } from '../../shared/commands/commandTable';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';
import { resolutionName } from '../../shared/grammar/numberLine';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { DiscardDialog } from './DiscardDialog';
import { numberOfProposal } from './SettingsPanel';

/** How the proposal is shown. */
export type ViewMode = 'marked' | 'clean' | 'adopted';

interface Props {
  store: ContributionStore;
  proposalId: string;
  /** The editor of the draft; null for a suppressed proposal (no draft is shown). */
  editor: Editor | null;
  mode: ViewMode;
  onMode(mode: ViewMode): void;
  onDiscarded(): void;
}

/** A proposal's head: its symbol and number, the views, the changes counted and stepped through, and what can be done with it. */
export function ProposalHeader({ store, proposalId, editor, mode, onMode, onDiscarded }: Props): ReactNode {
  const [discarding, setDiscarding] = useState(false);
  // primitives and stable objects only: a keystroke re-renders the head when its count or symbol changes, not otherwise
  const choice = useStore(store, (_s, st) => st.proposal(proposalId)?.symbol ?? 'auto');
  const baseline = useStore(store, (_s, st) => st.proposal(proposalId)?.baseline ?? null);
  const implied = useStore(store, (_s, st) => (baseline ? st.outcomeOf(proposalId)?.symbol : undefined));
  const count = useStore(store, (_s, st) => (baseline ? (st.outcomeOf(proposalId)?.units.length ?? 0) : 0));
  const adopted = useStore(store, (_s, st) => (baseline ? (st.baseline(baseline) ?? null) : null));
  const target = useStore(store, (s) => s.content?.settings.conference ?? null);
  const number = useStore(store, (s) => numberOfProposal(s.content?.settings, s.content?.proposals ?? [], proposalId));
  const symbol = proposalSymbol(choice, baseline !== null, implied);
  const suppressed = choice === 'SUP';
  const step = (direction: 1 | -1): void => void editor?.chain().focus().goToChange(direction).run();
  const place = target?.place.trim();
  return (
    <div className="proposal-header">
      <span className={`symbol-badge symbol-${symbol}`} data-testid="symbol" title="Proposal symbol">
        {symbol}
      </span>
      {number !== undefined && (
        <span className="proposal-number" data-testid="proposal-number" title="Proposal number (from the contribution settings)">
          {number ?? 'number: see settings'}
        </span>
      )}
      {!suppressed && (
        <>
          <div className="view-switch" role="radiogroup" aria-label="View">
            {(['marked', 'clean', 'adopted'] as ViewMode[])
              .filter((m) => adopted || m !== 'adopted')
              .map((m) => (
                <label key={m}>
                  <input type="radio" name={`view-${proposalId}`} value={m} checked={mode === m} onChange={() => onMode(m)} />
                  {m === 'marked' ? 'Marked' : m === 'clean' ? 'Clean draft' : 'Adopted text'}
                </label>
              ))}
          </div>
          {adopted && (
            <div className="change-nav">
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => step(-1)} title={keyHint('previousChange')}>
                ◀ Previous change
              </button>
              <span data-testid="change-count">
                {count} {count === 1 ? 'change' : 'changes'}
              </span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => step(1)} title={keyHint('nextChange')}>
                Next change ▶
              </button>
            </div>
          )}
        </>
      )}
      <div className="proposal-actions">
        {adopted && !suppressed && editor && target && place && (
          <button
            type="button"
            title="A MOD revises the number line and the conference line for the target conference"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => editor.commands.reviseHeadLines(place, target.year)}
          >
            Revise for {place}, {target.year}
          </button>
        )}
        {baseline && (
          <button type="button" onClick={() => store.apply({ type: 'symbol', proposalId, symbol: suppressed ? 'auto' : 'SUP' })}>
            {suppressed ? 'Withdraw suppression' : 'Suppress (SUP)'}
          </button>
        )}
        <button type="button" onClick={() => setDiscarding(true)}>
          Discard proposal
        </button>
        {discarding && (
          <DiscardDialog
            numberLine={adopted ? resolutionName(adopted.numberLine) : null}
            onCancel={() => setDiscarding(false)}
            onDiscard={() => {
              setDiscarding(false);
              store.apply({ type: 'removeProposal', proposalId });
              onDiscarded();
            }}
          />
        )}
      </div>
    </div>
  );
}
