import { useState, type ReactNode } from 'react';
import { Plus, X } from 'lucide-react';
import { PROPOSAL_STATUSES, cleanCosignatories, statusOf, withStatus, type ProposalStatus } from '../../shared/contribution/proposalLife';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { resolutionName } from '../../shared/grammar/numberLine';
import type { Proposal } from '../../shared/contribution/schema';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { DiscardDialog } from './DiscardDialog';
import { STATUS_LABELS } from './proposalStatus';
import { t } from './uiLanguage';

const STRINGS = {
  get status() {
    return t('details.status');
  },
  get secretariatNumber() {
    return t('details.secretariatNumber');
  },
  get secretariatHint() {
    return t('details.secretariatHint');
  },
  get notYetSubmitted() {
    return t('details.notYetSubmitted');
  },
  get cosignatories() {
    return t('details.cosignatories');
  },
  get cosignatoriesHint() {
    return t('details.cosignatoriesHint');
  },
  get noCosignatories() {
    return t('details.noCosignatories');
  },
  get addCosignatory() {
    return t('details.addCosignatory');
  },
  get addPlaceholder() {
    return t('details.addPlaceholder');
  },
  get add() {
    return t('details.add');
  },
  remove: (name: string): string => t('details.remove', { name }),
  get suppression() {
    return t('details.suppression');
  },
  get suppress() {
    return t('details.suppress');
  },
  get withdrawSuppression() {
    return t('details.withdrawSuppression');
  },
  get suppressHint() {
    return t('details.suppressHint');
  },
  get discard() {
    return t('details.discard');
  },
};

/** The statuses from which the secretariat's number applies. */
const NUMBERED: ReadonlySet<ProposalStatus> = new Set<ProposalStatus>(['submitted', 'adopted', 'modified', 'withdrawn', 'noted']);

/**
 * A proposal's details in the side pane: where it stands in its life (status, and the secretariat's
 * number once submitted, through `withStatus`, which records what was submitted), its co-signatories,
 * and the weighty actions kept one step away from typing (suppress, discard).
 */
export function ProposalDetails({ store, proposalId, onDiscarded }: { store: ContributionStore; proposalId: string; onDiscarded(): void }): ReactNode {
  const proposal = useStore(store, (_s, st) => st.proposal(proposalId));
  const adopted = useStore(store, (_s, st) => {
    const ref = st.proposal(proposalId)?.baseline;
    return ref ? (st.baseline(ref) ?? null) : null;
  });
  const [adding, setAdding] = useState('');
  const [discarding, setDiscarding] = useState(false);
  if (!proposal) return null;
  const status = statusOf(proposal);
  const cosignatories = proposal.cosignatories ?? [];
  const put = (next: Proposal): void => store.apply({ type: 'proposal', proposal: next });
  const life = (next: ProposalStatus, number?: string): void => put(withStatus({ ...proposal, draft: draftOf(proposal) }, next, new Date(), number));
  const setCosignatories = (names: string[]): void => {
    const clean = cleanCosignatories(names);
    const next = { ...proposal };
    if (clean.length) next.cosignatories = clean;
    else delete next.cosignatories;
    put(next);
  };
  const add = (): void => {
    if (!adding.trim()) return;
    setCosignatories([...cosignatories, adding]);
    setAdding('');
  };
  const suppressed = proposal.symbol === 'SUP';
  return (
    <div className="proposal-details" data-testid="proposal-details">
      <section>
        <label className="field-stack">
          <span>{STRINGS.status}</span>
          <select value={status} data-testid="proposal-status" onChange={(e) => life(e.target.value as ProposalStatus)}>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field-stack">
          <span>{STRINGS.secretariatNumber}</span>
          <input
            value={proposal.secretariatNumber ?? ''}
            data-testid="secretariat-number"
            disabled={!NUMBERED.has(status)}
            aria-describedby="secretariat-number-hint"
            onChange={(e) => life(status, e.target.value)}
          />
          <small id="secretariat-number-hint" className="field-hint">
            {NUMBERED.has(status) ? STRINGS.secretariatHint : STRINGS.notYetSubmitted}
          </small>
        </label>
      </section>
      <section aria-labelledby="cosignatories-title">
        <h3 id="cosignatories-title">{STRINGS.cosignatories}</h3>
        <p className="hint">{STRINGS.cosignatoriesHint}</p>
        {cosignatories.length === 0 ? (
          <p className="hint">{STRINGS.noCosignatories}</p>
        ) : (
          <ul className="cosignatory-list" data-testid="cosignatories">
            {cosignatories.map((name) => (
              <li key={name}>
                <span>{name}</span>
                <button type="button" className="btn btn-quiet" aria-label={STRINGS.remove(name)} title={STRINGS.remove(name)} onClick={() => setCosignatories(cosignatories.filter((n) => n !== name))}>
                  <X aria-hidden size={14} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="find-row"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <input aria-label={STRINGS.addCosignatory} placeholder={STRINGS.addPlaceholder} value={adding} onChange={(e) => setAdding(e.target.value)} />
          <button type="submit" className="btn" disabled={!adding.trim()}>
            <Plus aria-hidden size={14} /> {STRINGS.add}
          </button>
        </form>
      </section>
      {proposal.baseline && (
        <section aria-labelledby="suppression-title">
          <h3 id="suppression-title">{STRINGS.suppression}</h3>
          <p className="hint">{STRINGS.suppressHint}</p>
          <button type="button" className="btn" onClick={() => store.apply({ type: 'symbol', proposalId, symbol: suppressed ? 'auto' : 'SUP' })}>
            {suppressed ? STRINGS.withdrawSuppression : STRINGS.suppress}
          </button>
        </section>
      )}
      <section>
        <button type="button" className="btn" onClick={() => setDiscarding(true)}>
          {STRINGS.discard}
        </button>
      </section>
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
  );
}
