import { z } from 'zod';
import { EDITION_ID_PATTERN } from '../grammar/editionId';
import { LANGUAGE_CODES, type LanguageCode } from '../grammar/resolutionLanguage';

/** One resolution of an edition, as listed in its manifest. */
export const EditionEntrySchema = z.object({
  number: z.string().regex(/^[0-9]+$/),
  title: z.string().min(1),
  file: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/),
});

/**
 * The manifest of a baseline edition (`resources/baseline/<id>/edition.json`): the conference
 * whose adopted texts it holds, the language they are written in, and its resolutions. Further
 * editions (a user-supplied newer baseline, in any of the six languages) use the same schema.
 * `language` is optional: manifests written before it was recorded are English.
 */
export const EditionManifestSchema = z.object({
  schema: z.literal(1),
  id: z.string().regex(EDITION_ID_PATTERN),
  conference: z.string().min(1),
  shortName: z.string().min(1),
  place: z.string().min(1),
  year: z.number().int().min(1900).max(2200),
  language: z.enum(LANGUAGE_CODES).optional(),
  resolutions: z.array(EditionEntrySchema).min(1),
});

/** The language of an edition's texts (English for a manifest that does not say). */
export function editionLanguage(manifest: Pick<EditionManifest, 'language'>): LanguageCode {
  return manifest.language ?? 'en';
}

/** A parsed edition manifest. */
export type EditionManifest = z.infer<typeof EditionManifestSchema>;
/** One entry of an edition manifest. */
export type EditionEntry = z.infer<typeof EditionEntrySchema>;

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
