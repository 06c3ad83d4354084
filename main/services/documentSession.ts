import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Contribution, ContributionContent, ContributionVersion } from '../../shared/contribution/schema';
import type { DocumentState, OpenDocument, RecoveryNotice, VersionInfo } from '../../shared/host/hostApi';
import { fileStamp, readContributionFileAsync, writeContributionFileAsync } from './contributionFile';
import type { DataFolders } from './dataFolders';
import { RecentFiles } from './recentFiles';
import { RecoveryJournal } from './recoveryJournal';
import { changedSinceLatestVersion, withRestoredVersion, withVersion } from './versionHistory';

/** The longest an edit can wait in the renderer before it is journalled (the autosave contract). */
export const AUTOSAVE_WINDOW_SECONDS = 2;

interface Doc {
  docId: string;
  path: string | null;
  contribution: Contribution;
  dirty: boolean;
  savedAt: string | null;
  /** Shown once by the next restore(). */
  notice: RecoveryNotice | null;
  lastActive: number;
  /** The document's last queued operation: mutations run one at a time, in call order. */
  queue: Promise<unknown>;
}

/** Options of a {@link DocumentSession}. */
export interface SessionOptions {
  folders: DataFolders;
  /** The name recorded as a version's author. */
  author: () => string;
  /** The target year of a new contribution. */
  defaultYear?: () => number;
  now?: () => Date;
}

function versionInfo(v: ContributionVersion): VersionInfo {
  return { id: v.id, name: v.name, time: v.time, author: v.author };
}

function recoveryNotice(time: string, what: string): RecoveryNotice {
  const at = new Date(time);
  const clock = Number.isNaN(at.getTime()) ? time : at.toLocaleString();
  return {
    journalTime: time,
    message: `${what} were recovered (last autosaved ${clock}). The app had stopped without saving; edits made in the last ${AUTOSAVE_WINDOW_SECONDS} seconds before it stopped may be missing.`,
  };
}

/**
 * The open documents of one host (desktop window or browser host): opening, autosave into the
 * recovery journal, save with a version, Save As, versions, restore after a crash. Plain Node:
 * it knows nothing of Electron or HTTP. File I/O is asynchronous (the desktop main process must
 * not freeze while megabytes are written) and each document's operations are serialised, so a
 * save and an autosave can never interleave.
 */
export class DocumentSession {
  private readonly docs = new Map<string, Doc>();
  private readonly journal: RecoveryJournal;
  readonly recent: RecentFiles;
  private loading: Promise<void> | undefined;
  private tick = 0;

  constructor(private readonly options: SessionOptions) {
    this.journal = new RecoveryJournal(options.folders.state);
    this.recent = new RecentFiles(options.folders.state);
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
    return { docId: d.docId, path: d.path, name: d.path ? basename(d.path) : 'Untitled', dirty: d.dirty, savedAt: d.savedAt };
  }

  private opened(d: Doc): OpenDocument {
    const notice = d.notice;
    d.notice = null;
    return { ...this.state(d), contribution: structuredClone(d.contribution), recovered: notice };
  }

  private async record(d: Doc): Promise<void> {
    await this.journal.write({ docId: d.docId, path: d.path, savedAt: d.savedAt, dirty: d.dirty, contribution: d.contribution }, this.now());
  }

  private add(d: Omit<Doc, 'lastActive' | 'queue'>): Doc {
    const doc: Doc = { ...d, lastActive: ++this.tick, queue: Promise.resolve() };
    this.docs.set(doc.docId, doc);
    return doc;
  }

  /** Loads the journal once: documents left open by an earlier run, with unsaved edits flagged. */
  private loadJournal(): Promise<void> {
    this.loading ??= (async () => {
      for (const e of this.journal.entries().reverse()) {
        if (this.docs.has(e.docId)) continue;
        let contribution = e.contribution;
        let dirty = e.dirty;
        let notice: RecoveryNotice | null = e.dirty ? recoveryNotice(e.time, 'Unsaved edits') : null;
        if (!e.dirty && e.path) {
          try {
            contribution = (await readContributionFileAsync(e.path)).contribution; // the file is the truth when nothing was unsaved
          } catch {
            dirty = true;
            notice = recoveryNotice(e.time, `The file "${basename(e.path)}" could not be read; its last autosaved contents`);
          }
        }
        this.add({ docId: e.docId, path: e.path, contribution, dirty, savedAt: e.savedAt, notice });
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

  /** A new untitled contribution. */
  async create(): Promise<OpenDocument> {
    await this.loadJournal();
    const year = this.options.defaultYear ? this.options.defaultYear() : this.now().getFullYear();
    const d = this.add({ docId: randomUUID(), path: null, contribution: newContribution(year), dirty: false, savedAt: null, notice: null });
    return this.exclusive(d.docId, async (doc) => {
      await this.record(doc);
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
    const { contribution, stamp } = await readContributionFileAsync(path);
    const d = this.add({ docId: randomUUID(), path, contribution, dirty: false, savedAt: new Date(stamp.mtimeMs).toISOString(), notice: null });
    return this.exclusive(d.docId, async (doc) => {
      await this.record(doc);
      this.recent.add(path);
      return this.opened(doc);
    });
  }

  /** Autosave: new content into memory and the journal; the document becomes dirty. */
  update(docId: string, content: ContributionContent): Promise<DocumentState> {
    return this.exclusive(docId, async (d) => {
      d.contribution = { ...d.contribution, settings: structuredClone(content.settings), proposals: structuredClone(content.proposals) };
      d.dirty = true;
      await this.record(d);
      return this.state(d);
    });
  }

  /** Saves to the document's file, recording a version first (skipped when nothing changed and no name was given). */
  save(docId: string, versionName?: string): Promise<DocumentState> {
    return this.exclusive(docId, async (d) => {
      if (!d.path) throw new Error('This contribution has no file yet: use Save As.');
      return this.writeTo(d, d.path, versionName);
    });
  }

  /** Saves to `path` (adding the extension when missing); the document then belongs to that file. */
  saveAs(docId: string, path: string, extension: string): Promise<DocumentState> {
    const target = extname(path).toLowerCase() === extension ? path : path + extension;
    return this.exclusive(docId, (d) => this.writeTo(d, target, undefined));
  }

  private async writeTo(d: Doc, path: string, versionName: string | undefined): Promise<DocumentState> {
    let c = d.contribution;
    if (versionName !== undefined || changedSinceLatestVersion(c)) {
      c = withVersion(c, versionName?.trim() || 'Saved', this.options.author(), this.now()).contribution;
    }
    await writeContributionFileAsync(path, c);
    d.contribution = c;
    d.path = path;
    d.dirty = false;
    const st = fileStamp(path);
    d.savedAt = st ? new Date(st.mtimeMs).toISOString() : this.now().toISOString();
    await this.record(d);
    this.recent.add(path);
    return this.state(d);
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
    const d = this.get(docId);
    return structuredClone({ settings: d.contribution.settings, proposals: d.contribution.proposals });
  }

  /** Versions without snapshots, oldest first. */
  listVersions(docId: string): VersionInfo[] {
    return this.get(docId).contribution.versions.map(versionInfo);
  }

  /** One version with its snapshot. */
  getVersion(docId: string, versionId: string): ContributionVersion {
    const v = this.get(docId).contribution.versions.find((x) => x.id === versionId);
    if (!v) throw new Error(`There is no version with id "${versionId}" in this contribution.`);
    return structuredClone(v);
  }

  /** Records a named version of the current proposals (journalled at once; in the file on the next save). */
  createVersion(docId: string, name: string): Promise<VersionInfo> {
    return this.exclusive(docId, async (d) => {
      const { contribution, version } = withVersion(d.contribution, name.trim() || 'Unnamed version', this.options.author(), this.now());
      d.contribution = contribution;
      d.dirty = true;
      await this.record(d);
      return versionInfo(version);
    });
  }

  /** Restores a version as a new version (nothing is lost). */
  restoreVersion(docId: string, versionId: string): Promise<OpenDocument> {
    return this.exclusive(docId, async (d) => {
      d.contribution = withRestoredVersion(d.contribution, versionId, this.options.author(), this.now());
      d.dirty = true;
      await this.record(d);
      return this.opened(d);
    });
  }
}
