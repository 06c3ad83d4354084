// Child process of the crash tests: saves generation after generation until it is SIGKILLed.
// Prints each generation number after its save returned (pipes to the parent are synchronous).
//   saveLoop file <path> <firstGeneration>      writeContributionFile over <path>
//   saveLoop journal <dataDir> <firstGeneration> DocumentSession.update (the recovery journal)
//   saveLoop delta <dataDir> <firstGeneration>   DocumentSession.patch: each generation sent as what changed
//                                                (appended to the journal's log, written whole now and then)
import { writeContributionFile } from '../../../main/services/contributionFile';
import { DocumentSession } from '../../../main/services/documentSession';
import { contentDelta } from '../../../shared/host/contentDelta';
import { deltaGeneration, generationContribution } from './generation';

const [mode, target, first] = process.argv.slice(2);
let g = Number(first);

if (mode === 'file') {
  process.stdout.write('ready\n');
  for (;;) {
    writeContributionFile(target, generationContribution(g));
    process.stdout.write(`${g}\n`);
    g++;
  }
} else if (mode === 'journal') {
  const session = new DocumentSession({ folders: { documents: target, state: `${target}/.state` }, author: () => 'crash-test' });
  const doc = (await session.restore()) ?? (await session.create());
  process.stdout.write('ready\n');
  for (;;) {
    const c = generationContribution(g);
    await session.update(doc.docId, { settings: c.settings, proposals: c.proposals });
    process.stdout.write(`${g}\n`);
    g++;
  }
} else if (mode === 'delta') {
  const session = new DocumentSession({ folders: { documents: target, state: `${target}/.state` }, author: () => 'crash-test' });
  const doc = (await session.restore()) ?? (await session.create());
  let held = { settings: doc.contribution.settings, proposals: doc.contribution.proposals };
  process.stdout.write('ready\n');
  for (;;) {
    const c = deltaGeneration(g);
    const next = { settings: c.settings, proposals: c.proposals };
    await session.patch(doc.docId, contentDelta(held, next) ?? {});
    held = next;
    process.stdout.write(`${g}\n`);
    g++;
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
