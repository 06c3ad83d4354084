import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  /** What the proposal revises, named as a sentence names it (`Resolution 17 (Rev. Kigali, 2022)`), or null for a draft new resolution. */
  numberLine: string | null;
  onDiscard(): void;
  onCancel(): void;
}

const STRINGS = {
  title: 'Discard the proposal?',
  onResolution: (numberLine: string): string => `Discard the proposal on ${numberLine} and its draft? The versions already saved in the file keep it (Versions brings it back).`,
  draftNew: 'Discard this draft new resolution? The versions already saved in the file keep it (Versions brings it back).',
  cancel: 'Cancel',
  discard: 'Discard the proposal',
};

/** Asked before a proposal and its draft leave the contribution. */
export function DiscardDialog({ numberLine, onDiscard, onCancel }: Props): ReactNode {
  return (
    <Dialog title={STRINGS.title} role="alertdialog" onClose={onCancel} testId="discard-dialog" blocking>
      <p>{numberLine ? STRINGS.onResolution(numberLine) : STRINGS.draftNew}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>
          {STRINGS.cancel}
        </button>
        <button type="button" className="btn btn-danger" onClick={onDiscard}>
          {STRINGS.discard}
        </button>
      </div>
    </Dialog>
  );
}
