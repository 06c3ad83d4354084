import { useState, type ReactNode } from 'react';
import type { VersionInfo } from '../../shared/host/hostApi';
import { isAutomaticVersion, versionLabel } from './compareSources';
import { keyHint } from '../../shared/commands/commandTable';

interface Props {
  versions: VersionInfo[];
  busy: boolean;
  onCreate(name: string): void;
  onRestore(version: VersionInfo): void;
  onPreview(version: VersionInfo): void;
}

/**
 * The contribution's version history: save a named version, preview or restore any version.
 * Named versions come first; the versions every save records are listed apart, folded.
 */
export function VersionPanel({ versions, busy, onCreate, onRestore, onPreview }: Props): ReactNode {
  const [name, setName] = useState('');
  const named = versions.filter((v) => !isAutomaticVersion(v));
  const automatic = versions.filter(isAutomaticVersion);
  const list = (shown: VersionInfo[], testId: string): ReactNode => (
    <ol className="version-list" data-testid={testId}>
      {[...shown].reverse().map((v) => (
        <li key={v.id} data-version={v.id}>
          <span className="version-name">{versionLabel(v)}</span>
          <button type="button" className="btn" disabled={busy} onClick={() => onPreview(v)}>
            Compare with current
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => onRestore(v)}>
            Restore
          </button>
        </li>
      ))}
    </ol>
  );
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
        <button type="submit" className="btn" disabled={busy || !name.trim()}>
          Save version
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="hint">No versions yet: each save and each named version appears here.</p>
      ) : (
        <>
          <h4>Named versions</h4>
          {named.length === 0 ? <p className="hint">None yet: name one above ({keyHint('createVersion')}).</p> : list(named, 'named-versions')}
          {automatic.length > 0 && (
            <details className="automatic-versions" data-testid="automatic-versions">
              <summary>
                Automatic saves ({automatic.length}), newest {versionLabel(automatic[automatic.length - 1])}
              </summary>
              {list(automatic, 'automatic-version-list')}
            </details>
          )}
        </>
      )}
    </section>
  );
}
