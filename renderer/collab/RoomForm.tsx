import type { ReactNode } from 'react';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get name() {
    return t('room.yourName');
  },
  get cancel() {
    return t('room.cancel');
  },
};

interface Field {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder: string;
  testId: string;
}

interface Props {
  intro: string;
  /** What the form asks first: the server (share) or the invite (join). */
  first: Field;
  name: string;
  onName(name: string): void;
  nameTestId: string;
  error: string | null;
  /** The submit button's text (its busy text while the server answers). */
  action: string;
  busy: boolean;
  onSubmit(): void;
  onCancel(): void;
}

/** The form of the share and join dialogs: what it asks first, the participant's name, the server's refusal, and the buttons. */
export function RoomForm({ intro, first, name, onName, nameTestId, error, action, busy, onSubmit, onCancel }: Props): ReactNode {
  return (
    <form
      className="name-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <p className="hint">{intro}</p>
      <label className="field wide">
        <span>{first.label}</span>
        <input autoFocus value={first.value} placeholder={first.placeholder} onChange={(e) => first.onChange(e.target.value)} data-testid={first.testId} />
      </label>
      <label className="field wide">
        <span>{STRINGS.name}</span>
        <input value={name} onChange={(e) => onName(e.target.value)} data-testid={nameTestId} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !first.value.trim() || !name.trim()}>
          {action}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {STRINGS.cancel}
        </button>
      </div>
    </form>
  );
}
