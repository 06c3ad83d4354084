import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  /** What the proposal revises, named as a sentence names it (`Resolution 17 (Rev. Kigali, 2022)`), or null for a draft new resolution. */
  numberLine: string | null;
  onDiscard(): void;
  onCancel(): void;
}

/** Asked before a proposal and its draft leave the contribution. */
export function DiscardDialog({ numberLine, onDiscard, onCancel }: Props): ReactNode {
  const what = numberLine ? `the proposal on ${numberLine}` : 'this draft new resolution';
  return (
    <Dialog title="Discard the proposal?" role="alertdialog" onClose={onCancel} testId="discard-dialog" blocking>
      <p>
        Discard {what} and its draft? The versions already saved in the file keep it (Compare versions… brings it back).
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={onDiscard}>
          Discard the proposal
        </button>
      </div>
    </Dialog>
  );
}
