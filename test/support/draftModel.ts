import type { Resolution } from '../../shared/model/resolution';
import { readV1Draft } from '../../shared/contribution/readV1Draft';

/**
 * A proposal draft (the stored model) from a text in the resolution layout, as tests write them.
 * Unfinished or broken text is kept as the first release read it (see `readV1Draft`).
 */
export function draftModel(text: string): Resolution {
  return readV1Draft(text);
}
