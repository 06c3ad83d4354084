import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContributionFile, serializeContribution, writeContributionFile } from '../../main/services/contributionFile';
import { DocumentSession } from '../../main/services/documentSession';
import { TEMP_PREFIX } from '../../main/services/atomicWrite';
import { deltaGeneration, generationContribution, generationOf } from './crashChild/generation';

/** Kills per test; each kill lands at a random moment of a tight save loop. */
const KILLS = Number(process.env.RESDRAFT_CRASH_KILLS ?? 60);

let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-crash-'));
  child = join(work, 'saveLoop.mjs');
  // bundled once so each child starts in ~50 ms (plain node, no TypeScript loader)
  await build({ entryPoints: [join(import.meta.dirname, 'crashChild/saveLoop.ts')], outfile: child, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the child until it has saved at least once more, then SIGKILLs it after a random delay. Returns the generations it reported. */
async function runAndKill(mode: 'file' | 'journal' | 'delta', target: string, first: number): Promise<number[]> {
  const p = spawn(process.execPath, [child, mode, target, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stderr.on('data', (d: Buffer) => (err += d));
  await new Promise<void>((res, rej) => {
    p.stdout.on('data', (d: Buffer) => {
      out += d;
      if (/^ready\n/.test(out)) res();
    });
    p.once('exit', (code) => rej(new Error(`child exited early (${code}): ${err}`)));
  });
  await new Promise((r) => setTimeout(r, Math.random() * 40));
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGKILL');
  await exited;
  expect(p.signalCode).toBe('SIGKILL');
  return out
    .split('\n')
    .slice(1)
    .filter((l) => /^\d+$/.test(l))
    .map(Number);
}

describe('SIGKILL in the middle of saving', () => {
  it(`the contribution file is always exactly the old or the new version (${KILLS} kills)`, async () => {
    const dir = join(work, 'file');
    mkdirSync(dir);
    const path = join(dir, 'draft.resdraft');
    writeContributionFile(path, generationContribution(0));
    let next = 1;
    let strayTemps = 0;
    let totalSaves = 0;
    for (let i = 0; i < KILLS; i++) {
      const saved = await runAndKill('file', path, next);
      totalSaves += saved.length;
      const lastAcked = saved.length ? saved[saved.length - 1] : next - 1;
      const bytes = readFileSync(path);
      const { contribution } = readContributionFile(path);
      const g = generationOf(contribution);
      // durable once the save returned; at most the one save in flight can be newer
      expect(g === lastAcked || g === lastAcked + 1).toBe(true);
      // never a mix: byte for byte the serialisation of one generation
      expect(bytes.equals(Buffer.from(serializeContribution(generationContribution(g))))).toBe(true);
      const temps = readdirSync(dir).filter((n) => n.startsWith(TEMP_PREFIX));
      // the next writer removes what an earlier one left, so at most the last kill's temp is there
      expect(temps.length).toBeLessThanOrEqual(1);
      strayTemps += temps.length;
      next = g + 1;
    }
    writeContributionFile(path, generationContribution(next));
    expect(readdirSync(dir)).toEqual(['draft.resdraft']);
    console.log(`crash test (file): ${KILLS} kills, ${totalSaves} completed saves, ${strayTemps} kills left a half-written temp file (target intact each time)`);
    expect(totalSaves).toBeGreaterThan(0);
  }, 240_000);

  for (const mode of ['journal', 'delta'] as const) {
    const what = mode === 'journal' ? 'the recovery journal reopens the last autosaved edit' : 'with autosaves sent as what changed (logged after the entry), the journal reopens the last one';
    it(`${what} after a kill (${Math.ceil(KILLS / 2)} kills)`, () => journalSurvivesKills(mode), 240_000);
  }
});

async function journalSurvivesKills(mode: 'journal' | 'delta'): Promise<void> {
  const dir = join(work, mode);
  mkdirSync(dir);
  const generation = mode === 'journal' ? generationContribution : deltaGeneration;
  let next = 1;
  let recoveredCount = 0;
  let everAcked = false;
  for (let i = 0; i < Math.ceil(KILLS / 2); i++) {
    const saved = await runAndKill(mode, dir, next);
    everAcked ||= saved.length > 0;
    const session = new DocumentSession({ folders: { documents: dir, state: join(dir, '.state') }, author: () => 'test' });
    const doc = await session.restore();
    // this instance stops at once: the next child takes over the journal it just read
    session.dispose();
    if (doc === null || doc.contribution.settings.source === '') {
      // killed before the first autosave ever returned: only the new, empty document can be there
      expect(everAcked).toBe(false);
      continue;
    }
    const g = generationOf(doc.contribution);
    const lastAcked = saved.length ? saved[saved.length - 1] : next - 1;
    expect(g === lastAcked || g === lastAcked + 1).toBe(true);
    expect(doc.contribution.proposals).toEqual(generation(g).proposals);
    expect(doc.dirty).toBe(true);
    expect(doc.recovered?.message).toMatch(/Unsaved edits were recovered .*last 2 seconds/);
    recoveredCount++;
    next = g + 1;
  }
  expect(recoveredCount).toBeGreaterThan(KILLS / 4);
}
