import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { command, keyHint } from '../../shared/commands/commandTable';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { numberLineMismatch, type NumberLineMismatch } from '../../shared/checks/numberLineMatch';
import { resolutionName, resolutionNumberOf } from '../../shared/grammar/numberLine';
import type { Resolution } from '../../shared/model/resolution';
import { currentLineOf } from '../../shared/synopsis/provenance';
import { toText } from '../../shared/text/toText';
import { DraftEditor } from '../editor/DraftEditor';
import { useResolutionEditor } from '../editor/useResolutionEditor';
import { ColleagueReviewPanel } from '../review/ColleagueReviewPanel';
import { FindReplace } from '../review/FindReplace';
import { ReviewPanel } from '../review/ReviewPanel';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ProvenanceList } from '../synopsis/ProvenanceList';
import { ResolutionView } from '../view/ResolutionView';
import type { CommandRegistry } from './commandRegistry';
import { EditorToolbar } from './EditorToolbar';
import { ProposalHeader, type ViewMode } from './ProposalHeader';
import type { FocusRequest } from './useNavigation';

interface Props {
  store: ContributionStore;
  proposalId: string;
  /** Put the caret on a line of the draft (a finding's place), or in the reasons (line -1). */
  focus: FocusRequest | null;
  registry: CommandRegistry;
  onDiscarded(): void;
}

/** The proposal's reasons, as the store holds them. */
function Reasons({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const reasons = useStore(store, (_s, st) => st.proposal(proposalId)?.reasons ?? '');
  return (
    <label className="reasons">
      <span>Reasons:</span>
      <textarea
        data-testid="reasons"
        value={reasons}
        rows={3}
        placeholder="Why this proposal: every proposal (including SUP and NOC) is followed by its reasons."
        onChange={(e) => store.apply({ type: 'reasons', proposalId, reasons: e.target.value })}
      />
    </label>
  );
}

/** The mismatch of each draft, kept by draft (the rule compares the draft with its baseline when it could be a renumbering). */
const mismatches = new WeakMap<Resolution, NumberLineMismatch | null>();

/**
 * The error of a draft whose number line names another resolution than the one it revises, naming
 * both: the rule the checks and the export apply (a renumbering to a number the edition has free
 * is none).
 */
function NumberLineError({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const message = useStore(store, (_s, st) => {
    const p = st.proposal(proposalId);
    if (!p?.baseline) return null;
    const ref = p.baseline;
    const draft = draftOf(p);
    const named = resolutionNumberOf(draft.numberLine);
    if (named === undefined || named === ref.number) return null;
    const adopted = st.baseline(ref);
    const held = st.holds(ref.edition, named);
    if (!adopted || held === undefined) return null;
    let mismatch = mismatches.get(draft);
    if (mismatch === undefined) {
      mismatch = numberLineMismatch(ref.number, draft, { baseline: adopted, held: () => held });
      mismatches.set(draft, mismatch);
    }
    if (!mismatch) return null;
    return `The draft’s number line names Resolution ${mismatch.draft}, but this proposal revises ${resolutionName(adopted.numberLine)}: correct the number line, or import the text as a proposal on Resolution ${mismatch.draft}.`;
  });
  return message ? (
    <p className="error" role="alert" data-testid="number-line-mismatch">
      {message}
    </p>
  ) : null;
}

/** One proposal: its head, and its draft in the editor (or, for a suppression, the adopted number and title), the reasons, its sources. */
export function ProposalPane(props: Props): ReactNode {
  const suppressed = useStore(props.store, (_s, st) => st.proposal(props.proposalId)?.symbol === 'SUP');
  return suppressed ? <SuppressedProposal {...props} /> : <DraftProposal {...props} />;
}

function SuppressedProposal({ store, proposalId, focus, onDiscarded }: Props): ReactNode {
  const adopted = useStore(store, (_s, st) => {
    const ref = st.proposal(proposalId)?.baseline;
    return ref ? (st.baseline(ref) ?? null) : null;
  });
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus?.id === proposalId) pane.current?.querySelector<HTMLElement>('[data-testid="reasons"]')?.focus();
  }, [focus, proposalId]);
  return (
    <section className="proposal" data-testid="proposal" ref={pane}>
      <ProposalHeader store={store} proposalId={proposalId} editor={null} mode="marked" onMode={() => undefined} onDiscarded={onDiscarded} />
      {adopted && (
        <article className="resolution suppressed">
          <p className="rd-number-line">{adopted.numberLine}</p>
          <p className="rd-title">{adopted.title}</p>
          <p className="sup-note">The whole resolution is proposed for suppression; its text is not reproduced.</p>
        </article>
      )}
      <Reasons store={store} proposalId={proposalId} />
    </section>
  );
}

function DraftProposal({ store, proposalId, focus, registry, onDiscarded }: Props): ReactNode {
  const [mode, setMode] = useState<ViewMode>('marked');
  const [tool, setTool] = useState<'review' | 'find' | null>(null);
  const pane = useRef<HTMLElement>(null);
  const adopted = useStore(store, (_s, st) => {
    const ref = st.proposal(proposalId)?.baseline;
    return ref ? (st.baseline(ref) ?? null) : null;
  });
  const review = useStore(store, (_s, st) => st.proposal(proposalId)?.review);
  const provenance = useStore(store, (_s, st) => st.proposal(proposalId)?.provenance);
  // the colleague's review stays until closed, so undo can bring back a change accepted last
  const [reviewShown, setReviewShown] = useState(review);
  const barBottom = useCallback(() => pane.current?.querySelector('.proposal-bar')?.getBoundingClientRect().bottom ?? 0, []);
  const editor = useResolutionEditor({ store, proposalId, baseline: adopted, label: adopted ? `Draft of ${adopted.numberLine}` : 'Draft new resolution', barBottom });

  useEffect(() => {
    editor?.commands.setMarkMode(mode === 'clean' ? 'clean' : 'marked');
  }, [editor, mode]);

  useEffect(() => {
    if (!focus || focus.id !== proposalId) return;
    if (focus.line < 0) pane.current?.querySelector<HTMLElement>('[data-testid="reasons"]')?.focus();
    else editor?.chain().focus().goToLine(focus.line).run();
  }, [focus, proposalId, editor]);

  useEffect(
    () =>
      registry.provide({
        findReplace: () => setTool('find'),
        nextChange: () => void editor?.chain().focus().goToChange(1).run(),
        previousChange: () => void editor?.chain().focus().goToChange(-1).run(),
      }),
    [registry, editor],
  );

  const goToLine = (e: Editor | null, line: number | null): void => {
    if (e && line !== null) e.chain().focus().goToLine(line).run();
  };

  return (
    <section className="proposal" data-testid="proposal" ref={pane}>
      <div className="proposal-bar" data-testid="proposal-bar">
        <ProposalHeader store={store} proposalId={proposalId} editor={editor} mode={mode} onMode={setMode} onDiscarded={onDiscarded} />
        {mode !== 'adopted' && (
          <div className="toolbar-row">
            <EditorToolbar editor={editor} />
            <div className="toolbar" role="toolbar" aria-label="Review">
              {adopted && (
                <button type="button" className="btn" aria-pressed={tool === 'review'} title={keyHint('reviewChanges')} onClick={() => setTool(tool === 'review' ? null : 'review')}>
                  {command('reviewChanges').button}
                </button>
              )}
              <button type="button" className="btn" aria-pressed={tool === 'find'} title={keyHint('findReplace')} onClick={() => setTool(tool === 'find' ? null : 'find')}>
                {command('findReplace').button}
              </button>
            </div>
          </div>
        )}
        {mode !== 'adopted' && tool === 'find' && editor && <FindReplace editor={editor} store={store} proposalId={proposalId} onClose={() => setTool(null)} />}
      </div>
      <NumberLineError store={store} proposalId={proposalId} />
      {reviewShown && editor && (
        <div hidden={mode === 'adopted'}>
          <ColleagueReviewPanel
            editor={editor}
            review={reviewShown}
            onReview={(next) => store.apply({ type: 'review', proposalId, review: next })}
            onReasons={(sent) => sent !== null && store.apply({ type: 'reasons', proposalId, reasons: sent })}
            onClose={() => setReviewShown(undefined)}
          />
        </div>
      )}
      {mode === 'marked' && adopted && tool === 'review' && editor && <ReviewPanel editor={editor} store={store} proposalId={proposalId} onClose={() => setTool(null)} />}
      <div hidden={mode === 'adopted'}>
        <DraftEditor editor={editor} stats={adopted !== null} />
      </div>
      {mode === 'adopted' && adopted && <ResolutionView resolution={adopted} />}
      <Reasons store={store} proposalId={proposalId} />
      {provenance && (
        <ProvenanceList
          provenance={provenance}
          onGo={(c) => {
            const p = store.proposal(proposalId);
            let lines: string[] = [];
            try {
              lines = p ? toText(draftOf(p)).split('\n') : [];
            } catch {
              // a draft the layout cannot hold yet: no line is found
            }
            goToLine(editor, currentLineOf(c, lines));
          }}
        />
      )}
    </section>
  );
}
