import type { ReactNode } from 'react';
import { Dialog } from '../app/Dialog';

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
    <Dialog title={STRINGS.title} role="alertdialog" onClose={onCancel} testId="adopt-dialog" blocking>
      <p>{STRINGS.body(number)}</p>
      <p>{STRINGS.safe}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>
          {STRINGS.cancel}
        </button>
        <button type="button" className="btn btn-primary" onClick={onAdopt}>
          {STRINGS.adopt}
        </button>
      </div>
    </Dialog>
  );
}
