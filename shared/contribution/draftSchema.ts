import { z } from 'zod';
import type { Block, Call, Footnote, Item, List, Paragraph, Resolution } from '../model/resolution';

/** The list kinds of the resolution model, as stored. */
export const ListKindSchema = z.enum(['alpha', 'numeric', 'numericParen', 'roman', 'dash', 'abjad']);

/** A labelled item as stored: any text (empty while unwritten), an optional sub-list, `bis` when inserted without renumbering. */
export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z
    .object({ text: z.string(), sublist: ListSchema.optional(), bis: z.literal(true).optional() })
    .transform((i): Item => ({ text: i.text, ...(i.sublist ? { sublist: i.sublist } : {}), ...(i.bis ? { bis: true as const } : {}) })),
);

/** A list as stored; an empty list is allowed (the editor can reach it only transiently, but nothing is dropped). */
export const ListSchema: z.ZodType<List> = z.lazy(() => z.object({ type: z.literal('list'), kind: ListKindSchema, items: z.array(ItemSchema) }));

/** An unlabelled paragraph as stored: any text, with or without end punctuation. */
export const ParagraphSchema: z.ZodType<Paragraph> = z.object({ type: z.literal('paragraph'), text: z.string() });

/** A block of a call. */
export const BlockSchema: z.ZodType<Block> = z.union([ParagraphSchema, ListSchema]);

/** A call as stored: the phrase (possibly empty) and its blocks (possibly none). */
export const CallSchema: z.ZodType<Call> = z.object({ phrase: z.string(), blocks: z.array(BlockSchema) });

/** A footnote body as stored. */
export const FootnoteSchema: z.ZodType<Footnote> = z.object({ id: z.number().int().min(0), text: z.string() });

/**
 * A draft as stored in a contribution (schema version 2): the resolution model itself, so every
 * state the editor can reach (empty items and calls, a paragraph without end punctuation) reads
 * back exactly as it was. The text layout is derived from it only for the CLI and exports.
 */
export const DraftSchema: z.ZodType<Resolution> = z.object({
  numberLine: z.string(),
  title: z.string(),
  conferenceLine: z.string(),
  calls: z.array(CallSchema),
  footnotes: z.array(FootnoteSchema),
});
