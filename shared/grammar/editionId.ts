/**
 * The edition-id grammar: an edition of adopted texts is named by lower-case letters, digits and
 * `-` (`kigali-2022`, `baku-2025`, `kigali-2022-fr`), at most 64 characters, starting with a letter
 * or digit. Manifests, contribution files, the CLI's `--edition`, the host's arguments and the
 * folders of imported editions all check ids with this one pattern.
 */

/** A whole edition id (no `g` flag, so it is safe to share and to hand to zod's `.regex`). */
export const EDITION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What an edition id looks like, for messages. */
export const EDITION_ID_EXPECTED = 'lower-case letters, digits and "-", e.g. baku-2025';

/** Whether `id` is a well-formed edition id. */
export function isEditionId(id: string): boolean {
  return EDITION_ID_PATTERN.test(id);
}
