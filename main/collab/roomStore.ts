import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import * as Y from 'yjs';

/** The role a token gives: `edit` may change the document, `read` only reads it. */
export type RoomRole = 'edit' | 'read';

/** A token as stored: only its hash, bound to one room and one role, until it expires. */
export interface TokenRecord {
  room: string;
  role: RoomRole;
  /** Milliseconds since the epoch. */
  expires: number;
}

/** A named version of a room, without its content. */
export interface RoomVersion {
  /** 1 for the oldest, as `resdraft room version` lists them. */
  number: number;
  name: string;
  by: string | null;
  /** Milliseconds since the epoch. */
  time: number;
}

/** The database file in a room store's folder. */
export const STORE_FILE = 'rooms.sqlite';

/** How long a writer waits for another instance's write on the same file before giving up. */
const BUSY_TIMEOUT_MS = 5000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, room TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('edit', 'read')), expires INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room, seq);
CREATE TABLE IF NOT EXISTS versions (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, name TEXT NOT NULL, by TEXT, time INTEGER NOT NULL, state BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS versions_by_room ON versions (room, seq);
`;

/** One Yjs update holding everything in `updates` (a document's state, pending parts included). */
function union(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const u of updates) Y.applyUpdate(doc, u);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * The rooms of a collaboration server, in SQLite (Node's built-in `node:sqlite`, WAL mode), one
 * file in the store's folder that several server instances on one machine may share.
 *
 * A room's document is its snapshot plus its update log. Every update a participant sends is
 * appended to the log synchronously ({@link appendUpdate}, called from the document's `update`
 * listener, before the server acknowledges it), so a server killed at any moment has lost nothing
 * it acknowledged: each append is its own SQLite transaction, written to the WAL before the call
 * returns (`synchronous = NORMAL`: safe from a process crash; a power cut may lose the last
 * transactions, as the README says). {@link compact} folds the log into the snapshot.
 */
export class RoomStore {
  private readonly db: DatabaseSync;
  private readonly insertUpdate: StatementSync;
  private readonly selectToken: StatementSync;

  constructor(readonly folder: string) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    this.db = new DatabaseSync(join(folder, STORE_FILE), { timeout: BUSY_TIMEOUT_MS });
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.db.exec(SCHEMA);
    this.insertUpdate = this.db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
    this.selectToken = this.db.prepare('SELECT room, role, expires FROM tokens WHERE hash = ?');
  }

  /** Close the database (the server stops). */
  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  private transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** Make a room with its first state and its tokens (hashes), in one transaction. */
  createRoom(id: string, state: Uint8Array, tokens: ReadonlyArray<{ hash: string; role: RoomRole; expires: number }>, now = Date.now()): void {
    this.transaction(() => {
      this.db.prepare('INSERT INTO rooms (id, created) VALUES (?, ?)').run(id, now);
      this.db.prepare('INSERT INTO snapshots (room, state, updated) VALUES (?, ?, ?)').run(id, state, now);
      const insert = this.db.prepare('INSERT INTO tokens (hash, room, role, expires) VALUES (?, ?, ?, ?)');
      for (const t of tokens) insert.run(t.hash, id, t.role, t.expires);
    });
  }

  /** Whether a room exists. */
  hasRoom(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(id) !== undefined;
  }

  /** The token stored under a hash, or undefined. */
  token(hash: string): TokenRecord | undefined {
    const row = this.selectToken.get(hash) as { room: string; role: RoomRole; expires: number } | undefined;
    return row ? { room: row.room, role: row.role, expires: Number(row.expires) } : undefined;
  }

  /** Append one update a participant sent to the room's log (synchronously: see the class comment). */
  appendUpdate(room: string, update: Uint8Array): void {
    this.insertUpdate.run(room, update);
  }

  /** The room's snapshot and log, in order: applied to an empty document, they give its state. */
  load(room: string): Uint8Array[] {
    const snapshot = this.db.prepare('SELECT state FROM snapshots WHERE room = ?').get(room) as { state: Uint8Array } | undefined;
    const log = this.db.prepare('SELECT data FROM updates WHERE room = ? ORDER BY seq').all(room) as Array<{ data: Uint8Array }>;
    return [...(snapshot ? [snapshot.state] : []), ...log.map((r) => r.data)];
  }

  /** The number of updates waiting in the room's log. */
  logLength(room: string): number {
    return Number((this.db.prepare('SELECT count(*) AS n FROM updates WHERE room = ?').get(room) as { n: number }).n);
  }

  /**
   * Fold the room's log into its snapshot. The new snapshot holds the old one, every logged update
   * (another instance's too, even one not yet received here) and `current` (the document as this
   * instance holds it); only the log rows read are deleted, in the same transaction.
   */
  compact(room: string, current?: Uint8Array, now = Date.now()): void {
    this.transaction(() => {
      const snapshot = this.db.prepare('SELECT state FROM snapshots WHERE room = ?').get(room) as { state: Uint8Array } | undefined;
      const log = this.db.prepare('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq').all(room) as Array<{ seq: number; data: Uint8Array }>;
      if (log.length === 0 && !current) return;
      const state = union([...(snapshot ? [snapshot.state] : []), ...log.map((r) => r.data), ...(current ? [current] : [])]);
      this.db.prepare('INSERT INTO snapshots (room, state, updated) VALUES (?, ?, ?) ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated = excluded.updated').run(room, state, now);
      if (log.length) this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?').run(room, log[log.length - 1].seq);
    });
  }

  /** The room's state as stored (snapshot and log), with `current` folded in: what a named version holds. */
  state(room: string, current?: Uint8Array): Uint8Array {
    return union([...this.load(room), ...(current ? [current] : [])]);
  }

  /** Keep a named version of the room. */
  addVersion(room: string, name: string, by: string | null, state: Uint8Array, now = Date.now()): RoomVersion {
    this.db.prepare('INSERT INTO versions (room, name, by, time, state) VALUES (?, ?, ?, ?, ?)').run(room, name, by, now, state);
    const versions = this.versions(room);
    return versions[versions.length - 1];
  }

  /** The room's named versions, oldest first. */
  versions(room: string): RoomVersion[] {
    const rows = this.db.prepare('SELECT name, by, time FROM versions WHERE room = ? ORDER BY seq').all(room) as Array<{ name: string; by: string | null; time: number }>;
    return rows.map((r, i) => ({ number: i + 1, name: r.name, by: r.by, time: Number(r.time) }));
  }

  /** A named version's state: `v2` is the second (oldest first), anything else the newest of that name. */
  versionState(room: string, key: string): { version: RoomVersion; state: Uint8Array } | undefined {
    const rows = this.db.prepare('SELECT name, by, time, state FROM versions WHERE room = ? ORDER BY seq').all(room) as Array<{ name: string; by: string | null; time: number; state: Uint8Array }>;
    const serial = /^v([0-9]+)$/.exec(key);
    let index = serial ? Number(serial[1]) - 1 : -1;
    if (!serial || index >= rows.length) index = rows.map((r) => r.name).lastIndexOf(key);
    const row = rows[index];
    if (!row) return undefined;
    return { version: { number: index + 1, name: row.name, by: row.by, time: Number(row.time) }, state: row.state };
  }
}
