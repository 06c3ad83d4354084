import { z } from 'zod';
import { BaselineRefSchema, CONTRIBUTION_FORMAT, ContributionSettingsSchema, SymbolChoiceSchema } from './schema';

/** A proposal as schema version 1 stored it: the draft in the resolution text layout. */
export const ProposalV1Schema = z
  .object({ id: z.string().min(1), baseline: BaselineRefSchema.nullable(), symbol: SymbolChoiceSchema, draft: z.string(), reasons: z.string() })
  .refine((p) => p.baseline !== null || p.symbol === 'auto' || p.symbol === 'ADD', {
    message: 'a proposal without a baseline resolution can only be ADD (or auto)',
    path: ['symbol'],
  });

/** A version as schema version 1 stored it: a full copy of the proposals, no kind. */
export const ContributionVersionV1Schema = z.object({
  id: z.string().min(1),
  name: z.string(),
  time: z.iso.datetime({ offset: true }),
  author: z.string(),
  proposals: z.array(ProposalV1Schema),
});

/** A whole contribution file of schema version 1 (the first release). Read only, never written. */
export const ContributionV1Schema = z.object({
  format: z.literal(CONTRIBUTION_FORMAT),
  schemaVersion: z.literal(1),
  settings: ContributionSettingsSchema,
  proposals: z.array(ProposalV1Schema),
  versions: z.array(ContributionVersionV1Schema),
});

/** A schema version 1 contribution. */
export type ContributionV1 = z.infer<typeof ContributionV1Schema>;
