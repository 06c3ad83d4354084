import { z } from 'zod';

/** A source of a common proposal: who proposed (cover source or file name) and its proposal number (`''` when none). */
export const ProvenanceSourceSchema = z.object({
  name: z.string(),
  proposal: z.string(),
});

/** One change adopted into a common proposal, and where it came from. */
export const AdoptedChangeSchema = z.object({
  /** The 0-based baseline line (text layout) the change is on; absent for a line the change inserts. */
  baselineLine: z.number().int().min(0).optional(),
  /** For an inserted line: the 0-based baseline line it follows. */
  after: z.number().int().min(0).optional(),
  /** The 0-based line of the merged draft (text layout) as merged; absent when the change leaves the line out. */
  line: z.number().int().min(0).optional(),
  /** That line as merged (without its label); absent when the change leaves the line out. */
  text: z.string().optional(),
  /** How it was taken: a source's row, word runs combined from sources, or the coordinator's own wording. */
  how: z.enum(['source', 'words', 'edit']),
  /** Every source proposing exactly what was taken; empty for the coordinator's wording. */
  sources: z.array(ProvenanceSourceSchema),
  /** For word runs taken (`how: 'words'`): each run in line order, with the sources proposing it. */
  runs: z.array(z.object({ deleted: z.string(), inserted: z.string(), sources: z.array(ProvenanceSourceSchema) })).optional(),
});

/**
 * Where a common proposal's changes came from (schema 2, optional): recorded when the coordinator
 * adopts a merge of several sources' proposals, kept through save and reopen.
 */
export const ProvenanceSchema = z.object({
  /** Every source the synopsis compiled, in source order. */
  compiledFrom: z.array(ProvenanceSourceSchema),
  /** The adopted changes, in baseline order. */
  changes: z.array(AdoptedChangeSchema),
});

/** A source of a common proposal. */
export type ProvenanceSource = z.infer<typeof ProvenanceSourceSchema>;
/** One adopted change and its sources. */
export type AdoptedChange = z.infer<typeof AdoptedChangeSchema>;
/** Where a common proposal's changes came from. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
