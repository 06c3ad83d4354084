import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditionManifest, ResolutionSummary } from '../../shared/corpus/edition';

/** The edition the app opens by default. */
export const DEFAULT_EDITION = 'kigali-2022';

/** The folder of the bundled editions (`resources/baseline`), which no command writes into. */
export function bundledBaselineDir(): string {
  return join(findResourcesDir(), 'baseline');
}

function findResourcesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.RESDRAFT_RESOURCES,
    // packaged app: resources/ is unpacked next to app.asar
    (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
      ? join((process as NodeJS.Process & { resourcesPath?: string }).resourcesPath as string, 'resources')
      : undefined,
    resolve(here, '../../resources'),
    resolve(here, '../../../resources'),
    resolve(here, '../resources'),
  ];
  for (const c of candidates) {
    if (c && existsSync(join(c, 'baseline'))) return c;
  }
  throw new Error(`cannot find the bundled resources folder (looked in ${candidates.filter(Boolean).join(', ')})`);
}

/**
 * The resolutions of a bundled edition, from its manifest as shipped (`resolutions` of
 * `resources/baseline/<id>/edition.json`). The bundled manifests are part of the program, checked
 * by its tests (`test/unit/bundledEditions.test.ts`), so `resdraft list` reads one without loading
 * the schema library; an imported edition goes through the {@link Corpus}, which checks it.
 */
export function bundledEditionList(edition: string = DEFAULT_EDITION): ResolutionSummary[] {
  const manifest = JSON.parse(readFileSync(join(bundledBaselineDir(), edition, 'edition.json'), 'utf8')) as EditionManifest;
  return manifest.resolutions.map((r) => ({ edition, number: r.number, title: r.title }));
}
