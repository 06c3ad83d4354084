import type { ReactNode } from 'react';
import type { HostApi } from '../../shared/host/hostApi';
import { CompareView } from '../compare/CompareView';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { SynopsisPanel } from '../synopsis/SynopsisPanel';
import { ResolutionView } from '../view/ResolutionView';
import { loader, useLoaded } from '../store/useLoaded';
import type { Navigation } from './useNavigation';
import type { WindowActions } from './useWindowActions';

// the editor (TipTap, ProseMirror) is loaded when a proposal is first opened, not with the window
const proposalPane = loader(() => import('./ProposalPane').then((m) => m.ProposalPane));

interface Props {
  store: ContributionStore;
  host: HostApi;
  nav: Navigation;
  actions: WindowActions;
}

/** What the window shows for the selection: the synopsis, a proposal (in the editor or compared), or an adopted text to start one on. */
export function MainPane({ store, host, nav, actions }: Props): ReactNode {
  const { selection, comparing, compiling } = nav;
  const generation = useStore(store, (s) => s.generation);
  const open = useStore(store, (s) => s.content !== null);
  const resolutions = useStore(store, (s) => s.resolutions);
  const proposalId = useStore(store, (_s, st) => (selection?.type === 'baseline' ? st.proposalOn(selection.number)?.id : selection?.type === 'proposal' ? st.proposal(selection.id)?.id : undefined));
  // a proposal is shown once the adopted text it names is read; an adopted text without a proposal in the edition the window lists
  const ready = useStore(store, (_s, st) => {
    const ref = proposalId ? st.proposal(proposalId)?.baseline : undefined;
    return !ref || st.baseline(ref) !== undefined;
  });
  const adopted = useStore(store, (s, st) => (selection?.type === 'baseline' && !proposalId ? st.baseline({ edition: s.edition, number: selection.number }) : undefined));
  const ProposalPane = useLoaded(proposalPane, proposalId !== undefined);

  if (compiling) return <SynopsisPanel host={host} summaries={resolutions} onAdopt={actions.adoptMerged} onClose={() => nav.setCompiling(false)} />;
  if (!selection || (selection.type === 'proposal' && !proposalId)) return <p className="hint">Choose a resolution to read its adopted text or start a proposal.</p>;
  if (selection.type === 'baseline' && !(proposalId ? ready : adopted)) return <p className="hint">Loading Resolution {selection.number}…</p>;
  if (proposalId && comparing) return <CompareView store={store} host={host} proposalId={proposalId} onClose={() => nav.setComparing(false)} />;
  if (proposalId && !ProposalPane) return <p className="hint">Opening the editor…</p>;
  if (proposalId && ProposalPane) {
    return (
      <>
        <div className="pane-actions">
          <button type="button" data-testid="open-compare" onClick={() => void store.flush().then(() => nav.setComparing(true))}>
            Compare versions…
          </button>
        </div>
        <ProposalPane
          key={`${proposalId}:${generation}`}
          store={store}
          proposalId={proposalId}
          focus={nav.focus}
          registry={actions.registry}
          onDiscarded={() => {
            if (selection.type === 'proposal') nav.select(null);
          }}
        />
      </>
    );
  }
  if (!adopted || selection.type !== 'baseline') return null;
  return (
    <section className="adopted">
      <div className="proposal-header">
        <span className="adopted-note">Adopted text</span>
        <button type="button" disabled={!open} onClick={() => void actions.startProposal(selection.number, false)}>
          Start a proposal
        </button>
        <button type="button" disabled={!open} onClick={() => void actions.startProposal(selection.number, true)}>
          Propose suppression (SUP)
        </button>
      </div>
      <ResolutionView resolution={adopted} />
    </section>
  );
}
