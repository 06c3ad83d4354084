import { existsSync, readdirSync } from 'node:fs';
import { readInputBytesSync } from './inputFile';
import { join } from 'node:path';
import { editionLanguage, type EditionManifest, type EditionSummary, type ResolutionSummary } from '../../shared/corpus/edition';
import { EditionManifestSchema } from '../../shared/corpus/editionSchema';
import { bundledBaselineDir, DEFAULT_EDITION } from './bundledEditions';

export { bundledBaselineDir, DEFAULT_EDITION } from './bundledEditions';
import { fromText } from '../../shared/text/fromText';
import type { Resolution } from '../../shared/model/resolution';
import { userEditionsDir } from './editionsFolder';
import { EDITION_ID_EXPECTED, isEditionId } from '../../shared/grammar/editionId';

/** Thrown when a resolution number is not in an edition. */
export class UnknownResolutionError extends Error {
  constructor(readonly edition: string, readonly number: string, known: string[]) {
    super(`Resolution ${number} is not in the ${edition} baseline; it holds: ${known.join(', ')}`);
    this.name = 'UnknownResolutionError';
  }
}

/** Where a {@link Corpus} finds editions, and which one it uses when none is named. */
export interface CorpusOptions {
  /** The folder of imported editions, or a function giving it (called only when needed). */
  userEditions?: string | (() => string);
  /** The edition used when a call names none (default {@link DEFAULT_EDITION}). */
  edition?: string;
}

/** Thrown when an edition id names neither a bundled nor an imported edition. */
export class UnknownEditionError extends Error {
  constructor(readonly edition: string, known: string[]) {
    super(`unknown baseline edition "${edition}"; editions: ${known.join(', ')} (import one with "resdraft edition import")`);
    this.name = 'UnknownEditionError';
  }
}

/** The most an edition's file may hold (a resolution is a few kilobytes). */
const MAX_EDITION_FILE_BYTES = 4 * 1024 * 1024;

/**
 * A file of an edition (its manifest or a resolution), read by the guarded rule: an edition folder
 * in the data folder is the user's, and a FIFO or device there must not hang or flood the host.
 */
function editionFile(path: string): string {
  return Buffer.from(readInputBytesSync(path, { maxBytes: MAX_EDITION_FILE_BYTES, what: 'a file of an edition' }).bytes).toString('utf8');
}

/**
 * The baseline corpus: editions of adopted texts, each with a manifest. Texts are read lazily
 * and cached; the bundled editions live in `resources/baseline/<edition>/`, the ones a user
 * imported in the user's data folder (see `editionsFolder.ts`). A bundled id always wins.
 */
export class Corpus {
  private readonly manifests = new Map<string, { manifest: EditionManifest; dir: string }>();
  private readonly texts = new Map<string, string>();
  private userDir: string | undefined;
  /** The edition used when a call names none. */
  readonly defaultEdition: string;

  constructor(
    private readonly baselineDir: string = bundledBaselineDir(),
    private readonly options: CorpusOptions = {},
  ) {
    this.defaultEdition = options.edition ?? DEFAULT_EDITION;
  }

  /** The same corpus with another default edition (shares nothing mutable). */
  withEdition(edition: string): Corpus {
    return new Corpus(this.baselineDir, { ...this.options, edition });
  }

  private userEditionsDir(): string {
    if (this.userDir === undefined) {
      const u = this.options.userEditions ?? (() => userEditionsDir());
      this.userDir = typeof u === 'string' ? u : u();
    }
    return this.userDir;
  }

  private load(edition: string): { manifest: EditionManifest; dir: string } {
    let hit = this.manifests.get(edition);
    if (!hit) {
      if (!isEditionId(edition)) throw new Error(`invalid edition id "${edition}"; expected ${EDITION_ID_EXPECTED}`);
      let dir = join(this.baselineDir, edition);
      if (!existsSync(join(dir, 'edition.json'))) dir = join(this.userEditionsDir(), edition);
      const file = join(dir, 'edition.json');
      if (!existsSync(file)) throw new UnknownEditionError(edition, this.editions().map((e) => e.id));
      hit = { manifest: EditionManifestSchema.parse(JSON.parse(editionFile(file))), dir };
      this.manifests.set(edition, hit);
    }
    return hit;
  }

  /** The manifest of an edition (validated). */
  manifest(edition: string = this.defaultEdition): EditionManifest {
    return this.load(edition).manifest;
  }

  /** Every edition: the bundled ones first, then the imported ones, each sorted by id. */
  editions(): EditionSummary[] {
    const out: EditionSummary[] = [];
    const scan = (dir: string, bundled: boolean): void => {
      if (!existsSync(dir)) return;
      for (const id of readdirSync(dir).sort()) {
        if (!isEditionId(id) || out.some((e) => e.id === id)) continue;
        const file = join(dir, id, 'edition.json');
        if (!existsSync(file)) continue;
        let parsed;
        try {
          parsed = EditionManifestSchema.safeParse(JSON.parse(editionFile(file)));
        } catch {
          continue; // an edition whose manifest cannot be read is not listed
        }
        if (!parsed.success) continue;
        const m = parsed.data;
        out.push({ id, conference: m.conference, shortName: m.shortName, place: m.place, year: m.year, resolutions: m.resolutions.length, language: editionLanguage(m), bundled });
      }
    };
    scan(this.baselineDir, true);
    scan(this.userEditionsDir(), false);
    return out;
  }

  /** The number and title of each resolution in an edition. */
  list(edition: string = this.defaultEdition): ResolutionSummary[] {
    return this.manifest(edition).resolutions.map((r) => ({ edition, number: r.number, title: r.title }));
  }

  /** Whether an edition holds resolution `number`. */
  has(number: string, edition: string = this.defaultEdition): boolean {
    return this.manifest(edition).resolutions.some((r) => r.number === number);
  }

  /** The adopted text of a resolution, byte for byte as bundled. */
  text(number: string, edition: string = this.defaultEdition): string {
    const key = `${edition}/${number}`;
    let t = this.texts.get(key);
    if (t === undefined) {
      const { manifest: m, dir } = this.load(edition);
      const entry = m.resolutions.find((r) => r.number === number);
      if (!entry) throw new UnknownResolutionError(edition, number, m.resolutions.map((r) => r.number));
      t = editionFile(join(dir, entry.file));
      this.texts.set(key, t);
    }
    return t;
  }

  /** The adopted text of a resolution, parsed. */
  resolution(number: string, edition: string = this.defaultEdition): Resolution {
    return fromText(this.text(number, edition));
  }
}
