/**
 * Issue 19, point 4 in the host's export and check paths: a proposal whose draft's number line
 * names another resolution than the proposal revises, and a draft new resolution still holding the
 * template's placeholders, are errors of the checks (the app's Checks panel and `resdraft check`
 * run the same `checkContribution`) and are refused by the export, by name, writing nothing.
 */
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { checkContribution, type CheckInput } from '../../shared/checks/checkContribution';
import { templatePlaceholders } from '../../shared/checks/templatePlaceholders';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { OpenDocument } from '../../shared/host/hostApi';
import { fromText } from '../../shared/text/fromText';
import { defaultSettings } from '../../shared/contribution/newContribution';
import { draftSkeleton } from '../../renderer/store/skeleton';
import { toText } from '../../shared/text/toText';
import { hostFixture, type HostFixture } from '../ipc/hostFixture';
import { sampleContribution } from '../services/sampleContribution';

const corpus = new Corpus();
let f: HostFixture;
beforeEach(() => (f = hostFixture()));
afterEach(() => f.dispose());

/** The app's template of a second draft new resolution (renderer/store/skeleton.ts), untouched. */
const TEMPLATE = toText(draftSkeleton(defaultSettings(2029), 2));

function checksOf(content: ContributionContent) {
  const input: CheckInput = {
    proposals: content.proposals.map((p) => ({ id: p.id, baseline: p.baseline, symbol: p.symbol, draft: p.draft, reasons: p.reasons })),
    target: content.settings.conference,
    baselineOf: (ref) => corpus.resolution(ref.number, ref.edition),
    editions: [],
  };
  return checkContribution(input);
}

async function exportOf(content: ContributionContent): Promise<string> {
  const doc = (await f.handlers.newContribution([])) as OpenDocument;
  await f.handlers.updateContribution([doc.docId, content]);
  return f.handlers.exportContribution([doc.docId, { format: 'docx', target: { path: 'out' } }]).then(
    () => 'exported',
    (e: Error) => e.message,
  );
}

describe('a draft compared with another resolution than it revises', () => {
  it('is an error of the checks and refused by the export, naming both resolutions', async () => {
    const c = sampleContribution();
    // the proposal revises Resolution 5, but its draft is a draft of Resolution 34
    c.proposals[0].draft = c.proposals[1].draft;
    const content = { settings: c.settings, proposals: c.proposals };
    const mismatch = checksOf(content).filter((x) => x.code === 'number-line-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ severity: 'error', place: { proposal: 'Resolution 5', line: 0 } });
    expect(mismatch[0].message).toMatch(/^The number line names Resolution 34 \(“RESOLUTION\s34 \(Rev\. Baku, 2025\)”\), but this proposal revises Resolution 5: /);
    expect(await exportOf(content)).toMatch(/^proposal 1 \(Resolution 5\): the number line names Resolution 34 .*, not Resolution 5 that the proposal revises; correct the number line before exporting\.$/);
    expect(readdirSync(f.folders.documents)).toEqual([]);
  });
});

describe('the draft-new-resolution template left untouched', () => {
  it('finds every placeholder the template has, and none in an adopted resolution', () => {
    expect(templatePlaceholders(fromText(TEMPLATE)).map((p) => [p.part, p.text])).toEqual([
      ['numberLine', '[DRAFT-2]'],
      ['title', 'Title of the draft new resolution'],
      ['conferenceLine', 'Place'],
      ['item', 'that …;'],
      ['item', 'that …,'],
      ['item', 'that …;'],
      ['item', 'that ….'],
    ]);
    for (const r of corpus.list()) expect(templatePlaceholders(corpus.resolution(r.number)), r.number).toEqual([]);
    // an identifier of the delegate's own is no placeholder
    expect(templatePlaceholders(fromText(TEMPLATE.replace('[DRAFT-2]', '[ACP-1]')))[0].part).toBe('title');
  });

  it('is an error of the checks (no "No problems found") and blocks the export by name', async () => {
    const c = sampleContribution();
    c.proposals.push({ id: 'add-1', baseline: null, symbol: 'auto', draft: fromText(TEMPLATE), reasons: 'A new resolution.' });
    const content = { settings: c.settings, proposals: c.proposals };
    const found = checksOf(content).filter((x) => x.code === 'template-placeholder');
    expect(found.map((x) => [x.severity, x.place.line])).toEqual([
      ['error', 0],
      ['error', 1],
      ['error', 2],
      ['error', 4],
      ['error', 5],
      ['error', 7],
      ['error', 8],
    ]);
    expect(await exportOf(content)).toMatch(/^proposal 3 \(draft new resolution "add-1"\): The number line still has the template's identifier “\[DRAFT-2\]”/);
    expect(readdirSync(f.folders.documents)).toEqual([]);
    // filled in, it exports
    const filled = TEMPLATE.replace('[DRAFT-2]', '[ACP-1]')
      .replace('Title of the draft new resolution', 'Artificial intelligence for development')
      .replace('Place', 'Baku')
      .replace(/that …([;,.])/g, 'that it matters$1');
    content.proposals[2].draft = fromText(filled);
    expect(checksOf(content).filter((x) => x.code === 'template-placeholder')).toEqual([]);
    expect(await exportOf(content)).toBe('exported');
  });
});
