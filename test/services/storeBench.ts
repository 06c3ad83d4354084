// Store benchmark: `npm run bench:store`. Prints figures, asserts nothing.
// A realistic large contribution (all 14 resolutions revised) saved 10,000 times with a small
// edit each time (one word of one proposal), as a delegate's autosave-and-save day after day:
// bytes per save, the file size, and open time (read + validate + rebuild the oldest version).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSession } from '../../main/services/documentSession';
import { readContributionFile, serializeContribution } from '../../main/services/contributionFile';
import { newContribution } from '../../shared/contribution/newContribution';
import { appendVersion, versionProposals } from '../../shared/contribution/versionChain';
import type { Contribution } from '../../shared/contribution/schema';
import { proposalFor } from './sampleContribution';

const NUMBERS = readdirSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022'))
  .map((f) => /^res-(\d+)\.txt$/.exec(f)?.[1])
  .filter((n): n is string => Boolean(n));
const SAVES = Number(process.env.RESDRAFT_BENCH_SAVES ?? 10_000);

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

/** The i-th small edit: one word of one item of one proposal. */
function edit(c: Contribution, i: number): void {
  const p = c.proposals[i % c.proposals.length];
  const call = p.draft.calls[(i >> 4) % p.draft.calls.length];
  const block = call.blocks[0];
  if (block.type === 'paragraph') block.text = block.text.replace(/^(\S+)( \(edit \d+\))?/, `$1 (edit ${i})`);
  else block.items[0].text = block.items[0].text.replace(/^(\S+)( \(edit \d+\))?/, `$1 (edit ${i})`);
}

const root = mkdtempSync(join(tmpdir(), 'resdraft-bench-'));
try {
  const folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);

  // 1. the history of SAVES saves, built as each save builds it (one version per save)
  let c = newContribution(2025);
  c.proposals = NUMBERS.map((n) => proposalFor(n));
  const sizes: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < SAVES; i++) {
    edit(c, i);
    c = { ...c, versions: appendVersion(c.versions, { id: `v${i}`, name: 'Saved', kind: 'saved', time: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(), author: 'bench' }, c.proposals) };
    if (i === 0 || i === SAVES - 1) sizes.push(serializeContribution(c).length);
  }
  const buildMs = performance.now() - t0;
  const path = join(folders.documents, 'bench.resdraft');
  writeFileSync(path, serializeContribution(c));
  const size = statSync(path).size;

  // 2. opening it, and rebuilding its oldest version
  const open = await time(() => readContributionFile(path), 9);
  const oldest = await time(() => versionProposals(c.versions, c.versions[0].id), 5);

  // 3. real saves through the session on top of it (validate the file on disk, write atomically, journal)
  const s = new DocumentSession({ folders, author: () => 'bench' });
  const doc = await s.open(path);
  const content = { settings: doc.contribution.settings, proposals: doc.contribution.proposals };
  let k = SAVES;
  const autosave = await time(() => {
    content.proposals[0].reasons = `edit ${k++}`;
    return s.update(doc.docId, content);
  }, 15);
  const save = await time(async () => {
    content.proposals[1].reasons = `save ${k++}`;
    await s.update(doc.docId, content);
    await s.save(doc.docId);
  }, 9);
  s.dispose();

  const perSave = (sizes[1] - sizes[0]) / (SAVES - 1);
  console.log(`store bench: ${NUMBERS.length} proposals, ${SAVES} saves with a small edit each`);
  console.log(`  file after 1 save            ${(sizes[0] / 1024).toFixed(0)} KB`);
  console.log(`  file after ${SAVES} saves     ${(size / 1024 / 1024).toFixed(2)} MB  (limit 5 MB)`);
  console.log(`  bytes per save               ${perSave.toFixed(0)} B (mean over ${SAVES - 1} saves)`);
  console.log(`  saves to reach 5 MB          ~${Math.floor((5 * 1024 * 1024 - sizes[0]) / perSave)}`);
  console.log(`  building the history         ${(buildMs / SAVES).toFixed(2)} ms per save`);
  console.log(`  open (read + validate)       median ${median(open).toFixed(0)} ms  (n=${open.length})`);
  console.log(`  rebuild the oldest version   median ${median(oldest).toFixed(0)} ms  (n=${oldest.length})`);
  console.log(`  autosave (journal, fsync)    median ${median(autosave).toFixed(1)} ms  (n=${autosave.length})`);
  console.log(`  autosave + save (+version)   median ${median(save).toFixed(1)} ms  (n=${save.length})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
