import type { ListKind } from '../model/resolution';

/**
 * The call grammar: a call's phrase opens the preambular part (`considering`, `recalling`, …) or
 * the operative part (`resolves`, `instructs …`, `invites …`) of a resolution. Operative items are
 * numbered 1, 2 …; preambular items are lettered a), b) … The checks, the editor and the toolbar
 * read calls through this module.
 */

const OPERATIVE_VERBS = /^(further\s+)?(resolves|resolve|decides|instructs|invites|requests|encourages|calls\s+upon|urges|appeals|asks|charges|endorses|approves|adopts|entrusts|commits)\b/i;

/** The standard call phrases the editor offers (free text is also accepted). */
export const STANDARD_CALL_PHRASES: readonly string[] = [
  'considering',
  'considering further',
  'recognizing',
  'recognizing further',
  'noting',
  'noting further',
  'bearing in mind',
  'recalling',
  'convinced',
  'emphasizing',
  'taking into account',
  'resolves',
  'resolves to instruct the Director of the Telecommunication Development Bureau',
  'instructs the Director of the Telecommunication Development Bureau',
  'further instructs the Director of the Telecommunication Development Bureau',
  'instructs the Secretary-General',
  'requests the Secretary-General',
  'invites Member States',
  'invites Member States and Sector Members',
  'encourages Member States',
];

/** Whether a call's phrase opens the operative part of a resolution. */
export function isOperativeCall(phrase: string): boolean {
  return OPERATIVE_VERBS.test(phrase.trim());
}

/** The list kind a call's first items take: numbered (`1`) under an operative call, lettered (`a)`) under a preambular one. */
export function listKindForCall(phrase: string): ListKind {
  return isOperativeCall(phrase) ? 'numeric' : 'alpha';
}
