import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Proposal } from '../../shared/contribution/schema';
import type { Resolution } from '../../shared/model/resolution';
import type { ProposalSymbol } from '../../shared/engine/changeSet';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { ResolutionEditor, type DraftSummary, type EditorControls } from '../editor/ResolutionEditor';
import { ResolutionView } from '../view/ResolutionView';
import { EditorToolbar } from './EditorToolbar';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';

/** How the proposal is shown. */
export type ViewMode = 'marked' | 'clean' | 'adopted';

interface Props {
  proposal: Proposal;
  baseline: Resolution | null;
  onChange(proposal: Proposal, structural?: boolean): void;
  onSymbol(id: string, symbol: ProposalSymbol): void;
  onDiscard(id: string): void;
  /** The target conference of the contribution (for revising the number and conference lines). */
  target?: { place: string; year: number } | null;
}

/** The symbol a proposal carries: chosen explicitly, or derived from the edit. */
export function symbolOf(proposal: Proposal, derived: ProposalSymbol | undefined): ProposalSymbol {
  return proposalSymbol(proposal.symbol, proposal.baseline !== null, derived);
}

/** One proposal: symbol, views, change navigation, the editor and the reasons. */
export function ProposalPane({ proposal, baseline, onChange, onSymbol, onDiscard, target }: Props): ReactNode {
  const [mode, setMode] = useState<ViewMode>('marked');
  const [summary, setSummary] = useState<DraftSummary>({ changes: null, changeCount: 0 });
  // the pane owns its proposal while mounted (the app remounts it when the document is replaced):
  // keystrokes update the ref only, the few fields the pane shows are state
  const latest = useRef(proposal);
  const [reasonsText, setReasonsText] = useState(proposal.reasons);
  const [choice, setChoice] = useState(proposal.symbol);
  const controls = useRef<EditorControls>(null);
  const [draft] = useState(() => draftOf(proposal));
  const shown = { ...latest.current, symbol: choice };
  const symbol = symbolOf(shown, summary.changes?.action);
  const suppressed = choice === 'SUP';

  const update = useCallback(
    (patch: Partial<Proposal>, structural = false) => {
      latest.current = { ...latest.current, ...patch };
      onChange(latest.current, structural);
    },
    [onChange],
  );
  const onDraft = useCallback((model: Resolution) => update({ draft: model }), [update]);
  // called on every transaction: only a changed count or symbol reaches React
  const shownSummary = useRef<{ count: number; action?: ProposalSymbol } | null>(null);
  const onSummary = useCallback(
    (s: DraftSummary) => {
      const prev = shownSummary.current;
      if (prev && prev.count === s.changeCount && prev.action === s.changes?.action) return;
      shownSummary.current = { count: s.changeCount, action: s.changes?.action };
      setSummary(s);
      if (s.changes) onSymbol(latest.current.id, symbolOf(latest.current, s.changes.action));
    },
    [onSymbol],
  );

  const reasons = (
    <label className="reasons">
      <span>Reasons:</span>
      <textarea
        data-testid="reasons"
        value={reasonsText}
        rows={3}
        placeholder="Why this proposal: every proposal (including SUP and NOC) is followed by its reasons."
        onChange={(e) => {
          setReasonsText(e.target.value);
          update({ reasons: e.target.value });
        }}
      />
    </label>
  );

  const header = (
    <div className="proposal-header">
      <span className={`symbol-badge symbol-${symbol}`} data-testid="symbol" title="Proposal symbol">
        {symbol}
      </span>
      {!suppressed && draft && (
        <>
          <div className="view-switch" role="radiogroup" aria-label="View">
            {(['marked', 'clean', 'adopted'] as ViewMode[])
              .filter((m) => baseline || m !== 'adopted')
              .map((m) => (
                <label key={m}>
                  <input type="radio" name={`view-${proposal.id}`} value={m} checked={mode === m} onChange={() => setMode(m)} />
                  {m === 'marked' ? 'Marked' : m === 'clean' ? 'Clean draft' : 'Adopted text'}
                </label>
              ))}
          </div>
          {baseline && (
            <div className="change-nav">
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.goToChange(-1)}>
                ◀ Previous change
              </button>
              <span data-testid="change-count">
                {summary.changeCount} {summary.changeCount === 1 ? 'change' : 'changes'}
              </span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.goToChange(1)}>
                Next change ▶
              </button>
            </div>
          )}
        </>
      )}
      <div className="proposal-actions">
        {baseline && !suppressed && draft && target && target.place.trim() && (
          <button
            type="button"
            title="A MOD revises the number line and the conference line for the target conference"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => controls.current?.reviseHeadLines(target.place, target.year)}
          >
            Revise for {target.place.trim()}, {target.year}
          </button>
        )}
        {baseline && (
          <button
            type="button"
            onClick={() => {
              const next = suppressed ? 'auto' : 'SUP';
              setChoice(next);
              update({ symbol: next }, true);
              if (next === 'SUP') onSymbol(latest.current.id, 'SUP');
            }}
          >
            {suppressed ? 'Withdraw suppression' : 'Suppress (SUP)'}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            if (window.confirm('Discard this proposal and its draft?')) onDiscard(proposal.id);
          }}
        >
          Discard proposal
        </button>
      </div>
    </div>
  );

  if (suppressed && baseline) {
    return (
      <section className="proposal" data-testid="proposal">
        {header}
        <article className="resolution suppressed">
          <p className="rd-number-line">{baseline.numberLine}</p>
          <p className="rd-title">{baseline.title}</p>
          <p className="sup-note">The whole resolution is proposed for suppression; its text is not reproduced.</p>
        </article>
        {reasons}
      </section>
    );
  }

  return (
    <section className="proposal" data-testid="proposal">
      {header}
      {draft && (
        <>
          <div hidden={mode === 'adopted'}>
            <EditorToolbar controls={controls} />
            <ResolutionEditor
              key={proposal.id}
              baseline={baseline}
              draft={draft}
              mode={mode === 'clean' ? 'clean' : 'marked'}
              onChange={onDraft}
              onSummary={onSummary}
              controls={controls}
              label={baseline ? `Draft of ${baseline.numberLine}` : 'Draft new resolution'}
            />
          </div>
          {mode === 'adopted' && baseline && <ResolutionView resolution={baseline} />}
        </>
      )}
      {reasons}
    </section>
  );
}
