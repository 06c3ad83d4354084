import { z } from 'zod';
import type { RebaseConflict } from '../engine/rebase';

/** The kinds of a resolution's lines (`RowKind` of the engine). */
const RowKindSchema = z.enum(['numberLine', 'title', 'conferenceLine', 'call', 'paragraph', 'item', 'footnote']);

/**
 * One place where the newer edition and the delegate changed the same words differently
 * (`RebaseConflict` of `shared/engine/rebase.ts`), kept until the delegate decides it.
 */
export const CarriedConflictSchema = z.object({
  kind: RowKindSchema,
  /** 0-based line of the draft's text layout when it was carried (the delegate's wording, or where a line the delegate deleted stood). */
  line: z.number().int().min(0),
  label: z.string().optional(),
  /** The phrase of the call the line stands under (body lines only). */
  call: z.string().optional(),
  /** The older edition's text; null when the line was not there. */
  old: z.string().nullable(),
  /** The newer edition's text; null when the edition deleted it. */
  edition: z.string().nullable(),
  /** The delegate's text; null when the delegate deleted it. */
  delegate: z.string().nullable(),
});

/**
 * A proposal carried onto a newer edition (`Carry onto …` in the app): the edition it was drafted on,
 * and the conflicts still to decide (the delegate's wording stands in the draft meanwhile).
 */
export const CarriedSchema = z.object({
  from: z.object({ edition: z.string(), number: z.string() }),
  conflicts: z.array(CarriedConflictSchema),
});

/** One conflict kept on a carried proposal. */
export type CarriedConflict = z.infer<typeof CarriedConflictSchema>;
/** A proposal's record of being carried onto a newer edition. */
export type Carried = z.infer<typeof CarriedSchema>;

/** The engine's conflicts as the proposal keeps them (the same fields; absent ones left out). */
export function carriedConflicts(conflicts: readonly RebaseConflict[]): CarriedConflict[] {
  return conflicts.map((c) => ({
    kind: c.kind,
    line: c.line,
    ...(c.label !== undefined ? { label: c.label } : {}),
    ...(c.call !== undefined ? { call: c.call } : {}),
    old: c.old,
    edition: c.edition,
    delegate: c.delegate,
  }));
}
