import { hostname } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readContribution } from '../../shared/contribution/parseContribution';
import type { Contribution } from '../../shared/contribution/schema';
import { applyContentDelta, type ContentDelta } from '../../shared/host/contentDelta';
import { ContentDeltaSchema } from '../../shared/host/contentDeltaSchema';
import { writeFileAtomicAsync } from './atomicWrite';
import { autosaveFailure, errorCode, writeProblem } from './saveErrors';

const StampSchema = z.object({ size: z.number(), mtimeMs: z.number(), hash: z.string() });

/** One document's journal: its whole current content and where it belongs. */
export const JournalEntrySchema = z.object({
  journal: z.literal(1),
  docId: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** The file the document belongs to, or `null` while untitled. */
  path: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** True when `contribution` holds edits not yet saved to `path`. */
  dirty: z.boolean(),
  /** When this entry was written (ISO). */
  time: z.string(),
  /** What the file held when the document last read or wrote it (to notice changes made elsewhere). */
  stamp: StampSchema.nullable().optional(),
  /** The schema version of the file on disk (1: the next save keeps a backup). */
  fileSchemaVersion: z.number().int().optional(),
  /**
   * The last change this entry holds (every write of a document's journal, whole or a change, is
   * numbered): changes in the document's log numbered up to this one are in it already.
   */
  seq: z.number().int().min(0).optional(),
  /** Any schema version this build reads (validated by `readContribution`). */
  contribution: z.unknown(),
});

/** One change of a document appended to its log (`<docId>.log`, a JSON line each) after its entry. */
const LoggedChangeSchema = z.object({
  seq: z.number().int().min(1),
  time: z.string(),
  dirty: z.boolean(),
  delta: ContentDeltaSchema,
});

/** A change the journal appends to a document's log (see {@link RecoveryJournal.append}). */
export interface JournalChange {
  /** One more than the number of the document's last write. */
  seq: number;
  dirty: boolean;
  delta: ContentDelta;
}

/** A journal entry, its contribution read into the current schema (with the changes logged after it applied). */
export type JournalEntry = Omit<z.infer<typeof JournalEntrySchema>, 'contribution'> & {
  contribution: Contribution;
  /** How many logged changes were applied to the entry as written (0: none; the next write should be a whole entry). */
  logged?: number;
};

/** What an entry records (the journal adds the format tag and the time). */
export type JournalRecord = Omit<JournalEntry, 'journal' | 'time'>;

/** Who owns an instance folder of the journal. */
const OwnerSchema = z.object({ pid: z.number().int(), instance: z.string(), host: z.string(), started: z.string() });
const OWNER_FILE = 'owner.json';

/** The journal's folders and files are the delegate's alone: they hold unsaved text. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Instances of this process that are running (several sessions can share one process: tests). */
const LIVE_INSTANCES = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

/** Whether the instance owning a journal folder still runs; a folder of another machine is never taken. */
function ownerAlive(dir: string): boolean {
  let owner;
  try {
    owner = OwnerSchema.parse(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')));
  } catch {
    return false; // no owner file: released on exit, or never finished starting (folders are created complete)
  }
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return LIVE_INSTANCES.has(owner.instance);
  return processAlive(owner.pid);
}

/**
 * The recovery journal of one running instance: `<state>/recovery/<instance>/`, one entry per open
 * document (`<docId>.json`, its whole state, rewritten atomically), the changes autosaved since
 * (`<docId>.log`, one JSON line each, appended and synced: a change is sent and journalled alone,
 * not the whole document), and an owner file (pid, instance, machine). Every write is numbered;
 * reading takes the entry and the changes numbered after it in order, up to the first that is
 * missing, torn by a crash or does not apply.
 * Another instance on the same data folder never reads or deletes a live instance's journal; it
 * takes over (moves) the entries of instances that stopped (released, crashed or killed), and
 * reopens those. Entries that cannot be read are left on disk and skipped. Every folder and file
 * of the journal is private (0700 / 0600). A journal that cannot be written throws a message in the
 * user's words (`Autosave failed: the disk is full, …`), never an error code or a temporary path.
 */
export class RecoveryJournal {
  readonly root: string;
  readonly dir: string;
  readonly instance: string;

  constructor(
    private readonly stateDir: string,
    instance: string,
  ) {
    if (!/^[A-Za-z0-9-]+$/.test(instance)) throw new Error(`invalid instance id "${instance}"`);
    this.root = join(stateDir, 'recovery');
    this.instance = instance;
    this.dir = join(this.root, instance);
    LIVE_INSTANCES.add(instance);
    try {
      this.claim();
    } catch (e) {
      LIVE_INSTANCES.delete(instance);
      if (!errorCode(e)) throw e;
      throw new Error(`Cannot keep the recovery journal: ${writeProblem(e, this.root)}; choose a data folder you can write in (RESDRAFT_DATA_DIR).`, { cause: e });
    }
  }

  /** Creates this instance's folder complete with its owner file (built aside, then renamed in). */
  private claim(): void {
    mkdirSync(this.root, { recursive: true, mode: PRIVATE_DIR });
    const building = join(this.root, `.new-${this.instance}`);
    try {
      mkdirSync(building, { mode: PRIVATE_DIR }); // not recursive: Node reports a read-only folder as ENOENT then
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
    }
    writeFileSync(join(building, OWNER_FILE), JSON.stringify({ pid: process.pid, instance: this.instance, host: hostname(), started: new Date().toISOString() }), { mode: PRIVATE_FILE });
    try {
      renameSync(building, this.dir);
    } catch (e) {
      rmSync(building, { recursive: true, force: true });
      if (errorCode(e) !== 'ENOTEMPTY' && errorCode(e) !== 'EEXIST') throw e;
    }
  }

  private fileFor(docId: string, extension = '.json'): string {
    if (!/^[A-Za-z0-9-]+$/.test(docId)) throw new Error(`invalid document id "${docId}"`);
    return join(this.dir, `${docId}${extension}`);
  }

  /**
   * Records a document's current state (atomically, private; callers serialise writes per
   * document). Throws the user's sentence when it cannot be written (a full disk, a read-only
   * folder); the entry on disk is then the previous one, whole.
   */
  async write(entry: JournalRecord, now: Date = new Date()): Promise<number> {
    const text = JSON.stringify({ journal: 1, time: now.toISOString(), ...entry });
    const file = this.fileFor(entry.docId);
    await this.writing(() => writeFileAtomicAsync(file, text, { private: true }));
    // the changes logged before are in the entry now (a log left by a crash here is read as older)
    await rm(this.fileFor(entry.docId, '.log'), { force: true }).catch(() => undefined);
    return text.length;
  }

  /**
   * Appends one change to a document's log and syncs it to disk; the entry written before holds
   * the rest. Throws the user's sentence when it cannot be written; a change torn by a crash is
   * not read back. Returns the bytes appended.
   */
  async append(docId: string, change: JournalChange, now: Date = new Date()): Promise<number> {
    const line = `${JSON.stringify({ seq: change.seq, time: now.toISOString(), dirty: change.dirty, delta: change.delta })}\n`;
    const file = this.fileFor(docId, '.log');
    await this.writing(async () => {
      const h = await open(file, 'a', PRIVATE_FILE);
      try {
        await h.writeFile(line);
        await h.datasync();
      } finally {
        await h.close();
      }
    });
    return line.length;
  }

  /** Runs a write of the journal: a deleted state folder is made again once, and a failure is told in the user's words. */
  private async writing(write: () => Promise<void>): Promise<void> {
    try {
      try {
        await write();
      } catch (e) {
        if (errorCode(e) !== 'ENOENT') throw e;
        this.claim(); // the state folder was deleted under us: recreate it and write again
        await write();
      }
    } catch (e) {
      throw errorCode(e) ? autosaveFailure(this.stateDir, e) : e;
    }
  }

  /** Forgets a document (closed, or its edits discarded on purpose); an entry that cannot be removed stays and is offered again. */
  async remove(docId: string): Promise<void> {
    await rm(this.fileFor(docId, '.log'), { force: true }).catch(() => undefined);
    await rm(this.fileFor(docId), { force: true }).catch(() => undefined);
  }

  /**
   * Stops owning the journal (the process exits): its entries are reopened by the next instance.
   * Never throws: on a read-only or vanished state folder the owner file stays, and the next
   * instance sees that its process has stopped.
   */
  release(): void {
    LIVE_INSTANCES.delete(this.instance);
    try {
      rmSync(join(this.dir, OWNER_FILE), { force: true });
    } catch {
      // nothing to undo: a stale owner file names a process that no longer runs
    }
  }

  /**
   * Moves the entries of stopped instances (and of the single-folder layout of earlier releases)
   * into this instance's folder. A live instance's folder is left alone; when two instances start
   * at once, each entry is moved by exactly one of them (rename is atomic).
   */
  adoptStopped(): void {
    let names: string[];
    try {
      names = readdirSync(this.root, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
    } catch {
      return;
    }
    for (const name of names) {
      if (name.endsWith('.json')) this.move(join(this.root, name), name); // layout of the first release
      if (!name.endsWith('/') || name.startsWith('.') || name === `${this.instance}/`) continue;
      const other = join(this.root, name.slice(0, -1));
      if (ownerAlive(other)) continue;
      let files: string[];
      try {
        files = readdirSync(other).filter((n) => (n.endsWith('.json') || n.endsWith('.log')) && n !== OWNER_FILE);
      } catch {
        continue;
      }
      // a log before its entry: an entry is never taken without the changes logged after it
      for (const f of files.sort((a, b) => Number(b.endsWith('.log')) - Number(a.endsWith('.log')))) this.move(join(other, f), f);
      if (!ownerAlive(other)) rmSync(other, { recursive: true, force: true });
    }
  }

  private move(from: string, name: string): void {
    try {
      renameSync(from, join(this.dir, name));
    } catch {
      // taken by another instance first, or unreadable: leave it
    }
  }

  /** Every readable entry of this instance, newest first. */
  entries(): JournalEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json') && n !== OWNER_FILE);
    } catch {
      return [];
    }
    const out: JournalEntry[] = [];
    for (const name of names) {
      let entry: JournalEntry;
      try {
        const raw = JournalEntrySchema.parse(JSON.parse(readFileSync(join(this.dir, name), 'utf8')));
        entry = { ...raw, contribution: readContribution(raw.contribution).contribution };
      } catch {
        continue; // damaged entry: leave it for inspection, never delete data we cannot read
      }
      out.push(withLoggedChanges(entry, join(this.dir, `${name.slice(0, -'.json'.length)}.log`)));
    }
    return out.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  }
}

/**
 * An entry with the changes of its log applied: those numbered after it, in order, up to the first
 * that is missing, cannot be read (torn by a crash) or does not apply.
 */
function withLoggedChanges(entry: JournalEntry, log: string): JournalEntry {
  let text: string;
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    return entry;
  }
  let { contribution, dirty, time } = entry;
  let seq = entry.seq ?? 0;
  let logged = 0;
  for (const line of text.split('\n')) {
    let change;
    try {
      change = LoggedChangeSchema.parse(JSON.parse(line));
    } catch {
      break;
    }
    if (change.seq <= seq) continue;
    if (change.seq !== seq + 1) break;
    try {
      contribution = { ...contribution, ...applyContentDelta(contribution, change.delta) };
    } catch {
      break;
    }
    ({ seq, dirty, time } = change);
    logged++;
  }
  return { ...entry, contribution, dirty, time, seq, logged };
}
