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

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'resdraft-bench-'));
try {
  const folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
  const s = new DocumentSession({ folders, author: () => 'bench' });
  const doc = s.create();
  const proposals = NUMBERS.map((n) => proposalFor(n));
  const settings = doc.contribution.settings;
  s.update(doc.docId, { settings, proposals });
  for (let v = 0; v < 20; v++) {
    proposals[v % proposals.length].reasons = `revision ${v}`;
    s.update(doc.docId, { settings, proposals });
    s.createVersion(doc.docId, `version ${v}`);
  }
  const path = join(folders.documents, 'bench.resdraft');
  s.saveAs(doc.docId, path, '.resdraft');
  const size = statSync(path).size;

  let k = 0;
  const autosave = time(() => {
    proposals[0].reasons = `edit ${k++}`;
    s.update(doc.docId, { settings, proposals });
  }, 30);
  const save = time(() => {
    proposals[1].reasons = `save ${k++}`;
    s.update(doc.docId, { settings, proposals });
    s.save(doc.docId);
  }, 15);
  const open = time(() => readContributionFile(path), 15);
  console.log(`store bench: ${NUMBERS.length} proposals, ${s.listVersions(doc.docId).length} versions, file ${(size / 1024 / 1024).toFixed(2)} MB`);
  console.log(`  autosave (journal, fsync)   median ${median(autosave).toFixed(1)} ms  (n=${autosave.length})`);
  console.log(`  save (+version, atomic)     median ${median(save).toFixed(1)} ms  (n=${save.length})`);
  console.log(`  open (read + validate)      median ${median(open).toFixed(1)} ms  (n=${open.length})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
