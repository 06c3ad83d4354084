import type { Resolution } from '../model/resolution';
import { draftLayoutText, DraftLayoutError } from './draftLayout';
import type { Proposal } from './schema';

/**
 * The one way to read a proposal's draft. The stored draft is the resolution model exactly as the
 * editor left it, unfinished parts included: views and the editor take it as it is.
 */
export function draftOf(p: Pick<Proposal, 'draft'>): Resolution {
  return p.draft;
}

/** The proposal with `draft` as its draft (a new object; `p` is not changed). */
export function withDraft<P extends Pick<Proposal, 'draft'>>(p: P, draft: Resolution): P {
  return { ...p, draft };
}

/**
 * The draft as a finished resolution, ready for the text layout, the engine's export and the CLI.
 * Throws {@link DraftLayoutError} naming the unfinished part, prefixed with `where` (e.g.
 * `proposal 2 (Resolution 34)`) when given.
 */
export function finishedDraftOf(p: Pick<Proposal, 'draft'>, where?: string): Resolution {
  draftTextOf(p, where);
  return p.draft;
}

/** The draft in the resolution text layout; throws {@link DraftLayoutError} as {@link finishedDraftOf}. */
export function draftTextOf(p: Pick<Proposal, 'draft'>, where?: string): string {
  try {
    return draftLayoutText(p.draft);
  } catch (e) {
    if (e instanceof DraftLayoutError && where) throw new DraftLayoutError(`${where}: ${e.place}`, e.problem);
    throw e;
  }
}

export { DraftLayoutError };
