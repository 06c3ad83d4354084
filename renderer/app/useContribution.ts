import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentState, HostApi, OpenDocument } from '../../shared/host/hostApi';
import type { Contribution, ContributionSettings, Proposal } from '../../shared/contribution/schema';

/** Autosave runs this long after the last edit (the host contract asks for ≤ 1 s). */
const AUTOSAVE_MS = 600;
/** …but never later than this after the first unsaved edit, so steady typing is journalled too. */
const AUTOSAVE_MAX_WAIT_MS = 1500;

/** The open contribution, kept in a ref (edits do not re-render the app) plus what the UI shows. */
export interface ContributionHandle {
  doc: OpenDocument | null;
  error: string | null;
  state: DocumentState | null;
  /** Bumped when the list of proposals or their symbols change (not on every keystroke). */
  revision: number;
  proposals(): Proposal[];
  settings(): ContributionSettings | null;
  updateSettings(settings: ContributionSettings): void;
  upsertProposal(proposal: Proposal, structural?: boolean): void;
  removeProposal(id: string): void;
  save(): Promise<void>;
  flush(): Promise<void>;
  /** Takes a document the host returned (e.g. after restoring a version) as the open one. */
  adopt(doc: OpenDocument): void;
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export { newId as newProposalId };

/** Opens the session's document (or a new one) and autosaves edits through the host. */
export function useContribution(host: HostApi): ContributionHandle {
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [state, setState] = useState<DocumentState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const contribution = useRef<Contribution | null>(null);
  const docId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const opened = (await host.restoreSession().catch(() => null)) ?? (await host.newContribution());
      if (cancelled) return;
      contribution.current = structuredClone(opened.contribution);
      docId.current = opened.docId;
      setDoc(opened);
      setState(opened);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [host]);

  const push = useCallback(async () => {
    timer.current = null;
    const c = contribution.current;
    const id = docId.current;
    if (!c || !id) return;
    try {
      setState(await host.updateContribution(id, { settings: c.settings, proposals: c.proposals }));
      setError(null);
    } catch (e) {
      setError(`Autosave failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [host]);

  const firstUnsaved = useRef<number | null>(null);
  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    const now = Date.now();
    firstUnsaved.current ??= now;
    const delay = Math.max(0, Math.min(AUTOSAVE_MS, firstUnsaved.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => {
      firstUnsaved.current = null;
      pending.current = push();
    }, delay);
  }, [push]);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      firstUnsaved.current = null;
      pending.current = push();
    }
    await pending.current;
  }, [push]);

  return {
    doc,
    error,
    state,
    revision,
    proposals: () => contribution.current?.proposals ?? [],
    settings: () => contribution.current?.settings ?? null,
    updateSettings: (settings) => {
      const c = contribution.current;
      if (!c) return;
      c.settings = settings;
      setRevision((r) => r + 1);
      schedule();
    },
    upsertProposal: (proposal, structural = false) => {
      const c = contribution.current;
      if (!c) return;
      const i = c.proposals.findIndex((p) => p.id === proposal.id);
      if (i >= 0) c.proposals[i] = proposal;
      else c.proposals.push(proposal);
      if (structural || i < 0) setRevision((r) => r + 1);
      schedule();
    },
    removeProposal: (id) => {
      const c = contribution.current;
      if (!c) return;
      c.proposals = c.proposals.filter((p) => p.id !== id);
      setRevision((r) => r + 1);
      schedule();
    },
    save: async () => {
      await flush();
      if (!docId.current) return;
      try {
        let saved: DocumentState | null;
        if (!state?.path && (await host.getAppInfo()).host === 'web') {
          // the browser host has no file dialog: ask for a name in the data folder
          const name = window.prompt('Save the contribution as (a file name in the data folder):', 'contribution');
          if (!name) return;
          saved = await host.saveContributionAs(docId.current, { path: name });
        } else {
          saved = await host.saveContribution(docId.current);
        }
        if (saved) setState(saved);
        setError(null);
      } catch (e) {
        setError(`Save failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    flush,
    adopt: (opened) => {
      contribution.current = structuredClone(opened.contribution);
      docId.current = opened.docId;
      setDoc(opened);
      setState(opened);
      setRevision((r) => r + 1);
    },
  };
}
