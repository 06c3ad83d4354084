/**
 * The Word reader's thread is built into each bundle that reads Word documents: the CLI
 * (out/cli/wordWorker.mjs, run by the hostile-file tests through the real CLI) and the Electron
 * main process (out/main/wordWorker.mjs, which Electron cannot run here: the bundle is run in a
 * plain Node worker thread, as Electron's main process starts it). It reads the bundles as built
 * (`npm test` builds first; run alone, `npm run build` first): rebuilding them here would pull
 * out/cli from under the tests that run the CLI at the same moment.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import type { WorkerAnswer } from '../../main/services/word/wordWorker';
import { ROOT } from '../support/runCli';
import { goodContribution } from './hostile/hostileFiles';

const dir = mkdtempSync(join(tmpdir(), 'resdraft-worker-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  for (const bundle of ['out/main/main.mjs', 'out/cli/resdraft.mjs']) {
    if (!existsSync(join(ROOT, bundle))) throw new Error(`${bundle} is missing: run "npm run build" before this test`);
  }
});

function readWith(script: string, path: string): Promise<WorkerAnswer[]> {
  const worker = new Worker(script, { execArgv: [] });
  const answers: WorkerAnswer[] = [];
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (a: WorkerAnswer) => {
      answers.push(a);
      if ('ready' in a) worker.postMessage({ id: 1, request: { job: 'contribution', path, name: 'good.docx' } });
      else void worker.terminate().then(() => resolve(answers));
    });
  });
}

describe('the Word reader thread in the bundles', () => {
  it('the Electron main bundle and the CLI bundle each carry it beside them, and it reads a contribution', async () => {
    const path = join(dir, 'good.docx');
    writeFileSync(path, await goodContribution(new Corpus()));
    for (const bundle of ['out/main', 'out/cli']) {
      // the code that starts the thread is in the bundle or one of the chunks it loads beside it
      const code = readdirSync(join(ROOT, bundle))
        .filter((f) => f.endsWith('.mjs') && f !== 'wordWorker.mjs')
        .map((f) => readFileSync(join(ROOT, bundle, f), 'utf8'));
      expect(code.some((c) => c.includes('./wordWorker.mjs')), bundle).toBe(true);
      const answers = await readWith(join(ROOT, bundle, 'wordWorker.mjs'), path);
      expect(answers[0], bundle).toEqual({ ready: true });
      const answer = answers[1] as { ok: true; value: { proposals: Array<{ resolution: string }> } };
      expect(answer.ok, bundle).toBe(true);
      expect(answer.value.proposals.map((p) => p.resolution), bundle).toEqual(['34']);
    }
  }, 60_000);
});
