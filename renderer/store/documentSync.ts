import type { ContributionContent } from '../../shared/contribution/schema';
import { contentDelta } from '../../shared/host/contentDelta';
import type { DocumentConflict, DocumentState, FilePlan, HostApi, OpenDocument } from '../../shared/host/hostApi';
import { t } from '../app/uiLanguage';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { msg } from '../../shared/i18n/translate';

/** Autosave runs this long after the last edit (the host contract asks for ≤ 1 s). */
const AUTOSAVE_MS = 600;
/** …but never later than this after the first unsaved edit, so steady typing is journalled too. */
const AUTOSAVE_MAX_WAIT_MS = 1500;
/** When the autosave is due, it is made while the page is idle, but never later than this. */
const IDLE_WAIT_MS = 300;

/** Runs `work` when the page is idle (after the frames being drawn), or soon where there is no idle callback (Node). */
function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 0);
}

/** What the sync asks of the host. */
export type SyncHost = Pick<
  HostApi,
  'updateContribution' | 'patchContribution' | 'saveContribution' | 'saveContributionAs' | 'checkDocument' | 'getDocument' | 'reloadContribution' | 'getTheirContribution' | 'keepContributionCopy' | 'planFile' | 'checkSaveName'
>;

/** The page asks for a file name (the host said it must): the name it proposes, and, once a name that exists was given, the question whether to replace it. */
export interface SaveNameQuestion {
  /** A name no file in the data folder has. */
  suggested: string;
  folder: string;
  /** The name given exists: replace it only after the user says so. */
  confirmReplace: string | null;
}

/** What the window shows of the document's sync with the host. */
export interface SyncState {
  /** The document as the host last answered this window (name, file, revision), or null before one is open. */
  doc: DocumentState | null;
  /** The document holds edits not saved to its file (this window's not yet sent included): the status says "edited". */
  edited: boolean;
  /** Every edit of this window is in the host's journal (none waits to be sent, none is on its way): a reload or a crash now loses nothing. */
  journaled: boolean;
  /** Another window or program changed the document while this window has edits of its own: nothing is saved until the user chooses. */
  conflict: DocumentConflict | null;
  saveName: SaveNameQuestion | null;
  error: string | null;
}

/** What the sync reads from and tells the store that owns it. */
export interface SyncOwner {
  content(): ContributionContent | null;
  /** The sync's state changed. */
  publish(): void;
  /** A document the host returned replaces the one open (reload theirs, keep mine as a copy). */
  adopt(doc: OpenDocument): void;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The state part of an open document (its content is the store's). */
function stateOf(doc: OpenDocument): DocumentState {
  return { docId: doc.docId, path: doc.path, name: doc.name, dirty: doc.dirty, savedAt: doc.savedAt, revision: doc.revision };
}

/** JSON with object keys sorted: two contents are the same when this is (whatever order a host wrote the keys in). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * The open document's life with the host, for the store: autosave into the host's journal (each
 * write based on the revision the last one returned), the save workflow as the host answers it
 * (the host says whether the page must ask for a name, and proposes one), and concurrency. A
 * conflict is shown only when it is one: another window or program changed the document while
 * this window holds edits of its own. A change elsewhere that leaves the content as this window
 * has it (another tab saved) is taken silently; one that does not, while this window has no edit
 * of its own, waits for this window's next edit.
 */
export class DocumentSync {
  state: SyncState = { doc: null, edited: false, journaled: true, conflict: null, saveName: null, error: null };
  private docId: string | null = null;
  /** The revision this window's content is based on. */
  private based: number | undefined;
  /** The content the host holds at `based` (as this window knows it): what an autosave sends the change from. */
  private synced: ContributionContent | null = null;
  /** Edits not yet sent to the host. */
  private unsent = false;
  /** Edits of this window not yet saved to the file. */
  private ownUnsaved = false;
  /** The document changed elsewhere, and this window has not taken it (it had no edits of its own). */
  private stale = false;
  /** Writes of this window on their way to the host (a check meanwhile would see this window's own newer revision). */
  private inFlight = 0;
  /** Of those, autosaves: edits not yet journalled. */
  private pushes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the first edit not yet sent was made (null: none waits), and the last one. */
  private firstUnsent: number | null = null;
  private lastEdit = 0;
  private queue: Promise<void> = Promise.resolve();
  /** What to do once the file is saved (the delegate asked to save first, then leave). */
  private afterSave: (() => Promise<void>) | undefined;

  constructor(
    private readonly host: SyncHost,
    private readonly owner: SyncOwner,
  ) {}

  /** The open document's id, or null before one is open. */
  get id(): string | null {
    return this.docId;
  }

  private set(patch: Partial<SyncState>): void {
    const next = { ...this.state, ...patch };
    next.journaled = !this.unsent && this.pushes === 0;
    next.edited = (next.doc?.dirty ?? false) || !next.journaled;
    this.state = next;
    this.owner.publish();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstUnsent = null;
  }

  /**
   * A document the host returned is now the one this window holds (opened, reloaded, restored);
   * `content` is the window's own copy of its content.
   */
  take(doc: OpenDocument, content: ContributionContent = doc.contribution): void {
    this.clearTimer();
    this.docId = doc.docId;
    this.based = doc.revision;
    this.synced = content;
    this.unsent = false;
    this.ownUnsaved = false;
    this.stale = false;
    this.afterSave = undefined;
    this.set({ doc: stateOf(doc), conflict: null, saveName: null, error: null });
  }

  /**
   * The window edited the content: it goes to the host's journal {@link AUTOSAVE_MS} after the last
   * edit, and never later than {@link AUTOSAVE_MAX_WAIT_MS} after the first. Called on every
   * keystroke, so it only notes the time: the one timer looks again when it fires.
   */
  edit(): void {
    this.unsent = true;
    this.ownUnsaved = true;
    this.lastEdit = Date.now();
    this.firstUnsent ??= this.lastEdit;
    this.timer ??= setTimeout(this.due, AUTOSAVE_MS);
    if (this.state.journaled) this.set({});
  }

  /** The autosave timer fired: send now, or wait for the rest of the quiet time. */
  private readonly due = (): void => {
    this.timer = null;
    if (this.firstUnsent === null) return;
    const now = Date.now();
    const wait = Math.min(this.lastEdit + AUTOSAVE_MS, this.firstUnsent + AUTOSAVE_MAX_WAIT_MS) - now;
    if (wait > 0) {
      this.timer = setTimeout(this.due, wait);
      return;
    }
    this.firstUnsent = null;
    // what changed is found and sent off the input path: when the page is idle
    whenIdle(() => void this.enqueue());
  };

  /** Sends what is not sent yet and waits until every write of this window is answered. */
  async flush(): Promise<void> {
    if (this.timer) {
      this.clearTimer();
      void this.enqueue();
    }
    await this.queue;
  }

  /**
   * The page is going away (closed, reloaded, hidden for good): what is not sent goes to the host
   * now, without waiting for the writes before it (based on the revision they will leave).
   */
  flushOnLeave(): void {
    if (!this.unsent || this.state.conflict) return;
    this.clearTimer();
    void this.push(this.based === undefined ? undefined : this.based + this.inFlight);
  }

  /** Writes run one after another, so each is based on the revision the previous one returned. */
  private enqueue(): Promise<void> {
    this.queue = this.queue.then(
      () => this.push(),
      () => this.push(),
    );
    return this.queue;
  }

  /**
   * Sends what changed since the content the host holds at `basedOn`, when this window knows that
   * content (not while earlier writes are still on their way: a page going away sends the whole
   * content then); the whole content when the host does not take the change.
   */
  private async send(id: string, content: ContributionContent, basedOn: number | undefined): Promise<DocumentState> {
    if (!this.synced || basedOn !== this.based) return this.host.updateContribution(id, content, basedOn);
    const delta = contentDelta(this.synced, content) ?? {};
    try {
      return await this.host.patchContribution(id, delta, basedOn);
    } catch {
      return this.host.updateContribution(id, content, basedOn);
    }
  }

  private async push(basedOn = this.based): Promise<void> {
    const id = this.docId;
    const content = this.owner.content();
    if (!id || !content || this.state.conflict || !this.unsent) return;
    this.unsent = false;
    this.inFlight++;
    this.pushes++;
    const sent = content;
    const done = (): void => {
      this.inFlight--;
      this.pushes--;
    };
    try {
      const next = await this.send(id, content, basedOn);
      done();
      if (this.docId !== id) return;
      // a write sent when the page went away may be answered before the one sent earlier: keep the newest
      if (this.based !== undefined && next.revision < this.based) return this.set({});
      this.based = next.revision;
      this.synced = sent;
      this.stale = false;
      this.set({ doc: next, error: null });
    } catch (e) {
      done();
      if (this.docId !== id) return;
      this.unsent = true;
      if (await this.refused(msg('sync.autosaveFailed'), e)) void this.enqueue();
    }
  }

  /**
   * After a refused write: when another window only saved (or changed nothing this window has),
   * this window takes the new revision and says so (true: write again); a real conflict is shown as
   * such; anything else as an error.
   */
  private async refused(what: MessageId, e: unknown): Promise<boolean> {
    const id = this.docId;
    const found = id ? await this.host.checkDocument(id, this.based).catch(() => null) : null;
    if (!id || this.docId !== id) return false;
    if (!found) {
      this.set({ error: t(what, { reason: messageOf(e) }) });
      return false;
    }
    if (found.kind === 'other-window' && (await this.rebase(id))) return true;
    this.set({ conflict: found, error: null });
    return false;
  }

  /** Takes the host's newer revision when its content is what this window based its edits on. */
  private async rebase(id: string): Promise<boolean> {
    const theirs = await this.host.getDocument(id).catch(() => null);
    if (!theirs || this.docId !== id || !this.synced || canonicalJson(theirs.contribution) !== canonicalJson(this.synced)) return false;
    this.based = theirs.revision;
    this.stale = false;
    this.ownUnsaved = this.unsent || (this.ownUnsaved && theirs.dirty);
    this.set({ doc: stateOf(theirs) });
    return true;
  }

  /** Asks the host whether the document changed elsewhere (polled, and when the window comes back). */
  async check(): Promise<void> {
    const id = this.docId;
    const asked = this.based;
    if (!id || this.state.conflict || this.inFlight > 0 || this.stale) return;
    const found = await this.host.checkDocument(id, asked).catch(() => null);
    if (!found || this.docId !== id || this.state.conflict || this.inFlight > 0 || this.based !== asked) return;
    const mine = this.unsent || (found.kind === 'file-changed' && this.ownUnsaved);
    if (found.kind === 'other-window' && (await this.rebase(id))) return;
    if (!mine) {
      // nothing of this window's is at stake: its next edit meets the change
      this.stale = true;
      return;
    }
    this.set({ conflict: found });
  }

  private saved(state: DocumentState): void {
    if (this.based !== undefined && state.revision < this.based) return;
    this.based = state.revision;
    if (!this.unsent) this.ownUnsaved = false;
    this.set({ doc: state, error: null });
  }

  private async ask(plan: FilePlan, after?: () => Promise<void>): Promise<void> {
    this.afterSave = after;
    this.set({ saveName: { suggested: plan.suggested ?? '', folder: plan.folder, confirmReplace: null } });
  }

  /** Save: to the document's file, or where the host or (when the host says so) the user chooses; `after` runs once the file is saved. */
  async save(after?: () => Promise<void>): Promise<void> {
    await this.flush();
    const id = this.docId;
    if (!id || this.state.conflict) return;
    let saved: DocumentState | null;
    try {
      const plan = await this.host.planFile('save', id);
      if (plan.pageAsks) return await this.ask(plan, after);
      this.inFlight++;
      saved = await this.host.saveContribution(id).finally(() => this.inFlight--);
      if (saved) this.saved(saved);
    } catch (e) {
      await this.refused(msg('sync.saveFailed'), e);
      return;
    }
    if (saved && !saved.dirty) await after?.();
  }

  /** Save As: the host's dialog, or the page's own question when the host says so. */
  async saveAs(): Promise<void> {
    await this.flush();
    const id = this.docId;
    if (!id || this.state.conflict) return;
    try {
      const plan = await this.host.planFile('saveAs', id);
      if (plan.pageAsks) return await this.ask(plan);
      this.inFlight++;
      const saved = await this.host.saveContributionAs(id).finally(() => this.inFlight--);
      if (saved) this.saved(saved);
    } catch (e) {
      await this.refused(msg('sync.saveFailed'), e);
    }
  }

  /** The user's answer to the name question: a name, and (after the question) whether to replace the file of that name. */
  async answerSaveName(name: string, overwrite: boolean): Promise<void> {
    const id = this.docId;
    const question = this.state.saveName;
    if (!id || !question) return;
    try {
      const checked = await this.host.checkSaveName(name);
      if (checked.exists && !overwrite) return this.set({ saveName: { ...question, confirmReplace: checked.name } });
      await this.flush();
      this.inFlight++;
      const saved = await this.host.saveContributionAs(id, { path: checked.name, overwrite: checked.exists && overwrite }).finally(() => this.inFlight--);
      const after = this.afterSave;
      this.afterSave = undefined;
      this.set({ saveName: null });
      if (saved) this.saved(saved);
      if (saved && !saved.dirty) await after?.();
    } catch (e) {
      this.afterSave = undefined;
      this.set({ saveName: null });
      await this.refused(msg('sync.saveFailed'), e);
    }
  }

  /** The name question dismissed. */
  cancelSaveName(): void {
    this.afterSave = undefined;
    this.set({ saveName: null });
  }

  /** A message for the user that is not about a conflict (an operation the window ran failed). */
  fail(message: string | null): void {
    this.set({ error: message });
  }

  /**
   * Conflict: the document as the others left it replaces this window's: as another window left it
   * (with its edits not yet saved to the file), or as another program left the file.
   */
  async reloadTheirs(): Promise<void> {
    const id = this.docId;
    if (!id) return;
    try {
      this.owner.adopt(this.state.conflict?.kind === 'other-window' ? await this.host.getDocument(id) : await this.host.reloadContribution(id));
    } catch (e) {
      this.fail(messageOf(e));
    }
  }

  /** Conflict: this window's content becomes a copy beside the file; the original is left to the others. */
  async keepMineAsCopy(): Promise<void> {
    const id = this.docId;
    const content = this.owner.content();
    if (!id || !content) return;
    try {
      this.owner.adopt(await this.host.keepContributionCopy(id, content));
    } catch (e) {
      this.fail(messageOf(e));
    }
  }

  /** Theirs, to compare with this window's content. */
  theirs(): Promise<ContributionContent> {
    if (!this.docId) return Promise.reject(new Error('No open document.'));
    return this.host.getTheirContribution(this.docId);
  }
}
