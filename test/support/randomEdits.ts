/**
 * The tests' one generator of random edits (seeded: the same seed always gives the same draft),
 * in three mixes over one set of parts (`edits/`):
 * - {@link randomEdits}: a plan's share of words and counts of items inserted, deleted, moved and
 *   footnotes edited, in any of the six languages (the engine's benchmark and laws);
 * - {@link randomEditSequence}: small edits one after another as a delegate types them (the
 *   incremental engine, the editor, the autosave's change);
 * - {@link seededDraft}: the edits of a delegation's amendment, calls and footnotes added and
 *   removed, lines retargeted, always surviving the text layout (LibreOffice, the .docx, the CLI).
 */
export { rng } from './edits/seededRandom';
export { DEFAULT_PLAN, randomEdits, type EditPlan } from './edits/plannedEdits';
export { randomEditSequence, type EditStep } from './edits/editSequence';
export { allItems, seededDraft, type SeededDraft } from './edits/delegationDraft';
