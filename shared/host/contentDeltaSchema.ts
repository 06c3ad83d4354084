import { z } from 'zod';
import { CallSchema, FootnoteSchema } from '../contribution/draftSchema';
import { ContributionSettingsSchema, ProposalSchema } from '../contribution/schema';
import type { ContentDelta } from './contentDelta';

const index = z.number().int().min(0);

/** Schema of a {@link ContentDelta}: what a host checks before it takes an autosave's change, and reads back from its journal. */
export const ContentDeltaSchema: z.ZodType<ContentDelta> = z.strictObject({
  settings: ContributionSettingsSchema.optional(),
  order: z.array(z.string().min(1)).optional(),
  proposals: z.array(ProposalSchema).optional(),
  drafts: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        patch: z.strictObject({
          numberLine: z.string().optional(),
          title: z.string().optional(),
          conferenceLine: z.string().optional(),
          calls: z.strictObject({ at: index, remove: index, insert: z.array(CallSchema) }).optional(),
          footnotes: z.array(FootnoteSchema).optional(),
        }),
      }),
    )
    .optional(),
});
