import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { statusOf } from '../../shared/contribution/proposalLife';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { proposalSymbol } from '../../shared/engine/proposalSymbol';
import { resolutionName } from '../../shared/grammar/numberLine';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { CarryDialog } from './CarryDialog';
import { editionName, newerEdition } from './carryOnto';
import { statusText } from './proposalStatus';
import { numberOfProposal } from './SettingsPanel';
import { t } from './uiLanguage';

/** How the proposal is shown. */
export type ViewMode = 'marked' | 'clean' | 'adopted';

const STRINGS = {
  get symbol() {
    return t('head.symbol');
  },
  get number() {
    return t('head.number');
  },
  get numberMissing() {
    return t('head.numberMissing');
  },
  get view() {
    return t('head.view');
  },
  modes: {
    get marked() {
      return t('head.modeMarked');
    },
    get clean() {
      return t('head.modeClean');
    },
    get adopted() {
      return t('head.modeAdopted');
    },
  } satisfies Record<ViewMode, string>,
  revise: (place: string, year: number): string => t('head.revise', { place, year: String(year) }),
  get reviseTitle() {
    return t('head.reviseTitle');
  },
  carry: (edition: string): string => t('head.carry', { edition }),
  carryTitle: (from: string, to: string): string => t('head.carryTitle', { from, to }),
  get draftNew() {
    return t('head.draftNew');
  },
};

interface Props {
  store: ContributionStore;
  proposalId: string;
  /** The editor of the draft; null for a suppressed proposal (no draft is shown). */
  editor: Editor | null;
  mode: ViewMode;
  onMode(mode: ViewMode): void;
  /** Open the conflicts a carrying left (in the side pane). */
  onCarried(conflicts: number): void;
  /** What the head shows of co-drafting: the Share button, or the shared proposal's status. */
  coDrafting?: ReactNode;
}

/**
 * A proposal's head line: its symbol and number, what it revises, its status, the view, and the two
 * actions that belong to the text itself while they apply: "Revise for …" until the number line is
 * revised, "Carry onto …" while a newer edition is known.
 */
export function ProposalHead({ store, proposalId, editor, mode, onMode, onCarried, coDrafting }: Props): ReactNode {
  // primitives and stable objects only: a keystroke re-renders the head when its symbol or the number line changes, not otherwise
  const choice = useStore(store, (_s, st) => st.proposal(proposalId)?.symbol ?? 'auto');
  const baseline = useStore(store, (_s, st) => st.proposal(proposalId)?.baseline ?? null);
  const implied = useStore(store, (_s, st) => (baseline ? st.outcomeOf(proposalId)?.symbol : undefined));
  const adopted = useStore(store, (_s, st) => (baseline ? (st.baseline(baseline) ?? null) : null));
  const target = useStore(store, (s) => s.content?.settings.conference ?? null);
  const number = useStore(store, (s) => numberOfProposal(s.content?.settings, s.content?.proposals ?? [], proposalId));
  const life = useStore(store, (_s, st) => {
    const p = st.proposal(proposalId);
    return p ? statusText(statusOf(p), p.secretariatNumber) : '';
  });
  const numberLine = useStore(store, (_s, st) => {
    const p = st.proposal(proposalId);
    return p ? draftOf(p).numberLine : '';
  });
  const title = useStore(store, (_s, st) => {
    const p = st.proposal(proposalId);
    return p && !p.baseline ? draftOf(p).title : '';
  });
  const editions = useStore(store, (s) => s.editions);
  const [carrying, setCarrying] = useState(false);
  const symbol = proposalSymbol(choice, baseline !== null, implied);
  const suppressed = choice === 'SUP';
  const place = target?.place.trim();
  const revised = !place || numberLine.includes(`${place}, ${target!.year}`);
  const newer = baseline ? newerEdition(editions, baseline.edition) : undefined;
  const current = baseline ? editions.find((e) => e.id === baseline.edition) : undefined;
  return (
    <div className="proposal-head" data-testid="proposal-head">
      <span className={`symbol-badge symbol-${symbol}`} data-testid="symbol" title={STRINGS.symbol}>
        {symbol}
      </span>
      {number !== undefined && (
        <span className="proposal-number" data-testid="proposal-number" title={STRINGS.number}>
          {number ?? STRINGS.numberMissing}
        </span>
      )}
      <span className="proposal-name" translate={adopted || title ? 'no' : undefined} dir="auto">
        {adopted ? resolutionName(adopted.numberLine) : title || STRINGS.draftNew}
      </span>
      <span className="chip" data-testid="proposal-life">
        {life}
      </span>
      {!suppressed && (
        <div className="view-switch" role="radiogroup" aria-label={STRINGS.view}>
          {(['marked', 'clean', 'adopted'] as ViewMode[])
            .filter((m) => adopted || m !== 'adopted')
            .map((m) => (
              <label key={m}>
                <input type="radio" name={`view-${proposalId}`} value={m} checked={mode === m} onChange={() => onMode(m)} />
                {STRINGS.modes[m]}
              </label>
            ))}
        </div>
      )}
      <div className="head-actions">
        {adopted && !suppressed && editor && target && place && !revised && (
          <button type="button" className="btn" title={STRINGS.reviseTitle} onMouseDown={(e) => e.preventDefault()} onClick={() => editor.commands.reviseHeadLines(place, target.year)}>
            {STRINGS.revise(place, target.year)}
          </button>
        )}
        {newer && current && (
          <button type="button" className="btn" title={STRINGS.carryTitle(editionName(current), editionName(newer))} onClick={() => setCarrying(true)}>
            {STRINGS.carry(editionName(newer))}
          </button>
        )}
        {coDrafting}
      </div>
      {carrying && newer && current && (
        <CarryDialog
          store={store}
          proposalId={proposalId}
          from={current}
          to={newer}
          onClose={(conflicts) => {
            setCarrying(false);
            if (conflicts !== null) onCarried(conflicts);
          }}
        />
      )}
    </div>
  );
}
