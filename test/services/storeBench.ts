// Store benchmark: `npm run bench:store`. Prints figures, asserts nothing.
// A realistic large contribution (all 14 resolutions revised, 20 named versions) through the
// services: autosave (journal write incl. fsync), save (validate existing file + atomic write +
// version), open (read + validate).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSession } from '../../main/services/documentSession';
import { proposalFor } from './sampleContribution';
import { readContributionFile } from '../../main/services/contributionFile';

const NUMBERS = readdirSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022'))
  .map((f) => /^res-(\d+)\.txt$/.exec(f)?.[1])
  .filter((n): n is string => Boolean(n));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => unknown, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'resdraft-bench-'));
try {
  const folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
  const s = new DocumentSession({ folders, author: () => 'bench' });
  const doc = await s.create();
  const proposals = NUMBERS.map((n) => proposalFor(n));
  const settings = doc.contribution.settings;
  await s.update(doc.docId, { settings, proposals });
  for (let v = 0; v < 20; v++) {
    proposals[v % proposals.length].reasons = `revision ${v}`;
    await s.update(doc.docId, { settings, proposals });
    await s.createVersion(doc.docId, `version ${v}`);
  }
  const path = join(folders.documents, 'bench.resdraft');
  await s.saveAs(doc.docId, path, '.resdraft');
  const size = statSync(path).size;

  let k = 0;
  const autosave = await time(() => {
    proposals[0].reasons = `edit ${k++}`;
    return s.update(doc.docId, { settings, proposals });
  }, 30);
  const save = await time(async () => {
    proposals[1].reasons = `save ${k++}`;
    await s.update(doc.docId, { settings, proposals });
    await s.save(doc.docId);
  }, 15);
  const open = await time(() => readContributionFile(path), 15);
  console.log(`store bench: ${NUMBERS.length} proposals, ${s.listVersions(doc.docId).length} versions, file ${(size / 1024 / 1024).toFixed(2)} MB`);
  console.log(`  autosave (journal, fsync)   median ${median(autosave).toFixed(1)} ms  (n=${autosave.length})`);
  console.log(`  autosave + save (+version)  median ${median(save).toFixed(1)} ms  (n=${save.length})`);
  console.log(`  open (read + validate)      median ${median(open).toFixed(1)} ms  (n=${open.length})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
