import type { ReactNode } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';

const STRINGS = {
  title: 'Adopt into the existing proposal?',
  body: (n: string): string => `Resolution ${n} already has a proposal in this contribution. Adopting puts the common proposal in its place: its draft, reasons, sources and co-signatories.`,
  safe: 'A named version records the contribution first, so the proposal as it is now can be brought back from Versions.',
  cancel: 'Cancel',
  adopt: 'Adopt into the existing proposal',
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
