import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Contribution, ContributionContent, ContributionVersion } from '../../shared/contribution/schema';
import { versionHeader } from '../../shared/contribution/versionChain';
import { applyContentDelta, type ContentDelta } from '../../shared/host/contentDelta';
import type { DocumentConflict, DocumentState, OpenDocument, RecoveryNotice, VersionInfo } from '../../shared/host/hostApi';
import { FileChangedError, hashOf, MAX_CONTRIBUTION_BYTES, readContributionFileAsync, writeContributionFileAsync, type FileStamp } from './contributionFile';
import { readInputBytes } from './inputFile';
import type { DataFolders } from './dataFolders';
import { isInside } from './dataFolders';
import { freeFileName } from './freeFileName';
import { fileNameProblem } from './outputTarget';
import { RecentFiles } from './recentFiles';
import { RecoveryJournal } from './recoveryJournal';
import { changedSinceLatestVersion, versionOf, withRestoredVersion, withVersion } from './versionHistory';

/** The longest an edit can wait in the renderer before it is journalled (the autosave contract). */
export const AUTOSAVE_WINDOW_SECONDS = 2;

/**
 * A document's journal entry is written whole again (and its log of changes emptied) once the log
 * holds more than this many bytes, or more than half the entry's: reading it back stays quick.
 */
const LOG_BYTES_MIN = 64 * 1024;

interface Doc {
  docId: string;
  path: string | null;
  contribution: Contribution;
  dirty: boolean;
  savedAt: string | null;
  /** What the file held when this document last read or wrote it; `null` while untitled. */
  stamp: FileStamp | null;
  /** The schema version of the file on disk. */
  fileSchemaVersion: number;
  /** A schema 1 backup made by this session's last save, removed by the next successful save. */
  backup: string | null;
  /** Bumped by every change of content from any window, so a window holding older content is told. */
  revision: number;
  /** Shown once by the next restore(). */
  notice: RecoveryNotice | null;
  lastActive: number;
  /** The document's last queued operation: mutations run one at a time, in call order. */
  queue: Promise<unknown>;
  /** The number of the document's last journal write (whole entry or change). */
  seq: number;
  /** Bytes of the journal entry last written whole, and of the changes logged after it (Infinity: write whole next). */
  entryBytes: number;
  logBytes: number;
}

/** Options of a {@link DocumentSession}. */
export interface SessionOptions {
  folders: DataFolders;
  /** The name recorded as a version's author. */
  author: () => string;
  /** The target year of a new contribution. */
  defaultYear?: () => number;
  now?: () => Date;
  /** This instance's id (default: a random one); its journal is its own. */
  instance?: string;
}

/** A window sent content based on an older state of the document (another window changed it since). */
export class WindowConflictError extends Error {
  constructor() {
    super('This contribution was changed in another window or tab since this one loaded it. Your latest edits were not saved over theirs: reload theirs, keep yours as a copy, or compare the two.');
    this.name = 'WindowConflictError';
  }
}

function recoveryNotice(time: string, what: string): RecoveryNotice {
  const at = new Date(time);
  const clock = Number.isNaN(at.getTime()) ? time : at.toLocaleString();
  return {
    journalTime: time,
    message: `${what} were recovered (last autosaved ${clock}). The app had stopped without saving; edits made in the last ${AUTOSAVE_WINDOW_SECONDS} seconds before it stopped may be missing.`,
  };
}

function contentOf(c: Contribution): ContributionContent {
  return structuredClone({ settings: c.settings, proposals: c.proposals });
}

/**
 * The open documents of one host (desktop window or browser host): opening, autosave into the
 * recovery journal, save with a version, Save As, versions, restore after a crash, and the checks
 * that nothing is written over changes made elsewhere (another window: `revision`; another
 * instance or program: the file's hash). Plain Node: it knows nothing of Electron or HTTP. Each
 * document's operations are serialised, so a save and an autosave can never interleave.
 */
export class DocumentSession {
  private readonly docs = new Map<string, Doc>();
  private readonly journal: RecoveryJournal;
  readonly recent: RecentFiles;
  readonly instance: string;
  private loading: Promise<void> | undefined;
  private tick = 0;

  constructor(private readonly options: SessionOptions) {
    this.instance = options.instance ?? randomUUID();
    this.journal = new RecoveryJournal(options.folders.state, this.instance);
    this.recent = new RecentFiles(options.folders.state);
  }

  /** Stops this instance: its journal stays on disk and is reopened by the next instance. */
  dispose(): void {
    this.journal.release();
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private get(docId: string): Doc {
    const d = this.docs.get(docId);
    if (!d) throw new Error(`No open document with id "${docId}" (it was closed, or the host restarted).`);
    d.lastActive = ++this.tick;
    return d;
  }

  /** Runs `op` after the document's earlier operations (whether they failed or not). */
  private exclusive<T>(docId: string, op: (d: Doc) => Promise<T>): Promise<T> {
    const d = this.get(docId);
    const run = d.queue.then(
      () => op(this.get(docId)),
      () => op(this.get(docId)),
    );
    d.queue = run.catch(() => undefined);
    return run;
  }

  private state(d: Doc): DocumentState {
    return { docId: d.docId, path: d.path, name: d.path ? basename(d.path) : 'Untitled', dirty: d.dirty, savedAt: d.savedAt, revision: d.revision };
  }

  private opened(d: Doc): OpenDocument {
    const notice = d.notice;
    d.notice = null;
    return { ...this.state(d), contribution: contentOf(d.contribution), recovered: notice };
  }

  private async record(d: Doc): Promise<void> {
    const seq = d.seq + 1;
    const bytes = await this.journal.write(
      { docId: d.docId, path: d.path, savedAt: d.savedAt, dirty: d.dirty, stamp: d.stamp, fileSchemaVersion: d.fileSchemaVersion, seq, contribution: d.contribution },
      this.now(),
    );
    const doc = this.docs.get(d.docId);
    if (doc) Object.assign(doc, { seq, entryBytes: bytes, logBytes: 0 });
  }

  /**
   * A change of the document: journalled first, applied only once the journal holds it. A journal
   * that cannot be written (a full disk, a read-only folder) rejects with the user's sentence and
   * the document is exactly as it was: same content, same revision, so the window's next autosave
   * is not mistaken for a conflict.
   */
  private async commit(d: Doc, change: Partial<Pick<Doc, 'contribution' | 'dirty' | 'revision' | 'stamp' | 'fileSchemaVersion' | 'savedAt'>>): Promise<void> {
    await this.record({ ...d, ...change });
    Object.assign(d, change);
  }

  /** Journals a document whose file holds it all (nothing to recover if this fails: the file is the truth). */
  private async recordClean(d: Doc): Promise<void> {
    if (d.dirty) return this.record(d);
    await this.record(d).catch(() => this.journal.remove(d.docId));
  }

  private add(d: Omit<Doc, 'lastActive' | 'queue' | 'revision' | 'backup' | 'seq' | 'entryBytes' | 'logBytes'>, seq = 0): Doc {
    // a document read back with logged changes is journalled whole at its next write (see RecoveryJournal)
    const doc: Doc = { ...d, backup: null, revision: 1, lastActive: ++this.tick, queue: Promise.resolve(), seq, entryBytes: 0, logBytes: Infinity };
    this.docs.set(doc.docId, doc);
    return doc;
  }

  /** Loads the journal once: documents left open by stopped instances, with unsaved edits flagged. */
  private loadJournal(): Promise<void> {
    this.loading ??= (async () => {
      this.journal.adoptStopped();
      for (const e of this.journal.entries().reverse()) {
        if (this.docs.has(e.docId)) continue;
        let contribution = e.contribution;
        let dirty = e.dirty;
        let stamp = e.stamp ?? null;
        let fileSchemaVersion = e.fileSchemaVersion ?? 2;
        let notice: RecoveryNotice | null = e.dirty ? recoveryNotice(e.time, 'Unsaved edits') : null;
        if (!e.dirty && e.path) {
          try {
            const read = await readContributionFileAsync(e.path); // the file is the truth when nothing was unsaved
            ({ contribution, stamp, fileSchemaVersion } = read);
          } catch {
            dirty = true;
            notice = recoveryNotice(e.time, `The file "${basename(e.path)}" could not be read; its last autosaved contents`);
          }
        }
        this.add({ docId: e.docId, path: e.path, contribution, dirty, savedAt: e.savedAt, stamp, fileSchemaVersion, notice }, e.seq ?? 0);
      }
    })();
    return this.loading;
  }

  private mostRecent(): Doc | undefined {
    let best: Doc | undefined;
    for (const d of this.docs.values()) if (!best || d.lastActive > best.lastActive) best = d;
    return best;
  }

  /** The most recently active document (after a restart, from the journal), or `null`. */
  async restore(): Promise<OpenDocument | null> {
    await this.loadJournal();
    const best = this.mostRecent();
    if (!best) return null;
    best.lastActive = ++this.tick;
    return this.opened(best);
  }

  /** The most recently active document's state (for the window title), or `null`. */
  active(): DocumentState | null {
    const best = this.mostRecent();
    return best ? this.state(best) : null;
  }

  /** States of all open documents (for a close prompt). */
  documents(): DocumentState[] {
    return [...this.docs.values()].map((d) => this.state(d));
  }

  /** A new untitled contribution (with `content` when given: a copy of other edits). */
  async create(content?: ContributionContent): Promise<OpenDocument> {
    await this.loadJournal();
    const year = this.options.defaultYear ? this.options.defaultYear() : this.now().getFullYear();
    const contribution = { ...newContribution(year), ...(content ? structuredClone(content) : {}) };
    const d = this.add({ docId: randomUUID(), path: null, contribution, dirty: Boolean(content), savedAt: null, stamp: null, fileSchemaVersion: 2, notice: null });
    return this.exclusive(d.docId, async (doc) => {
      try {
        await this.recordClean(doc);
      } catch (e) {
        this.docs.delete(doc.docId); // edits that cannot be journalled are not taken in
        throw e;
      }
      return this.opened(doc);
    });
  }

  /** Opens a file (or returns it if already open). A bad file throws a clear error and is not touched. */
  async open(path: string): Promise<OpenDocument> {
    await this.loadJournal();
    for (const d of this.docs.values()) {
      if (d.path === path) {
        d.lastActive = ++this.tick;
        return this.opened(d);
      }
    }
    const { contribution, stamp, fileSchemaVersion, notices } = await readContributionFileAsync(path);
    const d = this.add({ docId: randomUUID(), path, contribution, dirty: false, savedAt: new Date(stamp.mtimeMs).toISOString(), stamp, fileSchemaVersion, notice: null });
    return this.exclusive(d.docId, async (doc) => {
      await this.recordClean(doc);
      this.recent.add(path);
      const opened = this.opened(doc);
      return notices.length > 0 ? { ...opened, fileNotices: notices } : opened;
    });
  }

  /**
   * Autosave: new content into memory and the journal; the document becomes dirty. With `basedOn`
   * (the revision the window's content started from), refuses with {@link WindowConflictError}
   * when another window changed the document since.
   */
  update(docId: string, content: ContributionContent, basedOn?: number): Promise<DocumentState> {
    return this.exclusive(docId, async (d) => {
      if (basedOn !== undefined && basedOn !== d.revision) throw new WindowConflictError();
      const contribution = { ...d.contribution, settings: structuredClone(content.settings), proposals: structuredClone(content.proposals) };
      await this.commit(d, { contribution, dirty: true, revision: d.revision + 1 });
      return this.state(d);
    });
  }

  /**
   * Autosave of what changed ({@link ContentDelta}): applied to the document's content, and
   * journalled as the change alone (appended to the document's log; the whole entry is written
   * again once the log is long). The same checks and guarantees as {@link update}: a change that
   * cannot be journalled is not taken, and one that does not fit the document rejects in words.
   */
  patch(docId: string, delta: ContentDelta, basedOn?: number): Promise<DocumentState> {
    return this.exclusive(docId, async (d) => {
      if (basedOn !== undefined && basedOn !== d.revision) throw new WindowConflictError();
      delta = structuredClone(delta); // the document holds its own copy of what comes in
      const content = applyContentDelta({ settings: d.contribution.settings, proposals: d.contribution.proposals }, delta);
      const contribution = { ...d.contribution, settings: content.settings, proposals: content.proposals };
      const change = { contribution, dirty: true, revision: d.revision + 1 };
      if (d.logBytes > Math.max(LOG_BYTES_MIN, d.entryBytes / 2)) {
        await this.commit(d, change);
        return this.state(d);
      }
      let bytes;
      try {
        bytes = await this.journal.append(d.docId, { seq: d.seq + 1, dirty: true, delta }, this.now());
      } catch (e) {
        d.logBytes = Infinity; // a change may be torn at the log's end: the next write is whole
        throw e;
      }
      Object.assign(d, change, { seq: d.seq + 1, logBytes: d.logBytes + bytes });
      return this.state(d);
    });
  }

  /** Saves to the document's file, recording a version first (skipped when nothing changed and no name was given). */
  save(docId: string, versionName?: string): Promise<DocumentState> {
    return this.exclusive(docId, async (d) => {
      if (!d.path) throw new Error('This contribution has no file yet: use Save As.');
      return this.writeTo(d, d.path, versionName, d.stamp);
    });
  }

  /**
   * Saves to `path` (adding the extension when missing); the document then belongs to that file.
   * An existing file is replaced only with `overwrite` (the user confirmed); else this rejects.
   */
  saveAs(docId: string, path: string, extension: string, overwrite = false): Promise<DocumentState> {
    const target = withExtension(path, extension);
    const badName = fileNameProblem(basename(target));
    if (badName) return Promise.reject(new Error(`Could not save: ${badName}.`));
    return this.exclusive(docId, async (d) => {
      if (target === d.path) return this.writeTo(d, target, undefined, d.stamp);
      return this.writeTo(d, target, undefined, overwrite ? undefined : null);
    });
  }

  private async writeTo(d: Doc, path: string, versionName: string | undefined, expected: FileStamp | null | undefined): Promise<DocumentState> {
    let c = d.contribution;
    if (versionName !== undefined || changedSinceLatestVersion(c)) {
      const named = versionName?.trim();
      c = withVersion(c, named || 'Saved', named ? 'named' : 'saved', this.options.author(), this.now()).contribution;
    }
    await this.recreateDataFolder(path);
    let written;
    try {
      written = await writeContributionFileAsync(path, c, { expected, expectedSchemaVersion: expected ? d.fileSchemaVersion : undefined });
    } catch (e) {
      if (e instanceof FileChangedError && expected === null) throw new Error(`"${basename(path)}" already exists. Choose another name, or confirm that it should be replaced.`, { cause: e });
      throw e;
    }
    if (d.backup && d.backup !== written.backup) await rm(d.backup, { force: true }).catch(() => undefined);
    d.backup = written.backup;
    d.contribution = c;
    d.path = path;
    d.dirty = false;
    d.stamp = written.stamp;
    d.fileSchemaVersion = 2;
    d.revision++;
    d.savedAt = new Date(written.stamp.mtimeMs).toISOString();
    await this.recordClean(d); // the file holds it all now: a journal that cannot be written loses nothing
    this.recent.add(path);
    return this.state(d);
  }

  /** A deleted data folder (or one of its subfolders) is made again before saving into it. */
  private async recreateDataFolder(path: string): Promise<void> {
    const dir = dirname(path);
    if (!isInside(dir, this.options.folders.documents)) return;
    await mkdir(dir, { recursive: true }).catch(() => undefined);
  }

  /** Closes a document; unsaved edits are dropped (the caller asked the user first). */
  close(docId: string): Promise<void> {
    return this.exclusive(docId, async (d) => {
      this.docs.delete(d.docId);
      await this.journal.remove(d.docId);
    });
  }

  /** The document's current settings and proposals (unsaved edits included), as a copy. */
  content(docId: string): ContributionContent {
    return contentOf(this.get(docId).contribution);
  }

  /**
   * Whether the window holding `revision` is out of date, or the file changed on disk since this
   * document read or wrote it; `null` when neither.
   */
  async conflict(docId: string, revision?: number): Promise<DocumentConflict | null> {
    const d = this.get(docId);
    if (revision !== undefined && revision !== d.revision) return { kind: 'other-window', message: new WindowConflictError().message };
    if (await this.changedOnDisk(d)) return { kind: 'file-changed', message: new FileChangedError(d.path!).message };
    return null;
  }

  private async changedOnDisk(d: Doc): Promise<boolean> {
    if (!d.path || !d.stamp) return false;
    let st;
    try {
      st = await stat(d.path);
    } catch {
      return false; // gone: saving writes it again, nothing of anyone's is lost
    }
    if (st.size === d.stamp.size && st.mtimeMs === d.stamp.mtimeMs) return false;
    try {
      // by the guarded rule: a FIFO or device put in the file's place is not read
      return hashOf((await readInputBytes(d.path, { maxBytes: MAX_CONTRIBUTION_BYTES, label: null })).bytes) !== d.stamp.hash;
    } catch {
      return false;
    }
  }

  /**
   * Theirs: the file as it is on disk now when it changed there, else the document as the other
   * window left it. For comparing with one's own edits.
   */
  async theirs(docId: string): Promise<ContributionContent> {
    const d = this.get(docId);
    if (d.path && (await this.changedOnDisk(d))) return contentOf((await readContributionFileAsync(d.path)).contribution);
    return contentOf(d.contribution);
  }

  /**
   * Reload theirs: the document takes the file as it is on disk now when it changed there (this
   * window's unsaved edits are dropped); else the document as the other window left it.
   */
  reload(docId: string): Promise<OpenDocument> {
    return this.exclusive(docId, async (d) => {
      if (d.path && (d.dirty || (await this.changedOnDisk(d)))) {
        const read = await readContributionFileAsync(d.path);
        const savedAt = new Date(read.stamp.mtimeMs).toISOString();
        await this.commit(d, { contribution: read.contribution, stamp: read.stamp, fileSchemaVersion: read.fileSchemaVersion, dirty: false, savedAt, revision: d.revision + 1 });
      }
      return this.opened(d);
    });
  }

  /**
   * Keep mine as a copy: `content` (with the document's versions) becomes a new document, saved
   * beside the file under a name that is free (`… (my copy).resdraft`), or untitled when the
   * document has no file. The original document is left as the other side has it.
   */
  async keepCopy(docId: string, content: ContributionContent, extension: string): Promise<OpenDocument> {
    const source = this.get(docId);
    const copy = await this.create(content);
    const d = this.get(copy.docId);
    d.contribution = { ...structuredClone(source.contribution), settings: structuredClone(content.settings), proposals: structuredClone(content.proposals) };
    if (!source.path) return this.exclusive(d.docId, async (doc) => (await this.commit(doc, {}), this.opened(doc)));
    const stem = basename(source.path, extname(source.path));
    const target = freeFileName(dirname(source.path), `${stem} (my copy)`, extension);
    await this.saveAs(d.docId, target, extension);
    return this.opened(this.get(d.docId));
  }

  /** Versions without snapshots, oldest first. */
  listVersions(docId: string): VersionInfo[] {
    return this.get(docId).contribution.versions.map(versionHeader);
  }

  /** One version with its snapshot. */
  getVersion(docId: string, versionId: string): ContributionVersion {
    return versionOf(this.get(docId).contribution, versionId);
  }

  /** Records a named version of the current proposals (journalled at once; in the file on the next save). */
  createVersion(docId: string, name: string): Promise<VersionInfo> {
    return this.exclusive(docId, async (d) => {
      const { contribution, version } = withVersion(d.contribution, name.trim() || 'Unnamed version', 'named', this.options.author(), this.now());
      await this.commit(d, { contribution, dirty: true });
      return version;
    });
  }

  /** Restores a version as a new version (nothing is lost). */
  restoreVersion(docId: string, versionId: string): Promise<OpenDocument> {
    return this.exclusive(docId, async (d) => {
      const contribution = withRestoredVersion(d.contribution, versionId, this.options.author(), this.now());
      await this.commit(d, { contribution, dirty: true, revision: d.revision + 1 });
      return this.opened(d);
    });
  }
}

function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : path + extension;
}
