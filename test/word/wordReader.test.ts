/**
 * The Word reader's thread and its budgets: a document that takes longer than the time budget,
 * or more heap than the memory budget, stops the thread with a message naming the file, and the
 * next document is read by a new thread; requests queue one behind the other.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { WordReader, WordReadError } from '../../main/services/word/wordReader';
import { goodContribution, hostileDocuments, type HostileFile } from './hostile/hostileFiles';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-word-reader-'));
let hostile: HostileFile[];
let good: string;
beforeAll(async () => {
  hostile = await hostileDocuments(join(dir, 'hostile'), corpus);
  good = join(dir, 'good.docx');
  writeFileSync(good, await goodContribution(corpus));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const largest = (): string => hostile.find((h) => h.name === 'largest-document')!.path;

describe('the Word reader thread', () => {
  it('stops a document past its time budget, then reads the next one in a new thread', async () => {
    // the largest document a reader accepts takes several tenths of a second; a contribution, a few hundredths
    const reader = new WordReader({ timeMs: 250, heapMb: 192 });
    try {
      const slow = reader.read({ job: 'contribution', path: largest(), name: 'largest.docx' });
      const next = reader.read({ job: 'contribution', path: good, name: 'good.docx' });
      await expect(slow).rejects.toThrow(new WordReadError('largest.docx: reading it took longer than 0.3 s, far longer than any Word contribution takes, so it was stopped', true));
      expect((await next).proposals.map((p) => p.resolution)).toEqual(['34']);
    } finally {
      reader.close();
    }
  }, 60_000);

  it('stops a document past its memory budget, naming the file, and survives it', async () => {
    const reader = new WordReader({ timeMs: 20_000, heapMb: 24 });
    try {
      await expect(reader.read({ job: 'contribution', path: largest(), name: 'largest.docx' })).rejects.toThrow(/largest\.docx: reading it needs more than the 24 MB a Word document may take/);
      const word = await reader.read({ job: 'contribution', path: good, name: 'good.docx' });
      expect(word.proposals[0].number).toBe('TST/42A1/1');
    } finally {
      reader.close();
    }
  }, 60_000);

  it('reads requests one after the other, each answered with its own document', async () => {
    const reader = new WordReader();
    try {
      const [a, b, c] = await Promise.all([
        reader.read({ job: 'contribution', path: good, name: 'a.docx' }),
        reader.read({ job: 'contribution', path: hostile.find((h) => h.name === 'invalid-utf8')!.path, name: 'b.docx' }).catch((e: Error) => e.message),
        reader.read({ job: 'edition', path: good, name: 'c.docx' }),
      ]);
      expect(a.proposals).toHaveLength(1);
      expect(b).toMatch(/^b\.docx: is damaged \(word\/document\.xml, line \d+, column \d+/);
      expect(c.resolutions.map((r) => r.number)).toEqual(['34']);
    } finally {
      reader.close();
    }
  }, 60_000);
});
