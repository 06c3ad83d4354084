import type { ReactNode } from 'react';
import type { Provenance } from '../../shared/contribution/provenanceSchema';
import { changeOrigin, changePlace, sourceName } from '../../shared/synopsis/provenance';

/**
 * Where a common proposal's changes came from (its recorded provenance): the sources compiled,
 * then each adopted change with its place (draft line as merged, adopted line) and its sources,
 * or the coordinator's wording. The line as merged is its tooltip.
 */
export function ProvenanceList({ provenance }: { provenance: Provenance }): ReactNode {
  return (
    <section className="provenance" aria-label="Sources of this common proposal" data-testid="provenance">
      <h3>Sources of this common proposal</h3>
      <p>Compiled from {provenance.compiledFrom.map(sourceName).join(', ')}.</p>
      {provenance.changes.length === 0 ? (
        <p className="hint">No change was adopted from a source.</p>
      ) : (
        <ul>
          {provenance.changes.map((c, i) => (
            <li key={i} title={c.text}>
              <span className="provenance-place">{changePlace(c)}</span>: {changeOrigin(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
