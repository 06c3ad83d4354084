import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from './uiLanguage';

interface Props {
  title: string;
  /** Esc, the close button and a click on the backdrop call this. */
  onClose(): void;
  children: ReactNode;
  testId?: string;
  className?: string;
  /** `alertdialog` for a question the user must answer. */
  role?: 'dialog' | 'alertdialog';
  /** A question the window waits for: the window's own shortcuts pause while it is open. */
  blocking?: boolean;
}

/**
 * A modal dialog over the window (the native `<dialog>`: focus moves in and stays in, Esc closes,
 * the page behind is inert); the place in the window behind it is kept.
 */
export function Dialog({ title, onClose, children, testId, className, role = 'dialog', blocking = false }: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) d.showModal();
    const onCancel = (e: Event): void => {
      e.preventDefault();
      close.current();
    };
    d.addEventListener('cancel', onCancel);
    return () => {
      d.removeEventListener('cancel', onCancel);
      if (d.open) d.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} role={role === 'alertdialog' ? 'alertdialog' : undefined} data-testid={testId} data-blocking={blocking || undefined}>
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-quiet" aria-label={t('dialog.close', { title })} onClick={() => close.current()}>
          ×
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}

/** The one button that ends a dialog which asks nothing (Close, Done, Cancel). */
export function DialogEnd({ label, onClick, primary = false }: { label: string; onClick(): void; primary?: boolean }): ReactNode {
  return (
    <div className="dialog-actions">
      <button type="button" className={primary ? 'btn btn-primary' : 'btn'} onClick={onClick}>
        {label}
      </button>
    </div>
  );
}
