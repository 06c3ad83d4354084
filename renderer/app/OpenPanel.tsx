import { useEffect, useState, type ReactNode } from 'react';
import type { FileEntry, HostApi } from '../../shared/host/hostApi';
import { Dialog, DialogEnd } from './Dialog';
import { t } from './uiLanguage';

interface Props {
  host: HostApi;
  onOpen(path: string): void;
  /** Open a Word contribution (.docx) as a new contribution. */
  onImportWord(path: string): void;
  onClose(): void;
}

/**
 * Open a contribution (when the host says the page chooses the file): the files in the data folder
 * and the recent files, and the Word documents in the data folder.
 */
export function OpenPanel({ host, onOpen, onImportWord, onClose }: Props): ReactNode {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [recent, setRecent] = useState<FileEntry[]>([]);
  const [word, setWord] = useState<FileEntry[]>([]);
  useEffect(() => {
    void host.listContributionFiles().then(setFiles, () => undefined);
    void host.listWordDocuments().then(setWord, () => undefined);
    void host.listRecentFiles().then(setRecent, () => undefined);
  }, [host]);
  const list = (title: string, entries: FileEntry[], open: (path: string) => void = onOpen): ReactNode => (
    <>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="hint">{t('common.none')}</p>
      ) : (
        <ul className="file-list">
          {entries.map((f) => (
            <li key={f.path}>
              <button type="button" className="btn btn-link" disabled={f.modified === null} onClick={() => open(f.path)} title={f.path}>
                {f.name}
              </button>
              <span className="file-time">{f.modified ? new Date(f.modified).toLocaleString() : t('open.missing')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <Dialog title={t('open.title')} onClose={onClose} testId="open-panel" className="open-panel">
      {list(t('open.dataFolder'), files)}
      {list(t('open.recent'), recent)}
      {list(t('open.word'), word, onImportWord)}
      <DialogEnd label={t('common.cancel')} onClick={onClose} />
    </Dialog>
  );
}
