import type * as Y from 'yjs';

/**
 * Who wrote in a shared proposal: a `Y.Map` of the room's document from each participant's Yjs
 * client id (as a decimal string) to the name they joined with. Yjs items carry their client id,
 * so the names of the participants whose items make up a text are read through it.
 */
export const PARTICIPANTS_FIELD = 'participants';

/** Record this document's client as `name` (once per client id and name). */
export function recordParticipant(doc: Y.Doc, name: string): void {
  const names = doc.getMap<string>(PARTICIPANTS_FIELD);
  const key = String(doc.clientID);
  if (names.get(key) !== name) names.set(key, name);
}

/** The name a client id was recorded with, if any. */
export function participantName(doc: Y.Doc, clientId: number): string | undefined {
  return doc.getMap<string>(PARTICIPANTS_FIELD).get(String(clientId));
}
