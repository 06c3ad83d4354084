import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionManifestSchema } from '../../shared/corpus/editionSchema';
import { bundledBaselineDir, bundledEditionList } from '../../main/services/bundledEditions';
import { Corpus } from '../../main/services/corpus';

/**
 * The bundled editions are part of the program: their manifests are checked here, once, so that
 * `resdraft list` reads one as shipped without loading the schema library at every call (an
 * imported edition is checked each time it is read).
 */
describe('the bundled editions', () => {
  const ids = readdirSync(bundledBaselineDir()).filter((id) => !id.startsWith('.'));

  it('each have a manifest the edition schema accepts, naming its folder', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const manifest = EditionManifestSchema.parse(JSON.parse(readFileSync(join(bundledBaselineDir(), id, 'edition.json'), 'utf8')));
      expect(manifest.id).toBe(id);
    }
  });

  it('are listed as shipped exactly as the corpus, which checks them, lists them', () => {
    for (const id of ids) expect(bundledEditionList(id)).toEqual(new Corpus().list(id));
  });
});
