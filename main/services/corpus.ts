import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EditionManifestSchema, type EditionManifest, type ResolutionSummary } from '../../shared/corpus/edition';
import { fromText } from '../../shared/text/fromText';
import type { Resolution } from '../../shared/model/resolution';

/** The edition the app opens by default. */
export const DEFAULT_EDITION = 'kigali-2022';

/** Thrown when a resolution number is not in an edition. */
export class UnknownResolutionError extends Error {
  constructor(readonly edition: string, readonly number: string, known: string[]) {
    super(`Resolution ${number} is not in the ${edition} baseline; bundled: ${known.join(', ')}`);
    this.name = 'UnknownResolutionError';
  }
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
 * The baseline corpus: editions of adopted texts, each with a manifest. Texts are read lazily
 * and cached; the bundled editions live in `resources/baseline/<edition>/`.
 */
export class Corpus {
  private readonly manifests = new Map<string, EditionManifest>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly baselineDir: string = join(findResourcesDir(), 'baseline')) {}

  /** The manifest of an edition (validated). */
  manifest(edition: string = DEFAULT_EDITION): EditionManifest {
    let m = this.manifests.get(edition);
    if (!m) {
      if (!/^[a-z0-9-]+$/.test(edition)) throw new Error(`invalid edition id "${edition}"`);
      const file = join(this.baselineDir, edition, 'edition.json');
      if (!existsSync(file)) throw new Error(`unknown baseline edition "${edition}"`);
      m = EditionManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      this.manifests.set(edition, m);
    }
    return m;
  }

  /** The number and title of each resolution in an edition. */
  list(edition: string = DEFAULT_EDITION): ResolutionSummary[] {
    return this.manifest(edition).resolutions.map((r) => ({ edition, number: r.number, title: r.title }));
  }

  /** Whether an edition holds resolution `number`. */
  has(number: string, edition: string = DEFAULT_EDITION): boolean {
    return this.manifest(edition).resolutions.some((r) => r.number === number);
  }

  /** The adopted text of a resolution, byte for byte as bundled. */
  text(number: string, edition: string = DEFAULT_EDITION): string {
    const key = `${edition}/${number}`;
    let t = this.texts.get(key);
    if (t === undefined) {
      const m = this.manifest(edition);
      const entry = m.resolutions.find((r) => r.number === number);
      if (!entry) throw new UnknownResolutionError(edition, number, m.resolutions.map((r) => r.number));
      t = readFileSync(join(this.baselineDir, edition, entry.file), 'utf8');
      this.texts.set(key, t);
    }
    return t;
  }

  /** The adopted text of a resolution, parsed. */
  resolution(number: string, edition: string = DEFAULT_EDITION): Resolution {
    return fromText(this.text(number, edition));
  }
}
