import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentConflict, DocumentState, HostApi, OpenDocument } from '../../shared/host/hostApi';
import type { ContributionContent, ContributionSettings, Proposal } from '../../shared/contribution/schema';

/** Autosave runs this long after the last edit (the host contract asks for ≤ 1 s). */
const AUTOSAVE_MS = 600;
/** …but never later than this after the first unsaved edit, so steady typing is journalled too. */
const AUTOSAVE_MAX_WAIT_MS = 1500;
/** How often the window asks whether another window or program changed the document. */
const CHECK_MS = 4000;

/** The Save dialog of the browser host (which has no native file dialog). */
export interface SaveDialogState {
  /** A free name in the data folder, proposed to the user. */
  suggested: string;
  /** Set once the user picked a name that exists: asks before replacing it. */
  confirmReplace: string | null;
  folder: string;
  /** What to do once the file is saved (the delegate asked to save first, then leave). */
  after?: () => Promise<void>;
}

/** The open contribution, kept in a ref (edits do not re-render the app) plus what the UI shows. */
export interface ContributionHandle {
  doc: OpenDocument | null;
  error: string | null;
  state: DocumentState | null;
  /** Bumped when the list of proposals or their symbols change (not on every keystroke). */
  revision: number;
  /** Bumped whenever another document (or another state of it) is adopted: views remount. */
  generation: number;
  /** Set when another window or program changed the document: autosave and save stop until the user chooses. */
  conflict: DocumentConflict | null;
  saveDialog: SaveDialogState | null;
  proposals(): Proposal[];
  settings(): ContributionSettings | null;
  updateSettings(settings: ContributionSettings): void;
  upsertProposal(proposal: Proposal, structural?: boolean): void;
  removeProposal(id: string): void;
  /** Save; `after` runs once the file is saved (after the name is asked, for a contribution never saved). */
  save(after?: () => Promise<void>): Promise<void>;
  /** Save As: the native dialog (desktop) or the in-app Save dialog (browser host). */
  saveAs(): Promise<void>;
  /** The Save dialog's answer: a name (and, after the question, the confirmation to replace). */
  submitSaveName(name: string, overwrite: boolean): Promise<void>;
  cancelSave(): void;
  /** Conflict choices. */
  reloadTheirs(): Promise<void>;
  keepMineAsCopy(): Promise<void>;
  theirs(): Promise<ContributionContent>;
  mine(): ContributionContent | null;
  flush(): Promise<void>;
  /** Takes a document the host returned (e.g. after restoring a version) as the open one. */
  adopt(doc: OpenDocument): void;
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export { newId as newProposalId };

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Opens the session's document (or a new one) and autosaves edits through the host. */
export function useContribution(host: HostApi): ContributionHandle {
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [state, setState] = useState<DocumentState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [conflict, setConflict] = useState<DocumentConflict | null>(null);
  const [saveDialog, setSaveDialog] = useState<SaveDialogState | null>(null);
  const contribution = useRef<ContributionContent | null>(null);
  const docId = useRef<string | null>(null);
  /** The document revision this window's content is based on. */
  const based = useRef<number | undefined>(undefined);
  const conflicted = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Promise<void>>(Promise.resolve());
  const unsent = useRef(false);
  /** Writes of this window on their way to the host: a check meanwhile would see our own newer revision. */
  const inFlight = useRef(0);

  const take = useCallback((opened: OpenDocument) => {
    contribution.current = structuredClone(opened.contribution);
    docId.current = opened.docId;
    based.current = opened.revision;
    conflicted.current = false;
    unsent.current = false;
    setConflict(null);
    setDoc(opened);
    setState(opened);
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const opened = (await host.restoreSession().catch(() => null)) ?? (await host.newContribution());
      if (cancelled) return;
      take(opened);
    })().catch((e: unknown) => setError(messageOf(e)));
    return () => {
      cancelled = true;
    };
  }, [host, take]);

  /** After a refused write: a conflict is shown as such, anything else as an error. */
  const explain = useCallback(
    async (prefix: string, e: unknown) => {
      const id = docId.current;
      const found = id ? await host.checkDocument(id, based.current).catch(() => null) : null;
      if (found) {
        conflicted.current = true;
        setConflict(found);
        setError(null);
      } else setError(`${prefix}: ${messageOf(e)}`);
    },
    [host],
  );

  const push = useCallback(async () => {
    timer.current = null;
    const c = contribution.current;
    const id = docId.current;
    if (!c || !id || conflicted.current || !unsent.current) return;
    unsent.current = false;
    inFlight.current++;
    try {
      const next = await host.updateContribution(id, { settings: c.settings, proposals: c.proposals }, based.current);
      if (docId.current !== id) return;
      based.current = next.revision;
      setState(next);
      setError(null);
    } catch (e) {
      unsent.current = true;
      await explain('Autosave failed', e);
    } finally {
      inFlight.current--;
    }
  }, [host, explain]);

  /** Pushes run one after another, so each is based on the revision the previous one returned. */
  const enqueue = useCallback(() => {
    pending.current = pending.current.then(push, push);
    return pending.current;
  }, [push]);

  const firstUnsaved = useRef<number | null>(null);
  const schedule = useCallback(() => {
    unsent.current = true;
    if (timer.current) clearTimeout(timer.current);
    const now = Date.now();
    firstUnsaved.current ??= now;
    const delay = Math.max(0, Math.min(AUTOSAVE_MS, firstUnsaved.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => {
      firstUnsaved.current = null;
      void enqueue();
    }, delay);
  }, [enqueue]);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
      firstUnsaved.current = null;
      void enqueue();
    }
    await pending.current;
  }, [enqueue]);

  // another window or program may change the document: ask now and then, and on coming back
  useEffect(() => {
    const check = () => {
      const id = docId.current;
      const asked = based.current;
      if (!id || conflicted.current || inFlight.current > 0) return;
      host
        .checkDocument(id, asked)
        .then((found) => {
          if (found && docId.current === id && !conflicted.current && inFlight.current === 0 && based.current === asked) {
            conflicted.current = true;
            setConflict(found);
          }
        })
        .catch(() => undefined);
    };
    const every = setInterval(check, CHECK_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(every);
      window.removeEventListener('focus', check);
    };
  }, [host]);

  const isWeb = async () => (await host.getAppInfo()).host === 'web';

  const openSaveDialog = async (after?: () => Promise<void>) => {
    const info = await host.getAppInfo();
    const stem = state?.path ? state.name.replace(/\.resdraft$/i, '') : 'Contribution';
    setSaveDialog({ suggested: await host.suggestSaveName(stem), confirmReplace: null, folder: info.documentsDir, after });
  };

  const adopt = (opened: OpenDocument) => {
    take(opened);
    setRevision((r) => r + 1);
    setGeneration((g) => g + 1);
  };

  return {
    doc,
    error,
    state,
    revision,
    generation,
    conflict,
    saveDialog,
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
    save: async (after) => {
      await flush();
      const id = docId.current;
      if (!id || conflicted.current) return;
      let saved;
      try {
        if (!state?.path && (await isWeb())) return await openSaveDialog(after);
        inFlight.current++;
        saved = await host.saveContribution(id).finally(() => inFlight.current--);
        if (saved) {
          based.current = saved.revision;
          setState(saved);
        }
        setError(null);
      } catch (e) {
        await explain('Save failed', e);
        return;
      }
      if (saved && !saved.dirty) await after?.();
    },
    saveAs: async () => {
      await flush();
      const id = docId.current;
      if (!id || conflicted.current) return;
      try {
        if (await isWeb()) return await openSaveDialog();
        inFlight.current++;
        const saved = await host.saveContributionAs(id).finally(() => inFlight.current--);
        if (saved) {
          based.current = saved.revision;
          setState(saved);
        }
      } catch (e) {
        await explain('Save failed', e);
      }
    },
    submitSaveName: async (name, overwrite) => {
      const id = docId.current;
      if (!id || !saveDialog) return;
      try {
        const checked = await host.checkSaveName(name);
        if (checked.exists && !overwrite) {
          setSaveDialog({ ...saveDialog, confirmReplace: checked.name });
          return;
        }
        await flush();
        inFlight.current++;
        const saved = await host.saveContributionAs(id, { path: checked.name, overwrite: checked.exists && overwrite }).finally(() => inFlight.current--);
        setSaveDialog(null);
        if (saved) {
          based.current = saved.revision;
          setState(saved);
        }
        setError(null);
        if (saved && !saved.dirty) await saveDialog.after?.();
      } catch (e) {
        setSaveDialog(null);
        await explain('Save failed', e);
      }
    },
    cancelSave: () => setSaveDialog(null),
    reloadTheirs: async () => {
      const id = docId.current;
      if (!id) return;
      try {
        adopt(await host.reloadContribution(id));
      } catch (e) {
        setError(messageOf(e));
      }
    },
    keepMineAsCopy: async () => {
      const id = docId.current;
      const c = contribution.current;
      if (!id || !c) return;
      try {
        adopt(await host.keepContributionCopy(id, c));
      } catch (e) {
        setError(messageOf(e));
      }
    },
    theirs: async () => {
      const id = docId.current;
      if (!id) throw new Error('No open document.');
      return host.getTheirContribution(id);
    },
    mine: () => contribution.current,
    flush,
    adopt,
  };
}
