import type { ReactNode } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get title() {
    return t('adopt.title');
  },
  body: (n: string): string => t('adopt.body', { n }),
  get safe() {
    return t('adopt.safe');
  },
  get cancel() {
    return t('common.cancel');
  },
  get adopt() {
    return t('adopt.adopt');
  },
};

/** Asked before a merged common proposal takes the place of the proposal the contribution has on its resolution. */
export function AdoptDialog({ number, onAdopt, onCancel }: { number: string; onAdopt(): void; onCancel(): void }): ReactNode {
  return (
    <ConfirmDialog title={STRINGS.title} confirm={STRINGS.adopt} cancel={STRINGS.cancel} testId="adopt-dialog" onConfirm={onAdopt} onCancel={onCancel}>
      <p>{STRINGS.body(number)}</p>
      <p>{STRINGS.safe}</p>
    </ConfirmDialog>
  );
}
