import { z } from 'zod';

/** One resolution of an edition, as listed in its manifest. */
export const EditionEntrySchema = z.object({
  number: z.string().regex(/^[0-9]+$/),
  title: z.string().min(1),
  file: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/),
});

/**
 * The manifest of a baseline edition (`resources/baseline/<id>/edition.json`): the conference
 * whose adopted texts it holds, and its resolutions. Further editions (a user-supplied newer
 * baseline) use the same schema.
 */
export const EditionManifestSchema = z.object({
  schema: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  conference: z.string().min(1),
  shortName: z.string().min(1),
  place: z.string().min(1),
  year: z.number().int().min(1900).max(2200),
  resolutions: z.array(EditionEntrySchema).min(1),
});

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
  /** Shipped with the app (true) or imported by the user (false). */
  bundled: boolean;
}
