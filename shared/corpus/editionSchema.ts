import { z } from 'zod';
import { EDITION_ID_PATTERN } from '../grammar/editionId';
import { LANGUAGE_CODES } from '../grammar/resolutionLanguage';
import type { EditionEntry, EditionManifest } from './edition';

/** One resolution of an edition, as listed in its manifest. */
export const EditionEntrySchema: z.ZodType<EditionEntry> = z.object({
  number: z.string().regex(/^[0-9]+$/),
  title: z.string().min(1),
  file: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/),
});

/**
 * The check of an edition's manifest ({@link EditionManifest}): an imported edition's is checked
 * each time it is read; the bundled editions' are part of the program, checked by its tests.
 */
export const EditionManifestSchema: z.ZodType<EditionManifest> = z.object({
  schema: z.literal(1),
  id: z.string().regex(EDITION_ID_PATTERN),
  conference: z.string().min(1),
  shortName: z.string().min(1),
  place: z.string().min(1),
  year: z.number().int().min(1900).max(2200),
  language: z.enum(LANGUAGE_CODES).optional(),
  resolutions: z.array(EditionEntrySchema).min(1),
});

