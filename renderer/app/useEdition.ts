import { useEffect, useState } from 'react';
import type { EditionSummary } from '../../shared/corpus/edition';
import type { OpenDocument } from '../../shared/host/hostApi';
import type { Proposal } from '../../shared/contribution/schema';

/** The edition the app opens with when a contribution names none. */
export const DEFAULT_EDITION_ID = 'kigali-2022';

/**
 * The baseline editions the host offers and the one this contribution drafts against: the edition
 * its proposals name when it is opened, else the default; the delegate may choose another, and
 * new proposals name it.
 */
export function useEdition(host: { listEditions(): Promise<EditionSummary[]> }, doc: OpenDocument | null, proposals: Proposal[]) {
  const [editions, setEditions] = useState<EditionSummary[]>([]);
  const [edition, setEdition] = useState(DEFAULT_EDITION_ID);
  useEffect(() => {
    host.listEditions().then(setEditions, () => setEditions([]));
  }, [host]);
  const docId = doc?.docId;
  const named = proposals.find((p) => p.baseline !== null)?.baseline?.edition;
  useEffect(() => {
    setEdition(named ?? DEFAULT_EDITION_ID);
    // only when another document is opened: a choice made in this one is kept
  }, [docId]);
  return { editions, edition, setEdition };
}
