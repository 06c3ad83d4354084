import type { ReactNode } from 'react';
import type { EditionSummary } from '../../shared/corpus/edition';
import { t } from './uiLanguage';

/** The baseline edition of the contribution (bundled and imported editions), above the resolution list. */
export function EditionPicker({ editions, edition, onChange }: { editions: EditionSummary[]; edition: string; onChange(id: string): void }): ReactNode {
  if (editions.length < 2) return null;
  return (
    <label className="edition-picker">
      <span>{t('edition.baseline')}</span>
      <select value={edition} data-testid="edition-picker" onChange={(e) => onChange(e.target.value)}>
        {editions.map((e) => (
          <option key={e.id} value={e.id} translate="no">
            {`${e.shortName} (${e.place}, ${e.year})${e.bundled ? '' : ` — ${e.id}`}`}
          </option>
        ))}
      </select>
    </label>
  );
}
