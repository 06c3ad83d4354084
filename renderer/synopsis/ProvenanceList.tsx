import type { ReactNode } from 'react';
import type { AdoptedChange, Provenance } from '../../shared/contribution/provenanceSchema';
import { changeOrigin, changePlace, sourceName } from '../../shared/synopsis/provenance';
import { listOfNames, t } from '../app/uiLanguage';

interface Props {
  provenance: Provenance;
  /** Put the caret on the line of the draft a change stands on. */
  onGo?(change: AdoptedChange): void;
}

/**
 * Where a common proposal's changes came from (its recorded provenance): the sources compiled,
 * then each adopted change with its place (draft line as merged, adopted line) and its sources,
 * or the coordinator's wording; a change on a line of the draft goes to it. The line as merged is
 * its tooltip.
 */
export function ProvenanceList({ provenance, onGo }: Props): ReactNode {
  return (
    <section className="provenance" aria-label={t('provenance.title')} data-testid="provenance">
      <h3>{t('provenance.title')}</h3>
      <p>{t('provenance.compiledFrom', { sources: listOfNames(provenance.compiledFrom.map(sourceName), 'unit') })}</p>
      {provenance.changes.length === 0 ? (
        <p className="hint">{t('provenance.none')}</p>
      ) : (
        <ul>
          {provenance.changes.map((c, i) => (
            <li key={i} title={c.text}>
              {c.line !== undefined && onGo ? (
                <button type="button" className="provenance-place provenance-go" onClick={() => onGo(c)}>
                  {changePlace(c)}
                </button>
              ) : (
                <span className="provenance-place">{changePlace(c)}</span>
              )}
              : {changeOrigin(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
