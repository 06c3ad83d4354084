import { useCallback, type ReactNode } from 'react';
import { resolutionName } from '../../shared/grammar/numberLine';
import { CompareView } from '../compare/CompareView';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { SynopsisPanel } from '../synopsis/SynopsisPanel';
import { ResolutionView } from '../view/ResolutionView';
import { editionName } from './carryOnto';
import { loader, useLoaded } from '../store/useLoaded';
import type { WindowView } from './windowView';
import { t } from './uiLanguage';

// the editor (TipTap, ProseMirror) is loaded when a proposal is first opened, not with the window
const proposalPane = loader(() => import('./ProposalPane').then((m) => m.ProposalPane));

const STRINGS = {
  get choose() {
    return t('main.choose');
  },
  loading: (n: string): string => t('main.loading', { n }),
  get opening() {
    return t('main.opening');
  },
  get adopted() {
    return t('main.adopted');
  },
  get start() {
    return t('main.start');
  },
  get suppress() {
    return t('main.suppress');
  },
  edition: (name: string): string => t('main.edition', { name }),
};

type Props = WindowView;

/** A view with nothing but a scrolling body (a hint, the synopsis desk, the compare view). */
function Plain({ children }: { children: ReactNode }): ReactNode {
  return <div className="doc-scroll">{children}</div>;
}

/** An adopted text opened at a line (a citation the checks point at), in the edition it stands in. */
function AdoptedAt({ store, edition, number, line }: { store: ContributionStore; edition: string; number: string; line?: number }): ReactNode {
  const text = useStore(store, (_s, st) => st.baseline({ edition, number }));
  const name = useStore(store, (s) => {
    const e = s.editions.find((x) => x.id === edition);
    return e ? editionName(e) : edition;
  });
  if (!text) return <Plain><p className="hint">{STRINGS.loading(number)}</p></Plain>;
  return (
    <section className="adopted" data-testid="adopted-at">
      <div className="pane-top">
        <div className="proposal-head adopted-head">
          <span className="adopted-note">{STRINGS.edition(name)}</span>
          <span className="proposal-name" translate="no" dir="auto">
            {resolutionName(text.numberLine)}
          </span>
        </div>
      </div>
      <div className="doc-scroll" tabIndex={0} role="region" aria-label={STRINGS.edition(name)}>
        <ResolutionView resolution={text} target={line} />
      </div>
    </section>
  );
}

/** What the workspace shows for the selection: the synopsis, a proposal (in the editor or compared), or an adopted text to start one on. */
export function MainPane({ store, host, nav, actions, proposalId }: Props): ReactNode {
  const { selection, comparing, compiling, setComparing } = nav;
  const generation = useStore(store, (s) => s.generation);
  const open = useStore(store, (s) => s.content !== null);
  const resolutions = useStore(store, (s) => s.resolutions);
  // a proposal is shown once the adopted text it names is read; an adopted text without a proposal in the edition the window lists
  const ready = useStore(store, (_s, st) => {
    const ref = proposalId ? st.proposal(proposalId)?.baseline : undefined;
    return !ref || st.baseline(ref) !== undefined;
  });
  const adopted = useStore(store, (s, st) => (selection?.type === 'baseline' && !proposalId ? st.baseline({ edition: s.edition, number: selection.number }) : undefined));
  const ProposalPane = useLoaded(proposalPane, proposalId !== undefined);
  const onCompare = useCallback(() => void store.flush().then(() => setComparing({})), [store, setComparing]);

  if (compiling) return <Plain><SynopsisPanel host={host} store={store} summaries={resolutions} onAdopt={actions.adoptMerged} onClose={() => nav.setCompiling(false)} /></Plain>;
  if (selection?.type === 'adopted') return <AdoptedAt store={store} edition={selection.edition} number={selection.number} line={selection.line} />;
  if (!selection || (selection.type === 'proposal' && !proposalId)) return <Plain><p className="hint">{STRINGS.choose}</p></Plain>;
  if (selection.type === 'baseline' && !(proposalId ? ready : adopted)) return <Plain><p className="hint">{STRINGS.loading(selection.number)}</p></Plain>;
  if (proposalId && comparing) return <Plain><CompareView store={store} host={host} registry={actions.registry} proposalId={proposalId} fromVersion={comparing.fromVersion} onClose={() => setComparing(null)} /></Plain>;
  if (proposalId && !ProposalPane) return <Plain><p className="hint">{STRINGS.opening}</p></Plain>;
  if (proposalId && ProposalPane) return <ProposalPane key={`${proposalId}:${generation}`} store={store} proposalId={proposalId} focus={nav.focus} registry={actions.registry} onCompare={onCompare} />;
  if (!adopted || selection.type !== 'baseline') return null;
  return (
    <section className="adopted">
      <div className="pane-top">
        <div className="proposal-head adopted-head">
          <span className="adopted-note">{STRINGS.adopted}</span>
          <span className="proposal-name" translate="no" dir="auto">
            {resolutionName(adopted.numberLine)}
          </span>
          <div className="head-actions">
            <button type="button" className="btn btn-primary" disabled={!open} onClick={() => void actions.startProposal(selection.number, false)}>
              {STRINGS.start}
            </button>
            <button type="button" className="btn" disabled={!open} onClick={() => void actions.startProposal(selection.number, true)}>
              {STRINGS.suppress}
            </button>
          </div>
        </div>
      </div>
      <div className="doc-scroll" tabIndex={0} role="region" aria-label={STRINGS.adopted}>
        <ResolutionView resolution={adopted} />
      </div>
    </section>
  );
}
