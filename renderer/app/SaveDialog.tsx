import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SaveNameQuestion as SaveDialogState } from '../store/documentSync';
import { isPressOf } from '../../shared/commands/commandTable';
import { t } from './uiLanguage';

interface Props {
  dialog: SaveDialogState;
  onSubmit(name: string, overwrite: boolean): void;
  onCancel(): void;
}

/**
 * The page's Save dialog (when the host says it must ask): a file name in the data folder, proposed so that it collides
 * with no file; a name that exists is replaced only after the user says so here.
 */
export function SaveDialog({ dialog, onSubmit, onCancel }: Props): ReactNode {
  const [name, setName] = useState(dialog.suggested);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const replacing = dialog.confirmReplace;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="save-dialog-title" data-testid="save-dialog" onKeyDown={(e) => isPressOf('closeDialog', e) && onCancel()}>
        <h2 id="save-dialog-title">{t('save.title')}</h2>
        {replacing ? (
          <>
            <p role="alert" data-testid="replace-question">
              {t('save.exists', { name: replacing })}
            </p>
            <div className="dialog-buttons">
              <button type="button" onClick={() => onSubmit(name, true)}>
                {t('common.replace')}
              </button>
              <button type="button" autoFocus onClick={() => onSubmit(dialog.suggested === name ? name : dialog.suggested, false)} data-testid="choose-another">
                {t('save.keep', { name: dialog.suggested })}
              </button>
              <button type="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) onSubmit(name.trim(), false);
            }}
          >
            <label>
              {t('save.fileName', { folder: dialog.folder })}
              <input ref={input} data-testid="save-name" value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <div className="dialog-buttons">
              <button type="submit" disabled={!name.trim()}>
                {t('common.save')}
              </button>
              <button type="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
