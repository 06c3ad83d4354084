/**
 * One number everywhere (property, over seeded delegation-style edits): the editor's marks (the
 * revision-marks plugin on the draft), the store's outcome (the sidebar's symbol, the pane's count),
 * the checks, the CLI's `compare --format json` (run in-process on the draft as a text file) and
 * the exported .docx give the same symbol, the same number of changes and the same moves; each
 * through its own public path. (In Chromium, test/browser/oneNumber.test.ts holds the editor's count
 * against Compare versions'.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { checkContribution } from '../../shared/checks/checkContribution';
import { exportContribution } from '../../shared/export/fromContribution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import type { Resolution } from '../../shared/model/resolution';
import { main } from '../../main/cli/resdraft';
import { toDocx } from '../../main/services/docx/toDocx';
import { fromModel } from '../../renderer/editor/fromModel';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { revisionMarksKey, revisionMarksPlugin } from '../../renderer/editor/revisionMarks';
import { changePlaces } from '../../renderer/review/changeNavigation';
import { ContributionStore } from '../../renderer/store/contributionStore';
import type { HostApi } from '../../shared/host/hostApi';
import { hostFixture } from '../ipc/hostFixture';
import { docxParts } from '../export/docxRead';
import { settings } from '../export/handMade';
import { seededDraft } from '../support/randomEdits';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const NUMBERS = ['5', '17', '34', '45', '48', '76'];
const adopted = (n: string): Resolution => fromText(readFileSync(join(DIR, `res-${n}.txt`), 'utf8'));
const schema = getSchema(RESOLUTION_NODES);
const tmp = mkdtempSync(join(tmpdir(), 'resdraft-one-number-'));
const fx = hostFixture();
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  fx.dispose();
});

interface Number_ {
  symbol: string;
  changes: number;
  moves: number;
}

/** The editor: the plugin's marks on the draft, counted as Next change steps through them. */
function editorSays(base: Resolution, draft: Resolution): Number_ {
  const state = EditorState.create({ doc: PMNode.fromJSON(schema, fromModel(draft)), plugins: [revisionMarksPlugin(base, 'marked')] });
  const changes = revisionMarksKey.getState(state)!.changes!;
  return { symbol: changes.action, changes: changePlaces(state.doc, changes).length, moves: changes.stats.movedItems };
}

/** The CLI: `resdraft compare N draft.txt --format json`, in-process. */
async function cliSays(n: string, draft: Resolution): Promise<Number_> {
  const file = join(tmp, `draft-${n}.txt`);
  writeFileSync(file, toText(draft));
  let out = '';
  const code = await main(['compare', n, file, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => undefined, readStdin: () => Promise.reject(new Error('no stdin')) });
  expect(code).toBe(0);
  const json = JSON.parse(out) as { action: string; changeCount: number; stats: { movedItems: number } };
  return { symbol: json.action, changes: json.changeCount, moves: json.stats.movedItems };
}

/** The .docx: the proposal's heading symbol and its Word moves. */
async function docxSays(n: string, base: Resolution, draft: Resolution): Promise<Omit<Number_, 'changes'>> {
  const content = { settings: settings(), proposals: [{ id: 'p', baseline: { edition: 'kigali-2022', number: n }, symbol: 'auto' as const, draft, reasons: 'r.' }] };
  const bytes = await toDocx(exportContribution(content, () => base), { date: '2025-05-01T10:00:00Z', author: 'T' });
  const { document } = docxParts(bytes);
  const symbol = /<w:t(?: [^>]*)?>(MOD|NOC|ADD|SUP)<\/w:t>/.exec(document)?.[1] ?? '?';
  return { symbol, moves: (document.match(/<w:moveFromRangeStart /g) ?? []).length };
}

/** The checks: the symbol they name a proposal by (a proposal without reasons is named in the finding). */
function checksSay(n: string, base: Resolution, draft: Resolution): string {
  const findings = checkContribution({ proposals: [{ id: 'p', baseline: { edition: 'kigali-2022', number: n }, symbol: 'auto', draft, reasons: '' }], target: null, baselineOf: () => base, editions: [] });
  return /The (\w+) proposal has no reasons/.exec(findings.find((f) => f.code === 'missing-reasons')!.message)![1];
}

describe('the editor, the store, the checks, the CLI and the .docx agree on the number', () => {
  it('seeded delegation-style edits (property)', async () => {
    const host = { ...fx.service, onCommand: () => () => undefined } as HostApi;
    const store = new ContributionStore(host);
    await store.start();
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...NUMBERS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 10 }), async (n, seed, edits) => {
          const base = adopted(n);
          const draft = seededDraft(base, seed, edits).draft;
          const id = (await store.startProposal(n, false))!;
          store.apply({ type: 'draft', proposalId: id, draft });
          const outcome = store.outcomeOf(id)!;
          const stored: Number_ = { symbol: outcome.symbol, changes: outcome.units.length, moves: outcome.changes.stats.movedItems };
          store.apply({ type: 'removeProposal', proposalId: id });
          expect(editorSays(base, draft)).toEqual(stored);
          expect(await cliSays(n, draft)).toEqual(stored);
          expect(await docxSays(n, base, draft)).toEqual({ symbol: stored.symbol, moves: stored.moves });
          expect(checksSay(n, base, draft)).toBe(stored.symbol);
        }),
        { numRuns: 12, seed: 2020 },
      );
    } finally {
      store.dispose();
    }
  }, 120_000);
});
