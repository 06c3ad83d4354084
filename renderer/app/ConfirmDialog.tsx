import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  /** The question, in whole sentences. */
  children: ReactNode;
  /** The answer that goes on (Discard the proposal, Carry onto …). */
  confirm: string;
  cancel: string;
  /** The answer loses something (it is drawn as a danger). */
  danger?: boolean;
  /** Going on is under way: the answer waits. */
  busy?: boolean;
  testId: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A question the window waits for (docs/design.md: dialogs only to decide): Cancel, focused first, or the answer that goes on. */
export function ConfirmDialog({ title, children, confirm, cancel, danger = false, busy = false, testId, onConfirm, onCancel }: Props): ReactNode {
  return (
    <Dialog title={title} role="alertdialog" onClose={onCancel} testId={testId} blocking>
      {children}
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
