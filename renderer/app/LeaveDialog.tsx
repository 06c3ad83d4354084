import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { t } from './uiLanguage';

interface Props {
  /** The document's name, e.g. `Untitled` or `asia-pacific.resdraft`. */
  name: string;
  /** What leaving does: open another contribution, or start a new one. */
  leaving: 'open' | 'new';
  onSave(): void;
  onLeave(): void;
  onCancel(): void;
}

/** Asked before New or Open leaves a contribution with edits that are not saved to its file. */
export function LeaveDialog({ name, leaving, onSave, onLeave, onCancel }: Props): ReactNode {
  return (
    <Dialog title={t('leave.title')} role="alertdialog" onClose={onCancel} testId="leave-dialog" blocking>
      <p>{t('leave.body', { name, leaving })}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" autoFocus onClick={onSave}>
          {t('leave.saveFirst')}
        </button>
        <button type="button" className="btn" onClick={onLeave}>
          {t('leave.leave')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
