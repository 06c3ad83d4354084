import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/react';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { numberLineMismatch, type NumberLineMismatch } from '../../shared/checks/numberLineMatch';
import { resolutionName, resolutionNumberOf } from '../../shared/grammar/numberLine';
import type { Resolution } from '../../shared/model/resolution';
import { currentLineOf } from '../../shared/synopsis/provenance';
import { toText } from '../../shared/text/toText';
import { DraftEditor } from '../editor/DraftEditor';
import { useResolutionEditor } from '../editor/useResolutionEditor';
import { CarriedConflicts } from '../review/CarriedConflicts';
import { ColleagueReviewPanel } from '../review/ColleagueReviewPanel';
import { FindReplace } from '../review/FindReplace';
import { ReviewPanel } from '../review/ReviewPanel';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ProvenanceList } from '../synopsis/ProvenanceList';
import { CoDraftingStatus } from '../collab/CoDraftingStatus';
import { ShareDialog } from '../collab/ShareDialog';
import { ResolutionView } from '../view/ResolutionView';
import type { CommandRegistry } from './commandRegistry';
import { ProposalHead, type ViewMode } from './ProposalHead';
import { useSidePane } from './sidePane';
import type { FocusRequest } from './useNavigation';
import { t } from './uiLanguage';

const STRINGS = {
  get reasons() {
    return t('proposal.reasons');
  },
  get reasonsPlaceholder() {
    return t('proposal.reasonsPlaceholder');
  },
  get suppressed() {
    return t('proposal.suppressed');
  },
  draftOf: (numberLine: string): string => t('proposal.draftOf', { numberLine }),
  get draftNew() {
    return t('proposal.draftNew');
  },
  get share() {
    return t('proposal.share');
  },
  mismatch: (draft: string, revises: string): string => t('proposal.mismatch', { draft, revises }),
};

interface Props {
  store: ContributionStore;
  proposalId: string;
  /** Put the caret on a line of the draft (a finding's place), or in the reasons (line -1). */
  focus: FocusRequest | null;
  registry: CommandRegistry;
  /** Open the compare view on this proposal. */
  onCompare(): void;
}

/** The proposal's reasons, as the store holds them. */
function Reasons({ store, proposalId }: { store: ContributionStore; proposalId: string }): ReactNode {
  const reasons = useStore(store, (_s, st) => st.proposal(proposalId)?.reasons ?? '');
  return (
    <label className="reasons">
      <span>{STRINGS.reasons}</span>
      <textarea data-testid="reasons" value={reasons} rows={3} placeholder={STRINGS.reasonsPlaceholder} onChange={(e) => store.apply({ type: 'reasons', proposalId, reasons: e.target.value })} />
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
    return mismatch ? STRINGS.mismatch(mismatch.draft, resolutionName(adopted.numberLine)) : null;
  });
  return message ? (
    <p className="error" role="alert" data-testid="number-line-mismatch">
      {message}
    </p>
  ) : null;
}

/** One proposal: its head line, and its draft in the editor (or, for a suppression, the adopted number and title), the reasons, its sources; its tools in the side pane. */
export function ProposalPane(props: Props): ReactNode {
  const suppressed = useStore(props.store, (_s, st) => st.proposal(props.proposalId)?.symbol === 'SUP');
  return suppressed ? <SuppressedProposal {...props} /> : <DraftProposal {...props} />;
}

/** The commands every proposal view performs: the compare view, the proposal's details. */
function useProposalCommands(registry: CommandRegistry, onCompare: () => void): void {
  const pane = useSidePane();
  const toggle = pane.toggle;
  useEffect(() => registry.provide({ compareVersions: onCompare, proposalDetails: () => toggle('proposal') }), [registry, onCompare, toggle]);
}

function SuppressedProposal({ store, proposalId, focus, registry, onCompare }: Props): ReactNode {
  const adopted = useStore(store, (_s, st) => {
    const ref = st.proposal(proposalId)?.baseline;
    return ref ? (st.baseline(ref) ?? null) : null;
  });
  const pane = useRef<HTMLElement>(null);
  useProposalCommands(registry, onCompare);
  useEffect(() => {
    if (focus?.id === proposalId) pane.current?.querySelector<HTMLElement>('[data-testid="reasons"]')?.focus();
  }, [focus, proposalId]);
  return (
    <section className="proposal" data-testid="proposal" ref={pane}>
      <div className="pane-top">
        <ProposalHead store={store} proposalId={proposalId} editor={null} mode="marked" onMode={() => undefined} onCarried={() => undefined} />
      </div>
      <div className="doc-scroll">
        {adopted && (
          <article className="resolution suppressed">
            <p className="rd-number-line">{adopted.numberLine}</p>
            <p className="rd-title">{adopted.title}</p>
            <p className="sup-note">{STRINGS.suppressed}</p>
          </article>
        )}
        <Reasons store={store} proposalId={proposalId} />
      </div>
    </section>
  );
}

function DraftProposal({ store, proposalId, focus, registry, onCompare }: Props): ReactNode {
  const [mode, setMode] = useState<ViewMode>('marked');
  const side = useSidePane();
  const { tool, setTool, toggle, slot } = side;
  const pane = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const adopted = useStore(store, (_s, st) => {
    const ref = st.proposal(proposalId)?.baseline;
    return ref ? (st.baseline(ref) ?? null) : null;
  });
  const review = useStore(store, (_s, st) => st.proposal(proposalId)?.review);
  const conflicts = useStore(store, (_s, st) => st.proposal(proposalId)?.carried?.conflicts.length ?? 0);
  const provenance = useStore(store, (_s, st) => st.proposal(proposalId)?.provenance);
  // the colleague's review stays until closed, so undo can bring back a change accepted last
  const [reviewShown, setReviewShown] = useState(review);
  const barBottom = useCallback(() => scroller.current?.getBoundingClientRect().top ?? 0, []);
  const editor = useResolutionEditor({ store, proposalId, baseline: adopted, label: adopted ? STRINGS.draftOf(adopted.numberLine) : STRINGS.draftNew, barBottom });
  useProposalCommands(registry, onCompare);

  useEffect(() => {
    editor?.commands.setMarkMode(mode === 'clean' ? 'clean' : 'marked');
  }, [editor, mode]);

  // what waits for the delegate opens on its own: a colleague's changes, else conflicts with a newer edition
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (reviewShown) setTool('colleague');
    else if (conflicts > 0) setTool('conflicts');
  }, [reviewShown, conflicts, setTool]);

  useEffect(() => {
    if (!focus || focus.id !== proposalId) return;
    if (focus.line < 0) pane.current?.querySelector<HTMLElement>('[data-testid="reasons"]')?.focus();
    else editor?.chain().focus().goToLine(focus.line).run();
  }, [focus, proposalId, editor]);

  const [sharing, setSharing] = useState(false);
  const isShared = useStore(store, (s) => s.shared[proposalId] !== undefined);
  useEffect(() => (isShared ? undefined : registry.provide({ shareProposal: () => setSharing(true) })), [registry, isShared]);

  const editing = mode !== 'adopted' && editor !== null;
  useEffect(() => {
    if (!editing || !editor) return undefined;
    return registry.provide({
      undo: () => void editor.chain().focus().undo().run(),
      redo: () => void editor.chain().focus().redo().run(),
      insertCall: (phrase) => void (phrase && editor.chain().focus().insertCall(phrase).run()),
      insertFootnote: () => void editor.chain().focus().insertFootnote().run(),
      findReplace: () => setTool('find'),
      nextChange: () => void editor.chain().focus().goToChange(1).run(),
      previousChange: () => void editor.chain().focus().goToChange(-1).run(),
      ...(adopted ? { reviewChanges: () => toggle('review') } : {}),
    });
  }, [registry, editor, editing, adopted, setTool, toggle]);

  const goToLine = (e: Editor | null, line: number | null): void => {
    if (e && line !== null) e.chain().focus().goToLine(line).run();
  };

  const tools =
    slot && editor ? (
      <>
        {reviewShown && (
          <div hidden={tool !== 'colleague'}>
            <ColleagueReviewPanel
              editor={editor}
              review={reviewShown}
              onReview={(next) => store.apply({ type: 'review', proposalId, review: next })}
              onReasons={(sent) => sent !== null && store.apply({ type: 'reasons', proposalId, reasons: sent })}
              onClose={() => {
                setReviewShown(undefined);
                setTool(null);
              }}
            />
          </div>
        )}
        {tool === 'review' && adopted && <ReviewPanel editor={editor} store={store} proposalId={proposalId} />}
        {tool === 'find' && <FindReplace editor={editor} store={store} proposalId={proposalId} />}
        {tool === 'conflicts' && <CarriedConflicts editor={editor} store={store} proposalId={proposalId} />}
      </>
    ) : null;

  return (
    <section className="proposal" data-testid="proposal" ref={pane}>
      <div className="pane-top" data-testid="proposal-bar">
        <ProposalHead
          store={store}
          proposalId={proposalId}
          editor={editor}
          mode={mode}
          onMode={setMode}
          onCarried={(n) => n > 0 && setTool('conflicts')}
          coDrafting={
            isShared ? (
              <CoDraftingStatus store={store} proposalId={proposalId} />
            ) : (
              <button type="button" className="btn" onClick={() => setSharing(true)} data-testid="share-proposal">
                {STRINGS.share}
              </button>
            )
          }
        />
      </div>
      {sharing && <ShareDialog store={store} proposalId={proposalId} onClose={() => setSharing(false)} />}
      <div className="doc-scroll" ref={scroller} data-testid="doc-scroll">
        <NumberLineError store={store} proposalId={proposalId} />
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
      </div>
      {tools && slot && createPortal(tools, slot)}
    </section>
  );
}
