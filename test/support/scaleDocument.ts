/**
 * A data folder holding a long text for the browser host (the scale benchmark and the editor's
 * property test at 16 ×): an imported edition `scale-<N>` whose Resolution 34 is the N × text of
 * `longResolution.ts`, and a contribution file `scale-<N>.resdraft` proposing its draft (one word
 * edited every ~23 lines). Open it in the page with the Open panel, then Resolution 34.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeContributionFile } from '../../main/services/contributionFile';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { longResolution, scaleDraft } from './longResolution';

/** What {@link writeScaleDocument} wrote. */
export interface ScaleDocument {
  /** The edition id (`scale-16`). */
  edition: string;
  /** The contribution file's stem (`scale-16`), as the Open panel lists it. */
  stem: string;
  baseline: Resolution;
  draft: Resolution;
}

/**
 * Writes the N × edition into `<dataDir>/.state/editions/` and its contribution into `dataDir`
 * (`scale-<N><suffix>.resdraft`), proposing `draftOf(baseline)` (by default one word edited every ~23 lines).
 */
export function writeScaleDocument(dataDir: string, scale: number, draftOf: (baseline: Resolution) => Resolution = scaleDraft, suffix = ''): ScaleDocument {
  const edition = `scale-${scale}`;
  const baseline = longResolution(scale);
  const draft = draftOf(baseline);
  const dir = join(dataDir, '.state', 'editions', edition);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'res-34.txt'), toText(baseline));
  const manifest = {
    schema: 1,
    id: edition,
    conference: 'World Telecommunication Development Conference',
    shortName: `WTDC-22 × ${scale}`,
    place: 'Kigali',
    year: 2022,
    resolutions: [{ number: '34', title: baseline.title, file: 'res-34.txt' }],
  };
  writeFileSync(join(dir, 'edition.json'), JSON.stringify(manifest, null, 1));
  const c = newContribution(2025);
  c.proposals = [{ id: `scale-${scale}`, baseline: { edition, number: '34' }, symbol: 'auto', draft, reasons: '' }];
  const stem = `${edition}${suffix ? `-${suffix}` : ''}`;
  writeContributionFile(join(dataDir, `${stem}.resdraft`), c);
  return { edition, stem, baseline, draft };
}
