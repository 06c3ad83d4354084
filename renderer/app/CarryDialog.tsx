import { useState, type ReactNode } from 'react';
import type { EditionSummary } from '../../shared/corpus/edition';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { carryOnto, editionName } from './carryOnto';
import { ConfirmDialog } from './ConfirmDialog';
import { t } from './uiLanguage';

const STRINGS = {
  title: (to: string): string => t('carryDialog.title', { to }),
  body: (n: string, from: string, to: string): string => t('carryDialog.body', { n, from, to }),
  get safe() {
    return t('carryDialog.safe');
  },
  get cancel() {
    return t('common.cancel');
  },
  carry: (to: string): string => t('carryDialog.carry', { to }),
  get working() {
    return t('carryDialog.working');
  },
};

interface Props {
  store: ContributionStore;
  proposalId: string;
  from: EditionSummary;
  to: EditionSummary;
  /** Closed: the number of conflicts left once carried, or null when nothing was carried. */
  onClose(conflicts: number | null): void;
}

/** Asked before a proposal is carried onto a newer edition (`carryOnto`). */
export function CarryDialog({ store, proposalId, from, to, onClose }: Props): ReactNode {
  const number = useStore(store, (_s, st) => st.proposal(proposalId)?.baseline?.number ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const done = await carryOnto(store, proposalId, to, from);
      if ('error' in done) setError(done.error);
      else onClose(done.conflicts);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog title={STRINGS.title(editionName(to))} confirm={busy ? STRINGS.working : STRINGS.carry(editionName(to))} cancel={STRINGS.cancel} busy={busy} testId="carry-dialog" onConfirm={() => void run()} onCancel={() => onClose(null)}>
      <p>{STRINGS.body(number, editionName(from), editionName(to))}</p>
      <p>{STRINGS.safe}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
