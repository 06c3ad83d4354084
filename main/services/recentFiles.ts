import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { FileEntry } from '../../shared/host/hostApi';
import { writeFileAtomic } from './atomicWrite';
import { fileStamp } from './contributionFile';

const RecentSchema = z.object({ files: z.array(z.string()) });

/** How many recent files are remembered. */
export const MAX_RECENT = 10;

/** The recent-files list, kept in the state folder (`recent.json`). */
export class RecentFiles {
  private readonly file: string;

  constructor(stateDir: string) {
    this.file = join(stateDir, 'recent.json');
  }

  private read(): string[] {
    try {
      return RecentSchema.parse(JSON.parse(readFileSync(this.file, 'utf8'))).files;
    } catch {
      return []; // missing or damaged: our own state, rebuilt on the next add
    }
  }

  /** Puts `path` first (private to the user; a list that cannot be written, on a read-only folder, stays as it was). */
  add(path: string): void {
    const files = [path, ...this.read().filter((p) => p !== path)].slice(0, MAX_RECENT);
    try {
      writeFileAtomic(this.file, JSON.stringify({ files }, null, 2) + '\n', { private: true });
    } catch {
      // a convenience list: never fail an open or a save over it
    }
  }

  /** Whether `path` is in the list (the browser host opens only known paths). */
  has(path: string): boolean {
    return this.read().includes(path);
  }

  /** Most recent first; files that vanished have `modified: null`. */
  list(): FileEntry[] {
    return this.read().map((path) => {
      const st = fileStamp(path);
      return { path, name: basename(path), modified: st ? new Date(st.mtimeMs).toISOString() : null };
    });
  }
}
