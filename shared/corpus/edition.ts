import type { LanguageCode } from '../grammar/resolutionLanguage';

/** One resolution of an edition, as listed in its manifest. */
export interface EditionEntry {
  number: string;
  title: string;
  /** Its text file in the edition's folder. */
  file: string;
}

/**
 * The manifest of a baseline edition (`resources/baseline/<id>/edition.json`): the conference
 * whose adopted texts it holds, the language they are written in, and its resolutions. Further
 * editions (a user-supplied newer baseline, in any of the six languages) have the same form,
 * checked by `EditionManifestSchema` (`editionSchema.ts`). `language` is optional: manifests
 * written before it was recorded are English.
 */
export interface EditionManifest {
  schema: 1;
  id: string;
  conference: string;
  shortName: string;
  place: string;
  year: number;
  language?: LanguageCode;
  resolutions: EditionEntry[];
}

/** The language of an edition's texts (English for a manifest that does not say). */
export function editionLanguage(manifest: Pick<EditionManifest, 'language'>): LanguageCode {
  return manifest.language ?? 'en';
}


/** A reference to one baseline resolution: edition id and resolution number. */
export interface BaselineRef {
  edition: string;
  number: string;
}

/** The summary a host lists for each bundled resolution. */
export interface ResolutionSummary {
  edition: string;
  number: string;
  title: string;
}

/** What a host lists for each edition (bundled or imported). */
export interface EditionSummary {
  id: string;
  conference: string;
  shortName: string;
  place: string;
  year: number;
  /** How many resolutions it holds. */
  resolutions: number;
  /** The language its texts are written in. */
  language: LanguageCode;
  /** Shipped with the app (true) or imported by the user (false). */
  bundled: boolean;
}
