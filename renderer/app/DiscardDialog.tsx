import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

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
    <ConfirmDialog title={STRINGS.title} confirm={STRINGS.discard} cancel={STRINGS.cancel} danger testId="discard-dialog" onConfirm={onDiscard} onCancel={onCancel}>
      <p>{numberLine ? STRINGS.onResolution(numberLine) : STRINGS.draftNew}</p>
    </ConfirmDialog>
  );
}
