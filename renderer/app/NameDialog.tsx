import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  label: string;
  initial: string;
  action: string;
  onDone(name: string): void;
  onCancel(): void;
  testId?: string;
}

/** Asks for a name (a file name, a version name) in the window, not in a browser prompt. */
export function NameDialog({ title, label, initial, action, onDone, onCancel, testId }: Props): ReactNode {
  const [name, setName] = useState(initial);
  return (
    <Dialog title={title} onClose={onCancel} testId={testId} blocking>
      <form
        className="name-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onDone(name.trim());
        }}
      >
        <label className="field wide">
          <span>{label}</span>
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            {action}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
