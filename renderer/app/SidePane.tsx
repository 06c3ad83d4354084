import { useEffect, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { ChecksPane } from './ChecksPane';
import { HelpPane } from './HelpPane';
import { ProposalDetails } from './ProposalDetails';
import { EDITOR_TOOLS, TOOL_TITLES, type Tool } from './sidePane';
import type { WindowView } from './windowView';
import { VersionsPane } from './VersionsPane';
import { t } from './uiLanguage';

const STRINGS = {
  get pane() {
    return t('sidePane.pane');
  },
  get empty() {
    return t('sidePane.empty');
  },
  close: (title: string): string => t('sidePane.close', { title }),
  get noProposal() {
    return t('sidePane.noProposal');
  },
};

/** The tools that open on their own (a colleague's changes, conflicts to decide): the focus stays where the delegate is. */
const OPENED_FOR_YOU: ReadonlySet<Tool> = new Set<Tool>(['colleague', 'conflicts']);

/** Where the focus is before a tool opens: the element, and the caret when it is in editable text. */
function openerNow(): { element: HTMLElement; range: Range | null } | null {
  const element = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!element) return null;
  const sel = document.getSelection();
  const range = element.isContentEditable && sel && sel.rangeCount > 0 && element.contains(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
  return { element, range };
}

/** The focus back where the delegate was, without scrolling the text; in the editor, on the caret it had. */
function giveFocusBack(opener: { element: HTMLElement; range: Range | null } | null): void {
  if (!opener?.element.isConnected) return;
  opener.element.focus({ preventScroll: true });
  if (opener.range && opener.element.contains(opener.range.startContainer)) {
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(opener.range);
  }
}

interface Props extends WindowView {
  /** Whether a proposal view is filling the slot with its editor's tools now. */
  editorTools: boolean;
  /** Receives the element a proposal view renders its editor's tools into. */
  onSlot(element: HTMLElement | null): void;
}

/**
 * The side pane (docs/design.md): one tool at a time beside the text, never over it on a wide
 * window and never moving it. Opening a tool moves the focus to its title; Esc or × closes it and
 * the focus goes back where it was. The tools of the proposal's editor (review, find, a colleague's
 * changes, conflicts) are rendered into its slot by the proposal view, which holds the editor.
 */
export function SidePane({ store, host, nav, actions, proposalId, editorTools, onSlot }: Props): ReactNode {
  const { tool, setTool } = nav;
  const title = useRef<HTMLHeadingElement>(null);
  const opener = useRef<{ element: HTMLElement; range: Range | null } | null>(null);
  const shown = useRef<Tool | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = tool;
    if (tool && !before) opener.current = openerNow();
    if (tool && tool !== before && !OPENED_FOR_YOU.has(tool) && tool !== 'find') title.current?.focus({ preventScroll: true });
    if (!tool && before) giveFocusBack(opener.current);
  }, [tool]);
  const pane = useRef<HTMLElement>(null);
  // a native listener: the editor's tools are portals, whose React events bubble to the proposal view, not here
  useEffect(() => {
    const el = pane.current;
    if (!el || !tool) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      setTool(null);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [tool, setTool]);
  const close = (): void => setTool(null);
  const editorTool = tool !== null && EDITOR_TOOLS.has(tool);
  const name = tool ? TOOL_TITLES[tool] : STRINGS.pane;
  return (
    <aside ref={pane} className={`side-pane${tool ? '' : ' closed'}`} aria-label={name} data-testid="side-pane" data-tool={tool ?? undefined}>
      {tool ? (
        <div className="side-pane-head">
          <h2 ref={title} tabIndex={-1}>
            {name}
          </h2>
          <button type="button" className="btn btn-quiet" aria-label={STRINGS.close(name)} title={STRINGS.close(name)} onClick={close}>
            <X aria-hidden size={18} />
          </button>
        </div>
      ) : (
        <p className="side-pane-empty hint">{STRINGS.empty}</p>
      )}
      {tool && !editorTool && (
        // the shortcuts are text alone: the pane's body takes the focus so the keyboard can scroll it
        <div className="side-pane-body" tabIndex={tool === 'help' ? 0 : undefined}>
          {tool === 'checks' && <ChecksPane store={store} onJump={actions.jumpTo} onCitation={actions.openCitation} />}
          {tool === 'versions' && <VersionsPane store={store} host={host} proposalId={proposalId} onCompare={(fromVersion) => void store.flush().then(() => nav.setComparing({ fromVersion }))} />}
          {tool === 'help' && <HelpPane />}
          {tool === 'proposal' && (proposalId ? <ProposalDetails store={store} proposalId={proposalId} onDiscarded={() => nav.selection?.type === 'proposal' && nav.select(null)} /> : <p className="hint">{STRINGS.noProposal}</p>)}
        </div>
      )}
      {editorTool && !editorTools && (
        <div className="side-pane-body">
          <p className="hint">{STRINGS.noProposal}</p>
        </div>
      )}
      <div className="side-pane-body" ref={onSlot} hidden={!editorTool || !editorTools} />
    </aside>
  );
}
