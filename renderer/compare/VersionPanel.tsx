import { useState, type ReactNode } from 'react';
import type { VersionInfo } from '../../shared/host/hostApi';
import { isAutomaticVersion, versionLabel } from './compareSources';
import { keyHint } from '../../shared/commands/commandTable';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get history() {
    return t('versionPanel.history');
  },
  get compare() {
    return t('versionPanel.compare');
  },
  get restore() {
    return t('versionPanel.restore');
  },
  get name() {
    return t('versionPanel.name');
  },
  get placeholder() {
    return t('versionPanel.placeholder');
  },
  get save() {
    return t('versionPanel.save');
  },
  get none() {
    return t('versionPanel.none');
  },
  get named() {
    return t('versionPanel.named');
  },
  noneNamed: (key: string): string => t('versionPanel.noneNamed', { key }),
  automatic: (n: number, newest: string): string => t('versionPanel.automatic', { n, newest }),
};

interface Props {
  versions: VersionInfo[];
  busy: boolean;
  /** Whether a version can be compared with a proposal's draft now (one is open). */
  canCompare: boolean;
  onCreate(name: string): void;
  onRestore(version: VersionInfo): void;
  onPreview(version: VersionInfo): void;
}

/**
 * The contribution's version history: save a named version, preview or restore any version.
 * Named versions come first; the versions every save records are listed apart, folded.
 */
export function VersionPanel({ versions, busy, canCompare, onCreate, onRestore, onPreview }: Props): ReactNode {
  const [name, setName] = useState('');
  const named = versions.filter((v) => !isAutomaticVersion(v));
  const automatic = versions.filter(isAutomaticVersion);
  const list = (shown: VersionInfo[], testId: string): ReactNode => (
    <ol className="version-list" data-testid={testId}>
      {[...shown].reverse().map((v) => (
        <li key={v.id} data-version={v.id}>
          <span className="version-name">{versionLabel(v)}</span>
          <button type="button" className="btn" disabled={busy || !canCompare} onClick={() => onPreview(v)}>
            {STRINGS.compare}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => onRestore(v)}>
            {STRINGS.restore}
          </button>
        </li>
      ))}
    </ol>
  );
  return (
    <section className="versions" aria-label={STRINGS.history} data-testid="versions">
      <form
        className="version-create"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onCreate(name.trim());
          setName('');
        }}
      >
        <input aria-label={STRINGS.name} placeholder={STRINGS.placeholder} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn" disabled={busy || !name.trim()}>
          {STRINGS.save}
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="hint">{STRINGS.none}</p>
      ) : (
        <>
          <h4>{STRINGS.named}</h4>
          {named.length === 0 ? <p className="hint">{STRINGS.noneNamed(keyHint('createVersion') ?? '')}</p> : list(named, 'named-versions')}
          {automatic.length > 0 && (
            <details className="automatic-versions" data-testid="automatic-versions">
              <summary>
                {STRINGS.automatic(automatic.length, versionLabel(automatic[automatic.length - 1]))}
              </summary>
              {list(automatic, 'automatic-version-list')}
            </details>
          )}
        </>
      )}
    </section>
  );
}
