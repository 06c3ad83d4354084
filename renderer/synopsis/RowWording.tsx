import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isPressOf, keyHint } from '../../shared/commands/commandTable';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get edit() {
    return t('wording.edit');
  },
  label: (where: string): string => t('wording.label', { where }),
  get use() {
    return t('wording.use');
  },
  get cancel() {
    return t('common.cancel');
  },
  hint: (use: string, cancel: string): string => t('wording.hint', { use, cancel }),
};

interface Props {
  /** Where the row is, for the label: `line 12`, `the line inserted after line 8`. */
  where: string;
  /** The row's text as the merge now yields it (chosen or combined), without its label. */
  current: string;
  /** Whether the coordinator's own wording is the row's decision now. */
  active: boolean;
  /** Use this wording for the row (`''` leaves the line out). */
  onUse(text: string): void;
}

/**
 * The coordinator's own wording for one row of the merge: an edit box prefilled with what the
 * row now yields, opened by a button and applied with another; Esc or Cancel closes it unchanged.
 */
export function RowWording({ where, current, active, onUse }: Props): ReactNode {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(current);
  const box = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);
  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  const use = (): void => {
    onUse(value.replace(/\s*\n\s*/g, ' ').trim());
    close();
  };
  return (
    <span className="synopsis-wording">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-pressed={active}
        onClick={() => {
          if (!open) setValue(current);
          setOpen(!open);
        }}
      >
        {STRINGS.edit}
      </button>
      {open && (
        <span className="synopsis-edit">
          <label>
            {STRINGS.label(where)}
            <textarea
              ref={box}
              rows={3}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => {
                if (isPressOf('cancelWording', e)) {
                  e.preventDefault();
                  close();
                } else if (isPressOf('useWording', e)) {
                  e.preventDefault();
                  use();
                }
              }}
            />
          </label>
          <button type="button" onClick={use}>
            {STRINGS.use}
          </button>{' '}
          <button type="button" onClick={close}>
            {STRINGS.cancel}
          </button>
          <span className="hint"> {STRINGS.hint(keyHint('useWording') ?? '', keyHint('cancelWording') ?? '')}</span>
        </span>
      )}
    </span>
  );
}
