import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ContributionSchema } from '../../shared/contribution/schema';
import { writeFileAtomicAsync } from './atomicWrite';

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
  contribution: ContributionSchema,
});

/** A journal entry. */
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/**
 * The recovery journal: one file per open document in `<state>/recovery/`, rewritten atomically on
 * every autosave. After a crash the newest entry is reopened with its unsaved edits. A closed
 * document's entry is removed. Entries that cannot be read are left on disk and skipped.
 */
export class RecoveryJournal {
  readonly dir: string;

  constructor(stateDir: string) {
    this.dir = join(stateDir, 'recovery');
    mkdirSync(this.dir, { recursive: true });
  }

  private fileFor(docId: string): string {
    if (!/^[A-Za-z0-9-]+$/.test(docId)) throw new Error(`invalid document id "${docId}"`);
    return join(this.dir, `${docId}.json`);
  }

  /** Records a document's current state (atomically; callers serialise writes per document). */
  async write(entry: Omit<JournalEntry, 'journal' | 'time'>, now: Date = new Date()): Promise<JournalEntry> {
    const full: JournalEntry = { journal: 1, time: now.toISOString(), ...entry };
    await writeFileAtomicAsync(this.fileFor(entry.docId), JSON.stringify(full));
    return full;
  }

  /** Forgets a document (closed, or its edits discarded on purpose). */
  async remove(docId: string): Promise<void> {
    await rm(this.fileFor(docId), { force: true });
  }

  /** Every readable entry, newest first. */
  entries(): JournalEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const out: JournalEntry[] = [];
    for (const name of names) {
      try {
        out.push(JournalEntrySchema.parse(JSON.parse(readFileSync(join(this.dir, name), 'utf8'))));
      } catch {
        // damaged entry: leave it for inspection, never delete data we cannot read
      }
    }
    return out.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  }
}

