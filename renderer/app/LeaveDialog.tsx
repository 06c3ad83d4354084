import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  /** The document's name, e.g. `Untitled` or `asia-pacific.resdraft`. */
  name: string;
  /** What leaving does, e.g. `start a new contribution`. */
  leaving: string;
  onSave(): void;
  onLeave(): void;
  onCancel(): void;
}

/** Asked before New or Open leaves a contribution with edits that are not saved to its file. */
export function LeaveDialog({ name, leaving, onSave, onLeave, onCancel }: Props): ReactNode {
  return (
    <Dialog title="Unsaved changes" role="alertdialog" onClose={onCancel} testId="leave-dialog" blocking>
      <p>
        “{name}” has edits that are not saved to its file. Save them before you {leaving}?
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" autoFocus onClick={onSave}>
          Save first
        </button>
        <button type="button" className="btn" onClick={onLeave}>
          Leave without saving
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
