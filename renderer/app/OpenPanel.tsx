import { useEffect, useState, type ReactNode } from 'react';
import type { FileEntry, HostApi } from '../../shared/host/hostApi';

interface Props {
  host: HostApi;
  onOpen(path?: string): void;
  onClose(): void;
}

/**
 * Open a contribution: the files in the data folder and the recent files (the browser host has
 * no file dialog); the desktop host can also show its own dialog.
 */
export function OpenPanel({ host, onOpen, onClose }: Props): ReactNode {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [recent, setRecent] = useState<FileEntry[]>([]);
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    void host.listContributionFiles().then(setFiles, () => undefined);
    void host.listRecentFiles().then(setRecent, () => undefined);
    void host.getAppInfo().then((info) => setDesktop(info.host === 'electron'), () => undefined);
  }, [host]);
  const list = (title: string, entries: FileEntry[]): ReactNode => (
    <>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="hint">None.</p>
      ) : (
        <ul className="file-list">
          {entries.map((f) => (
            <li key={f.path}>
              <button type="button" disabled={f.modified === null} onClick={() => onOpen(f.path)} title={f.path}>
                {f.name}
              </button>
              <span className="file-time">{f.modified ? new Date(f.modified).toLocaleString() : 'missing'}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <section className="open-panel" data-testid="open-panel" aria-label="Open a contribution">
      <h2>Open a contribution</h2>
      {desktop && (
        <button type="button" onClick={() => onOpen()}>
          Choose a file…
        </button>
      )}
      {list('In the data folder', files)}
      {list('Recent', recent)}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </section>
  );
}
