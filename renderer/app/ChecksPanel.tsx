import { useState, type ReactNode } from 'react';
import type { Finding } from '../../shared/checks/finding';
import type { ContributionStore } from '../store/contributionStore';
import { Dialog, DialogEnd } from './Dialog';
import { FindingList } from './FindingList';
import { useChecks } from './useChecks';

interface Props {
  store: ContributionStore;
  onJump(finding: Finding): void;
  onClose(): void;
}

/** The checks before sending: every finding with its severity and place; a click goes there. */
export function ChecksPanel({ store, onJump, onClose }: Props): ReactNode {
  // the contribution as it is when the checks are opened (the dialog is modal: nothing changes meanwhile)
  const [content] = useState(() => store.getState().content);
  const { findings, error } = useChecks(store, content);
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  return (
    <Dialog title="Checks before sending" onClose={onClose} testId="checks-panel" className="checks-panel">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!findings && !error && <p className="hint">Checking…</p>}
      {findings && (
        <>
          <p role="status" data-testid="checks-summary">
            {findings.length === 0
              ? 'No problems found: the punctuation, the parts, the reasons and the citations follow the ITU conventions.'
              : `${errors} ${errors === 1 ? 'error' : 'errors'} and ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'}. Choose one to go to its place.`}
          </p>
          <FindingList findings={findings} onJump={onJump} />
        </>
      )}
      <DialogEnd label="Close" onClick={onClose} primary />
    </Dialog>
  );
}
