import { useState, type ReactNode } from 'react';
import type { VersionInfo } from '../../shared/host/hostApi';
import { versionLabel } from './compareSources';

interface Props {
  versions: VersionInfo[];
  busy: boolean;
  onCreate(name: string): void;
  onRestore(version: VersionInfo): void;
  onPreview(version: VersionInfo): void;
}

/** The contribution's version history: save a named version, preview or restore any version. */
export function VersionPanel({ versions, busy, onCreate, onRestore, onPreview }: Props): ReactNode {
  const [name, setName] = useState('');
  return (
    <section className="versions" aria-label="Version history" data-testid="versions">
      <h3>Versions</h3>
      <form
        className="version-create"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onCreate(name.trim());
          setName('');
        }}
      >
        <input aria-label="Version name" placeholder="e.g. sent to the regional preparatory meeting" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={busy || !name.trim()}>
          Save version
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="hint">No versions yet: each save and each named version appears here.</p>
      ) : (
        <ol className="version-list" reversed>
          {[...versions].reverse().map((v) => (
            <li key={v.id} data-version={v.id}>
              <span className="version-name">{versionLabel(v)}</span>
              <button type="button" disabled={busy} onClick={() => onPreview(v)}>
                Compare with current
              </button>
              <button type="button" disabled={busy} onClick={() => onRestore(v)}>
                Restore
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
