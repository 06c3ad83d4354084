import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { t } from './uiLanguage';

interface Props {
  /** What the proposal revises, named as a sentence names it (`Resolution 17 (Rev. Kigali, 2022)`), or null for a draft new resolution. */
  numberLine: string | null;
  onDiscard(): void;
  onCancel(): void;
}

const STRINGS = {
  get title() {
    return t('discard.title');
  },
  onResolution: (numberLine: string): string => t('discard.onResolution', { numberLine }),
  get draftNew() {
    return t('discard.draftNew');
  },
  get cancel() {
    return t('common.cancel');
  },
  get discard() {
    return t('discard.discard');
  },
};

/** Asked before a proposal and its draft leave the contribution. */
export function DiscardDialog({ numberLine, onDiscard, onCancel }: Props): ReactNode {
  return (
    <ConfirmDialog title={STRINGS.title} confirm={STRINGS.discard} cancel={STRINGS.cancel} danger testId="discard-dialog" onConfirm={onDiscard} onCancel={onCancel}>
      <p>{numberLine ? STRINGS.onResolution(numberLine) : STRINGS.draftNew}</p>
    </ConfirmDialog>
  );
}
