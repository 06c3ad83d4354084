import * as Y from 'yjs';

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

/** The client ids of the live (not deleted) Yjs items that make up a line: the line itself, its text runs, its footnote references. */
function lineClients(line: Y.XmlElement | Y.XmlText): number[] {
  const out: number[] = [];
  const own = line._item;
  if (own) out.push(own.id.client);
  const runs = line instanceof Y.XmlText ? [line] : line.toArray();
  for (const run of runs) {
    if (!(run instanceof Y.XmlText)) {
      if (run instanceof Y.XmlElement && run._item) out.push(run._item.id.client);
      continue;
    }
    for (let item = run._start; item !== null; item = item.right) if (!item.deleted) out.push(item.id.client);
  }
  return out;
}

/**
 * Who wrote a line of the shared draft (`index`: its place in the draft's fragment, the editor's
 * block index): the names recorded for the clients whose live items make it up, in the order they
 * first appear in it. The text a room started with was written by no participant, so a line no one
 * touched has none.
 */
export function lineAuthors(doc: Y.Doc, fragment: Y.XmlFragment, index: number): string[] {
  const line = fragment.get(index);
  if (!(line instanceof Y.XmlElement || line instanceof Y.XmlText)) return [];
  const names: string[] = [];
  for (const client of lineClients(line)) {
    const name = participantName(doc, client);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}
