import { parseConferenceLine } from '../grammar/conferenceLine';
import { draftNewId } from '../grammar/numberLine';
import { endRoleOf } from '../grammar/paragraphEnd';
import type { Resolution } from '../model/resolution';
import { bodyParts } from './resolutionParts';
import { said, type Message } from '../i18n/translate';

/**
 * The placeholders of the draft-new-resolution template (`renderer/store/skeleton.ts` builds the
 * template from them): text a delegate must replace before the draft can go out.
 */
export const TEMPLATE_PLACEHOLDERS = {
  /** The identifier in `DRAFT NEW RESOLUTION [DRAFT-1]`: `DRAFT-` and the proposal's serial. */
  idPrefix: 'DRAFT-',
  title: 'Title of the draft new resolution',
  /** The place in the conference line, `(Place, 2029)`, while the contribution has none. */
  place: 'Place',
  /** What each template item and paragraph says, before its end punctuation. */
  text: 'that …',
} as const;

/** Where a placeholder is left in a draft. */
export type PlaceholderPart = 'numberLine' | 'title' | 'conferenceLine' | 'item' | 'paragraph';

/** One placeholder left in a draft: where, and the text that is still the template's. */
export interface TemplatePlaceholder {
  part: PlaceholderPart;
  /** The placeholder as the draft reads it: `[DRAFT-1]`, `Title of the draft new resolution`, `Place`, `that …;`. */
  text: string;
  /** 0-based line in the resolution text layout. */
  line: number;
  /** The call (index in `calls`) and the item's label or `paragraph N`, for body lines. */
  call?: number;
  item?: string;
}

function isSerialPlaceholder(id: string): boolean {
  const serial = id.slice(TEMPLATE_PLACEHOLDERS.idPrefix.length);
  return id.startsWith(TEMPLATE_PLACEHOLDERS.idPrefix) && serial !== '' && [...serial].every((c) => c >= '0' && c <= '9');
}

/** Whether a body line still says only what the template says (`that …;`, `…`). */
function isPlaceholderText(text: string): boolean {
  let core = text.trim();
  while (core !== '' && endRoleOf(core[core.length - 1]) !== undefined) core = core.slice(0, -1).trimEnd();
  return core === TEMPLATE_PLACEHOLDERS.text || core === '…' || core === 'that ...' || core === '...';
}

/**
 * Every placeholder of the draft-new-resolution template still in `res`, in line order: the
 * `[DRAFT-n]` identifier, the placeholder title, `(Place, …)` in the conference line, items and
 * paragraphs that still read `that …`. Such a draft must not go out: the checks report each one as
 * an error, and the export refuses the draft naming the first.
 */
export function templatePlaceholders(res: Resolution): TemplatePlaceholder[] {
  const out: TemplatePlaceholder[] = [];
  const id = draftNewId(res.numberLine);
  if (id !== undefined && isSerialPlaceholder(id)) out.push({ part: 'numberLine', text: `[${id}]`, line: 0 });
  if (res.title.trim() === TEMPLATE_PLACEHOLDERS.title) out.push({ part: 'title', text: TEMPLATE_PLACEHOLDERS.title, line: 1 });
  if (parseConferenceLine(res.conferenceLine)?.place === TEMPLATE_PLACEHOLDERS.place) out.push({ part: 'conferenceLine', text: TEMPLATE_PLACEHOLDERS.place, line: 2 });
  for (const p of bodyParts(res).parts) {
    if (isPlaceholderText(p.text)) out.push({ part: p.kind, text: p.text.trim(), line: p.line, call: p.call, item: p.label });
  }
  return out;
}

/** A finding's sentence for a placeholder (what is left, and what to do): English and the catalog's message. */
export function placeholderMessage(p: TemplatePlaceholder): { message: string; text: Message } {
  switch (p.part) {
    case 'numberLine':
      return said('check.placeholder.numberLine', { text: p.text });
    case 'title':
      return said('check.placeholder.title', { text: p.text });
    case 'conferenceLine':
      return said('check.placeholder.conferenceLine', { text: p.text });
    case 'item':
      return said('check.placeholder.item', { text: p.text, item: p.item ?? '' });
    case 'paragraph':
      return said('check.placeholder.paragraph', { text: p.text });
  }
}
