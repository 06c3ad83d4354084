/**
 * Operative calls decide or ask (`resolves`, `instructs …`, `invites …`); every other call is
 * preambular (`considering`, `recognizing further`, `having regard to`, …).
 */
const OPERATIVE_VERBS = /^(further\s+)?(resolves|resolve|decides|instructs|invites|requests|encourages|calls\s+upon|urges|appeals|asks|charges|endorses|approves|adopts|entrusts|commits)\b/i;

/** Whether a call's phrase opens the operative part of a resolution. */
export function isOperativeCall(phrase: string): boolean {
  return OPERATIVE_VERBS.test(phrase.trim());
}
