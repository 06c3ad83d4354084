/**
 * WTDCs follow a four-year cycle (Dubai 2014, Buenos Aires 2017, Kigali 2022 for the cycle's
 * 2021, Baku 2025). A year is a cycle year when it is {@link CYCLE_ANCHOR} plus a multiple of
 * {@link CYCLE_YEARS}; a postponed conference (Kigali, 2022) keeps the cycle.
 */
export const CYCLE_ANCHOR = 2025;
/** Years between two WTDCs. */
export const CYCLE_YEARS = 4;

/**
 * The year of the next WTDC a delegate drafts for: the first cycle year after the edition being
 * revised that has not yet passed (`now`'s year counts as not passed).
 */
export function nextConferenceYear(editionYear: number, now: Date = new Date()): number {
  const from = Math.max(editionYear + 1, now.getFullYear());
  const offset = (((from - CYCLE_ANCHOR) % CYCLE_YEARS) + CYCLE_YEARS) % CYCLE_YEARS;
  return offset === 0 ? from : from + (CYCLE_YEARS - offset);
}
