import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Proposal } from '../../shared/contribution/schema';
import type { Resolution } from '../../shared/model/resolution';
import type { ProposalSymbol } from '../../shared/engine/changeSet';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { ResolutionEditor, type DraftSummary, type EditorControls } from '../editor/ResolutionEditor';
import { ResolutionView } from '../view/ResolutionView';
import { DiscardDialog } from './DiscardDialog';
import { EditorToolbar } from './EditorToolbar';
import { countChanges } from '../../shared/engine/changeCount';
import { goToChange } from '../review/changeNavigation';
import { editorIn } from '../review/editorOf';
import { focusDraftLine } from '../review/focusLine';
import { ReviewPanel } from '../review/ReviewPanel';
import { ColleagueReviewPanel } from '../review/ColleagueReviewPanel';
import type { ColleagueReview } from '../../shared/contribution/colleagueReviewSchema';
import { FindReplace } from '../review/FindReplace';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';
import { ProvenanceList } from '../synopsis/ProvenanceList';
import { currentLineOf } from '../../shared/synopsis/provenance';
import { toText } from '../../shared/text/toText';

/** The draft's lines in the text layout (none when it cannot be laid out). */
function draftTextLines(p: Proposal): string[] {
  try {
    return toText(draftOf(p)).split('\n');
  } catch {
    return [];
  }
}

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
  /** Put the caret on this line of the draft (a finding's place); `nonce` repeats a jump. */
  focusLine?: { line: number; nonce: number } | null;
  /** The proposal's number as the export prints it (`TST/42A1/1`), or `null` while the settings cannot number it. */
  number?: string | null;
}

/** The symbol a proposal carries: chosen explicitly, or derived from the edit. */
export function symbolOf(proposal: Proposal, derived: ProposalSymbol | undefined): ProposalSymbol {
  return proposalSymbol(proposal.symbol, proposal.baseline !== null, derived);
}

/** One proposal: symbol, views, change navigation, the editor and the reasons. */
export function ProposalPane({ proposal, baseline, onChange, onSymbol, onDiscard, target, focusLine, number }: Props): ReactNode {
  const [mode, setMode] = useState<ViewMode>('marked');
  const [summary, setSummary] = useState<DraftSummary>({ changes: null, changeCount: 0 });
  // the pane owns its proposal while mounted (the app remounts it when the document is replaced):
  // keystrokes update the ref only, the few fields the pane shows are state
  const latest = useRef(proposal);
  const [reasonsText, setReasonsText] = useState(proposal.reasons);
  const [choice, setChoice] = useState(proposal.symbol);
  const controls = useRef<EditorControls>(null);
  const paneRef = useRef<HTMLElement>(null);
  const changesRef = useRef<DraftSummary['changes']>(null);
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
  // a colleague's changes awaiting review (from a Word document with Track Changes): the panel
  // stays until closed, so undo can bring back a change accepted last
  const [colleagueReview, setColleagueReview] = useState<ColleagueReview | undefined>(proposal.review);
  const onReview = useCallback(
    (review: ColleagueReview | undefined) => {
      if (review === latest.current.review) return;
      const next = { ...latest.current, review };
      if (!review) delete next.review;
      latest.current = next;
      // structural: the sidebar shows which proposals have changes to review
      onChange(next, true);
    },
    [onChange],
  );
  // the colleague's change of the reasons rejected: the reasons go back to what was sent
  const onReasonsReviewed = useCallback(
    (sent: string | null) => {
      if (sent === null) return;
      setReasonsText(sent);
      update({ reasons: sent });
    },
    [update],
  );
  // called on every transaction: only a changed count or symbol reaches React
  const shownSummary = useRef<{ count: number; action?: ProposalSymbol } | null>(null);
  const onSummary = useCallback(
    (s: DraftSummary) => {
      changesRef.current = s.changes;
      // the engine's counting rule: a relabel alone is not a change, an inserted item counts once
      const count = s.changes ? countChanges(s.changes.rows) : 0;
      const prev = shownSummary.current;
      if (prev && prev.count === count && prev.action === s.changes?.action) return;
      shownSummary.current = { count, action: s.changes?.action };
      setSummary({ changes: s.changes, changeCount: count });
      if (s.changes) onSymbol(latest.current.id, symbolOf(latest.current, s.changes.action));
    },
    [onSymbol],
  );

  const [tool, setTool] = useState<'review' | 'find' | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const editorNow = useCallback(() => editorIn(paneRef.current), []);
  const barBottom = useCallback(() => paneRef.current?.querySelector('.proposal-bar')?.getBoundingClientRect().bottom ?? 0, []);
  const changesNow = useCallback(() => changesRef.current, []);

  const step = useCallback((direction: 1 | -1) => {
    const editor = editorIn(paneRef.current);
    if (editor) goToChange(editor, changesRef.current, direction);
  }, []);

  useEffect(() => {
    if (!focusLine) return;
    let tries = 0;
    let frame = 0;
    const attempt = (): void => {
      const editor = editorIn(paneRef.current);
      if (focusLine.line < 0 || !editor) {
        if (focusLine.line < 0) paneRef.current?.querySelector<HTMLElement>('[data-testid="reasons"]')?.focus();
        else if (tries++ < 30) frame = requestAnimationFrame(attempt);
        return;
      }
      focusDraftLine(editor, focusLine.line);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusLine]);

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
      {number !== undefined && (
        <span className="proposal-number" data-testid="proposal-number" title="Proposal number (from the contribution settings)">
          {number ?? 'number: see settings'}
        </span>
      )}
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
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => step(-1)} title="Alt+Shift+F6">
                ◀ Previous change
              </button>
              <span data-testid="change-count">
                {summary.changeCount} {summary.changeCount === 1 ? 'change' : 'changes'}
              </span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => step(1)} title="Alt+F6">
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
          onClick={() => setDiscarding(true)}
        >
          Discard proposal
        </button>
        {discarding && (
          <DiscardDialog
            numberLine={baseline?.numberLine ?? null}
            onCancel={() => setDiscarding(false)}
            onDiscard={() => {
              setDiscarding(false);
              onDiscard(proposal.id);
            }}
          />
        )}
      </div>
    </div>
  );

  if (suppressed && baseline) {
    return (
      <section className="proposal" data-testid="proposal" ref={paneRef}>
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
    <section
      className="proposal"
      data-testid="proposal"
      ref={paneRef}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.code === 'KeyH') {
          e.preventDefault();
          setTool('find');
          return;
        }
        if (e.key !== 'F6' || !e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      }}
    >
      <div className="proposal-bar" data-testid="proposal-bar">
        {header}
        {draft && mode !== 'adopted' && (
          <div className="toolbar-row">
            <EditorToolbar controls={controls} />
            <div className="toolbar" role="toolbar" aria-label="Review">
              {baseline && (
                <button type="button" className="btn" aria-pressed={tool === 'review'} onClick={() => setTool(tool === 'review' ? null : 'review')}>
                  Review changes…
                </button>
              )}
              <button type="button" className="btn" aria-pressed={tool === 'find'} title="Ctrl+H" onClick={() => setTool(tool === 'find' ? null : 'find')}>
                Find and replace…
              </button>
            </div>
          </div>
        )}
        {draft && mode !== 'adopted' && tool === 'find' && <FindReplace editor={editorNow} changes={changesNow} onClose={() => setTool(null)} />}
      </div>
      {draft && colleagueReview && (
        <div hidden={mode === 'adopted'}>
          <ColleagueReviewPanel editor={editorNow} review={colleagueReview} onReview={onReview} onReasons={onReasonsReviewed} onClose={() => setColleagueReview(undefined)} />
        </div>
      )}
      {draft && mode === 'marked' && baseline && tool === 'review' && <ReviewPanel editor={editorNow} changes={changesNow} onClose={() => setTool(null)} />}
      {draft && (
        <>
          <div hidden={mode === 'adopted'}>
            <ResolutionEditor
              key={proposal.id}
              baseline={baseline}
              draft={draft}
              mode={mode === 'clean' ? 'clean' : 'marked'}
              onChange={onDraft}
              onSummary={onSummary}
              controls={controls}
              label={baseline ? `Draft of ${baseline.numberLine}` : 'Draft new resolution'}
              barBottom={barBottom}
            />
          </div>
          {mode === 'adopted' && baseline && <ResolutionView resolution={baseline} />}
        </>
      )}
      {reasons}
      {proposal.provenance && (
        <ProvenanceList
          provenance={proposal.provenance}
          onGo={(c) => {
            const editor = editorIn(paneRef.current);
            const line = currentLineOf(c, draftTextLines(latest.current));
            if (editor && line !== null) focusDraftLine(editor, line);
          }}
        />
      )}
    </section>
  );
}
