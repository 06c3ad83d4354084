import type { ContributionContent, ContributionSettings, Proposal } from '../contribution/schema';
import type { Block, Call, Footnote, Item, List, Resolution } from '../model/resolution';

/**
 * A draft's change as an autosave sends it: the head lines that changed, one stretch of calls
 * replaced (`calls[at, at + remove)` by `insert`), and the footnotes when they changed (all of them).
 */
export interface DraftPatch {
  numberLine?: string;
  title?: string;
  conferenceLine?: string;
  calls?: { at: number; remove: number; insert: Call[] };
  footnotes?: Footnote[];
}

/**
 * What changed in a contribution's content since a state the host holds (see
 * `HostApi.patchContribution`): what a window sends and the host journals instead of the whole
 * content. A proposal whose draft alone changed is sent as the draft's patch; one that changed
 * otherwise (or is new) whole.
 */
export interface ContentDelta {
  /** The settings, when they changed. */
  settings?: ContributionSettings;
  /** Every proposal's id in order, when proposals were added, removed or reordered (a proposal not named is gone). */
  order?: string[];
  /** Proposals added, or changed other than in their draft alone: whole. */
  proposals?: Proposal[];
  /** Proposals whose draft alone changed: the patch of each. */
  drafts?: { id: string; patch: DraftPatch }[];
}

function sameList(a: List, b: List): boolean {
  return a === b || (a.kind === b.kind && a.items.length === b.items.length && a.items.every((it, i) => sameItem(it, b.items[i])));
}

function sameItem(a: Item, b: Item): boolean {
  return a === b || (a.text === b.text && (a.sublist === undefined ? b.sublist === undefined : b.sublist !== undefined && sameList(a.sublist, b.sublist)));
}

function sameBlock(a: Block, b: Block): boolean {
  if (a === b) return true;
  if (a.type === 'paragraph') return b.type === 'paragraph' && a.text === b.text;
  return b.type !== 'paragraph' && sameList(a, b);
}

/** Whether two calls hold the same (compared by what they hold: an editor makes new objects on every change). */
function sameCall(a: Call, b: Call): boolean {
  return a === b || (a.phrase === b.phrase && a.blocks.length === b.blocks.length && a.blocks.every((bl, i) => sameBlock(bl, b.blocks[i])));
}

function sameFootnotes(a: Footnote[], b: Footnote[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => f.id === b[i].id && f.text === b[i].text));
}

/** The patch that turns draft `before` into `after`, or null when they hold the same. */
export function draftPatch(before: Resolution, after: Resolution): DraftPatch | null {
  const patch: DraftPatch = {};
  if (before.numberLine !== after.numberLine) patch.numberLine = after.numberLine;
  if (before.title !== after.title) patch.title = after.title;
  if (before.conferenceLine !== after.conferenceLine) patch.conferenceLine = after.conferenceLine;
  const a = before.calls;
  const b = after.calls;
  let head = 0;
  while (head < a.length && head < b.length && sameCall(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameCall(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  if (head < a.length - tail || head < b.length - tail) patch.calls = { at: head, remove: a.length - tail - head, insert: b.slice(head, b.length - tail) };
  if (!sameFootnotes(before.footnotes, after.footnotes)) patch.footnotes = after.footnotes;
  return Object.keys(patch).length ? patch : null;
}

/** The draft a patch makes of `draft` (a new object; `draft` is not changed). Throws when the patch does not fit it. */
export function patchedDraft(draft: Resolution, patch: DraftPatch): Resolution {
  const next: Resolution = { ...draft };
  if (patch.numberLine !== undefined) next.numberLine = patch.numberLine;
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.conferenceLine !== undefined) next.conferenceLine = patch.conferenceLine;
  if (patch.calls) {
    const { at, remove, insert } = patch.calls;
    if (at < 0 || remove < 0 || at + remove > draft.calls.length) throw new Error(`the change of calls ${at + 1} to ${at + remove} does not fit a draft of ${draft.calls.length} calls`);
    next.calls = [...draft.calls.slice(0, at), ...insert, ...draft.calls.slice(at + remove)];
  }
  if (patch.footnotes) next.footnotes = patch.footnotes;
  return next;
}

const PROPOSAL_KEYS_BUT_DRAFT = (p: Proposal): string[] => Object.keys(p).filter((k) => k !== 'draft');

/** Whether two proposals differ only in their draft (every other field the same value). */
function onlyDraftDiffers(a: Proposal, b: Proposal): boolean {
  const ka = PROPOSAL_KEYS_BUT_DRAFT(a);
  const kb = PROPOSAL_KEYS_BUT_DRAFT(b);
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/**
 * What changed from `before` to `after` (the content a window last sent, the content it holds now),
 * or null when nothing did. Compares by identity first, then by what drafts hold, so it is cheap
 * for contents that share what did not change (the renderer store's do).
 */
export function contentDelta(before: ContributionContent, after: ContributionContent): ContentDelta | null {
  const delta: ContentDelta = {};
  if (before.settings !== after.settings && JSON.stringify(before.settings) !== JSON.stringify(after.settings)) delta.settings = after.settings;
  const old = new Map(before.proposals.map((p) => [p.id, p]));
  if (before.proposals.length !== after.proposals.length || after.proposals.some((p, i) => before.proposals[i].id !== p.id)) delta.order = after.proposals.map((p) => p.id);
  for (const p of after.proposals) {
    const was = old.get(p.id);
    if (was === p) continue;
    if (was && onlyDraftDiffers(was, p)) {
      const patch = draftPatch(was.draft, p.draft);
      if (patch) (delta.drafts ??= []).push({ id: p.id, patch });
    } else (delta.proposals ??= []).push(p);
  }
  return Object.keys(delta).length ? delta : null;
}

/**
 * The content after a delta (a new object sharing what did not change). Throws, in words, when the
 * delta does not fit the content (a draft patch for a proposal it has not, an order that names
 * proposals it has not): the host then refuses the write and the window sends the whole content.
 */
export function applyContentDelta(content: ContributionContent, delta: ContentDelta): ContributionContent {
  const byId = new Map(content.proposals.map((p) => [p.id, p]));
  for (const p of delta.proposals ?? []) byId.set(p.id, p);
  for (const { id, patch } of delta.drafts ?? []) {
    const p = byId.get(id);
    if (!p) throw new Error(`The autosave changes a proposal the document does not hold (${id}).`);
    try {
      byId.set(id, { ...p, draft: patchedDraft(p.draft, patch) });
    } catch (e) {
      throw new Error(`The autosave does not fit the draft of proposal ${id}: ${e instanceof Error ? e.message : String(e)}.`, { cause: e });
    }
  }
  const order = delta.order ?? content.proposals.map((p) => p.id);
  const proposals = order.map((id) => {
    const p = byId.get(id);
    if (!p) throw new Error(`The autosave names a proposal the document does not hold (${id}).`);
    return p;
  });
  if (new Set(order).size !== order.length) throw new Error('The autosave names a proposal twice.');
  return { settings: delta.settings ?? content.settings, proposals };
}
