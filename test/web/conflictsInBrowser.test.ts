import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserSession, startWebHost, type BrowserSession, type WebHost } from '../browser/harness';
import { openProposal, waitForJournal } from '../browser/editorPage';
import { writeContributionFile, readContributionFile } from '../../main/services/contributionFile';
import { sampleContribution } from '../services/sampleContribution';
import { apiCall } from './rawRequest';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
});

async function call<T>(host: WebHost, method: string, args: unknown[]): Promise<T> {
  const r = await apiCall(Number(new URL(host.url).port), '/app/', method, args);
  const body = JSON.parse(r.body) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(body.error);
  return body.value;
}

async function typeReasons(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('reasons');
  await box.fill(text);
  await waitForJournal(page);
}

describe('no silent overwrite in the browser host', () => {
  it('Save proposes a name that collides with no file, and asks in the app (no window.prompt) before replacing one', async () => {
    const s: BrowserSession = await startBrowserSession();
    cleanup.push(() => s.close());
    const existing = join(s.host.dataDir, 'Contribution.resdraft');
    writeContributionFile(existing, sampleContribution());
    const before = readFileSync(existing, 'utf8');
    const prompts: string[] = [];
    s.page.on('dialog', (d) => {
      prompts.push(d.message());
      void d.dismiss();
    });
    await s.page.locator('[data-number="5"]').waitFor();
    await openProposal(s.page, '34');
    await typeReasons(s.page, 'mine, to be saved');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = s.page.getByTestId('save-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await s.page.getByTestId('save-name').inputValue()).toBe('Contribution 2.resdraft');
    await s.page.getByTestId('save-name').fill('Contribution');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const question = s.page.getByTestId('replace-question');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/“Contribution\.resdraft” already exists in the data folder\. Replace it\?/);
    await s.page.getByTestId('choose-another').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => existsSync(join(s.host.dataDir, 'Contribution 2.resdraft'))).toBe(true);
    expect(readFileSync(existing, 'utf8')).toBe(before);
    expect(readContributionFile(join(s.host.dataDir, 'Contribution 2.resdraft')).contribution.proposals.find((p) => p.baseline?.number === '34')?.reasons).toBe('mine, to be saved');
    expect(prompts).toEqual([]);
  }, 120_000);

  it('two pages on one contribution: the later edit is not saved over the other; the page says so and offers reload, copy, compare', async () => {
    const s = await startBrowserSession();
    cleanup.push(() => s.close());
    const a = s.page;
    await a.locator('[data-number="5"]').waitFor();
    const b = await s.context.newPage();
    await b.goto(s.url);
    await b.locator('[data-number="5"]').waitFor();
    await openProposal(a, '34');
    await typeReasons(a, 'written in page A');
    await openProposal(b, '45');
    await b.getByTestId('reasons').fill('written in page B');
    const alert = b.getByTestId('conflict');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/changed in another window or tab since this one loaded it/);
    await alert.getByRole('button', { name: 'Compare the two' }).click();
    await b.getByTestId('conflict-diff').first().waitFor();
    expect(await b.getByTestId('conflict-diff').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Resolution 34.*only in theirs/), expect.stringMatching(/Resolution 45.*only in mine/)]));
    // page A's edit is what the host holds
    const held = await call<{ contribution: { proposals: { reasons: string }[] } }>(s.host, 'restoreSession', []);
    expect(held.contribution.proposals.map((p) => p.reasons)).toEqual(['written in page A']);
    await alert.getByRole('button', { name: 'Reload theirs' }).click();
    await alert.waitFor({ state: 'detached' });
    await openProposal(b, '34');
    expect(await b.getByTestId('reasons').inputValue()).toBe('written in page A');
  }, 120_000);

  it('two browser hosts on one data folder work side by side: no false recovery, and a save over the other host’s save is refused and kept as a copy', async () => {
    const one = await startWebHost();
    cleanup.push(() => one.close());
    const doc = await call<{ docId: string }>(one, 'newContribution', []);
    const c = sampleContribution();
    c.proposals[0].reasons = 'original';
    await call(one, 'updateContribution', [doc.docId, { settings: c.settings, proposals: c.proposals }]);
    await call(one, 'saveContributionAs', [doc.docId, { path: 'shared' }]);

    const two = await startBrowserSession({ dataDir: one.dataDir });
    cleanup.push(() => two.close());
    const page = two.page;
    await page.locator('[data-number="5"]').waitFor();
    expect(await page.getByTestId('recovered').count()).toBe(0); // host one's live document is not "recovered"
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByRole('button', { name: 'shared.resdraft' }).first().click();
    await expect.poll(() => page.getByTestId('doc-status').textContent()).toMatch(/^shared\.resdraft/);
    await openProposal(page, '5');

    // host one saves a change to the same file
    c.proposals[0].reasons = 'saved by the other host';
    await call(one, 'updateContribution', [doc.docId, { settings: c.settings, proposals: c.proposals }]);
    await call(one, 'saveContribution', [doc.docId]);

    await typeReasons(page, 'saved by this page');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = page.getByTestId('conflict');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/"shared\.resdraft" was changed by another window or program since you opened it/);
    const shared = join(one.dataDir, 'shared.resdraft');
    expect(readContributionFile(shared).contribution.proposals[0].reasons).toBe('saved by the other host');
    await alert.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await alert.waitFor({ state: 'detached' });
    const copy = join(one.dataDir, 'shared (my copy).resdraft');
    await expect.poll(() => existsSync(copy)).toBe(true);
    expect(readContributionFile(copy).contribution.proposals[0].reasons).toBe('saved by this page');
    expect(readContributionFile(shared).contribution.proposals[0].reasons).toBe('saved by the other host');
    await expect.poll(() => page.getByTestId('doc-status').textContent()).toMatch(/shared \(my copy\)\.resdraft/);
  }, 120_000);
});
