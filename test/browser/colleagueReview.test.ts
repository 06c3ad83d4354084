/**
 * Reviewing a colleague's changes in the app (browser host, Chromium), keyboard only: a
 * contribution imported from a Word document a colleague revised with Track Changes opens with
 * the colleague's changes listed under their name and labelled in the editor; one is accepted,
 * one rejected, with the keyboard; the marks against the adopted text stay the engine's on the
 * draft; the state survives save and reopen, and the review ends when nothing is left. A change
 * of the reasons is reviewed the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContributionFile, writeContributionFile } from '../../main/services/contributionFile';
import { Corpus } from '../../main/services/corpus';
import { newContribution } from '../../shared/contribution/newContribution';
import { countChanges } from '../../shared/engine/changeCount';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { toDocx } from '../../main/services/docx/toDocx';
import { settings } from '../export/handMade';
import { trackedReplace } from '../word/colleagueDocx';
import { withoutItem } from '../word/delegateDraft';
import { audit, blocking } from '../a11y/axeAudit';
import { useAppSession } from './appSession';
import { selectInLine } from './editorPage';

const s = useAppSession();
const corpus = new Corpus();
const NAME = 'Jane Colleague';
const ADOPTED = corpus.text('34');
/** What the delegate sent: one word pair inserted. */
const SENT = ADOPTED.replace('that there is a growing general awareness', 'that there is a strong and growing awareness');
/** What came back: three changes by the colleague on top. */
const EDITS: Array<[string, string]> = [
  ['potentially serious', 'very serious'],
  ['for humanitarian assistance', 'for humanitarian assistance of the ITU\u2011D\u00a0Sector'],
  ['Article 46 of the Constitution', 'Article 46 of the ITU Constitution'],
];
const RETURNED = EDITS.reduce((t, [a, b]) => t.replace(a, b), SENT);
const status = () => s.page.getByTestId('doc-status');
const panel = () => s.page.getByTestId('colleague-review');

/** The review's changes are edits of the document: it becomes edited, then Ctrl+S saves it. */
async function saveNow(): Promise<void> {
  const { page } = s;
  await status().getByText('edited').waitFor({ timeout: 5000 });
  await page.locator('[data-testid="editor"]').click();
  await page.keyboard.press('Control+s');
  await expect.poll(async () => status().textContent(), { timeout: 5000 }).not.toMatch(/edited/);
}

async function openFile(stem: string): Promise<void> {
  const { page } = s;
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-panel').getByRole('button', { name: new RegExp(`^${stem}`) }).first().click();
  const ask = page.getByTestId('leave-dialog');
  await ask.waitFor({ timeout: 1500 }).then(
    () => ask.getByRole('button', { name: 'Leave without saving' }).click(),
    () => undefined,
  );
  await status().getByText(new RegExp(`^${stem}`)).waitFor();
  await page.locator('[data-number="34"]').first().click();
  await page.locator('[data-testid="editor"]').waitFor();
}

/** Press Tab until the focused element's accessible name matches, then Enter. */
async function tabToAndPress(pattern: RegExp): Promise<string> {
  const { page } = s;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    if (pattern.test(name)) {
      await page.keyboard.press('Enter');
      return name;
    }
  }
  throw new Error(`no focusable control matching ${pattern}`);
}

describe("reviewing a colleague's changes", () => {
  const path = () => join(s.host.dataDir, 'colleague.resdraft');

  it('opens with the changes listed under the author and labelled in the editor; the marks against the adopted text are not doubled', async () => {
    const c = newContribution(2025);
    c.proposals = [{ id: 'word-1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(RETURNED), reasons: 'Reasons.', review: { before: fromText(SENT), authors: [NAME], source: 'sent.docx' } }];
    writeContributionFile(path(), c);
    await openFile('colleague');
    const { page } = s;
    await panel().waitFor();
    expect(await panel().getByRole('heading').textContent()).toBe(`Changes by ${NAME}`);
    expect(await panel().getByTestId('colleague-change').count()).toBe(3);
    expect(await page.locator('[data-number="34"] [data-testid="review-badge"]').getAttribute('title')).toBe(`Changes by ${NAME} awaiting review`);
    expect(await panel().getByRole('status').textContent()).toMatch(/3 changes awaiting your review/);
    const labelled = page.locator('.rd-editor .colleague-change');
    expect(await labelled.count()).toBe(3);
    expect(await labelled.first().getAttribute('data-colleague')).toBe(`by ${NAME}`);
    expect(await labelled.first().getAttribute('title')).toMatch(new RegExp(`by ${NAME}`));
    // the marks and the count are the engine's against the adopted text, on the draft
    const expected = countChanges(compare(corpus.resolution('34'), fromText(RETURNED)).rows);
    expect(await page.getByTestId('change-count').textContent()).toBe(`${expected} changes`);
    expect(await page.getByTestId('symbol').textContent()).toBe('MOD');
    // no serious or critical accessibility violation with the panel and the labels shown
    const report = await audit(page, 'colleague review');
    expect(blocking(report), JSON.stringify(blocking(report), null, 1)).toEqual([]);
    // Go to puts the caret in the changed line
    await panel().getByRole('button', { name: /^Go to .*by Jane Colleague/ }).last().focus();
    await page.keyboard.press('Enter');
    const caretLine = (): Promise<string> =>
      page.evaluate(() => {
        const sel = window.getSelection();
        const node = sel?.anchorNode;
        const el = node instanceof Element ? node : node?.parentElement;
        return el?.closest('.rd-editor > *')?.textContent ?? '';
      });
    await expect.poll(caretLine).toContain('Article 46 of the ITU Constitution');
  });

  it('accepts one and rejects one with the keyboard, saves, and the state is kept on reopening', async () => {
    const { page } = s;
    await panel().getByRole('button', { name: /^Go to .*by Jane Colleague/ }).first().focus();
    const accepted = await tabToAndPress(/^Accept .*by Jane Colleague$/);
    await panel().getByRole('status').getByText(/Accepted .* 2 changes awaiting your review/).waitFor();
    expect(accepted).toMatch(/^Accept /);
    // an accept is one editor step: Ctrl+Z brings the change back, Ctrl+Shift+Z accepts it again
    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('Control+z');
    await panel().getByRole('status').getByText(/3 changes awaiting your review/).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await panel().getByRole('status').getByText(/ 2 changes awaiting your review/).waitFor();
    // reject the "ITU Constitution" change (the last one listed)
    await panel().getByRole('button', { name: /^Go to / }).last().focus();
    await tabToAndPress(/^Reject .*by Jane Colleague$/);
    await panel().getByRole('status').getByText(/Rejected .* 1 change awaiting your review/).waitFor();
    expect(await page.locator('.rd-editor').textContent()).not.toContain('Article 46 of the ITU Constitution');
    expect(await page.locator('.rd-editor .colleague-change').count()).toBe(1);
    await saveNow();

    const file = readContributionFile(path()).contribution.proposals[0];
    const kept = RETURNED.replace('Article 46 of the ITU Constitution', 'Article 46 of the Constitution');
    expect(toText(file.draft)).toBe(kept);
    expect(file.review?.authors).toEqual([NAME]);
    // the first listed change (very serious) is now part of what the delegate holds as sent
    expect(toText(file.review!.before)).toBe(SENT.replace('potentially serious', 'very serious'));
    expect(readFileSync(path(), 'utf8')).toContain('"review"');

    await openFile('colleague');
    await panel().waitFor();
    expect(await panel().getByTestId('colleague-change').count()).toBe(1);
    expect(await panel().getByTestId('colleague-change').first().textContent()).toMatch(/by Jane Colleague/);
  });

  it('accepting the last change ends the review; it stays ended after save and reopen', async () => {
    const { page } = s;
    await panel().getByRole('button', { name: /^Go to / }).first().focus();
    await tabToAndPress(/^Accept /);
    await panel().getByRole('status').getByText(/Nothing left to review/).waitFor();
    expect(await page.locator('.rd-editor .colleague-change').count()).toBe(0);
    // undo brings the last change back into the review, redo ends it again
    await page.locator('[data-testid="editor"]').click();
    await page.keyboard.press('Control+z');
    await panel().getByRole('status').getByText(/1 change awaiting your review/).waitFor();
    expect(await page.locator('.rd-editor .colleague-change').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await panel().getByRole('status').getByText(/Nothing left to review/).waitFor();
    await page.locator('[data-number="34"] [data-testid="review-badge"]').waitFor({ state: 'detached' });
    await saveNow();
    const file = readContributionFile(path()).contribution.proposals[0];
    expect(file.review).toBeUndefined();
    expect(toText(file.draft)).toBe(RETURNED.replace('Article 46 of the ITU Constitution', 'Article 46 of the Constitution'));
    await panel().getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Enter');
    await panel().waitFor({ state: 'detached' });
    await openFile('colleague');
    expect(await panel().count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it("a Word document a colleague revised opens from the Open dialog as a new contribution with the review", async () => {
    const { page } = s;
    const changes = compare(corpus.resolution('34'), fromText(SENT));
    let docx = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'ACP/23A1/1', changes, reasons: 'Reasons.' }] }, { author: 'Delegate A' });
    for (const [a, b] of EDITS.slice(0, 2)) docx = trackedReplace(docx, a, b, NAME);
    writeFileSync(join(s.host.dataDir, 'returned.docx'), docx);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^returned\.docx/ }).click();
    await panel().waitFor();
    expect(await panel().getByRole('heading').textContent()).toBe(`Changes by ${NAME}`);
    expect(await panel().getByTestId('colleague-change').count()).toBe(2);
    expect(await panel().locator('.hint').textContent()).toMatch(/From returned\.docx/);
    // the marks against the adopted text: the engine's on the draft with the colleague's changes
    const draft = EDITS.slice(0, 2).reduce((t, [a, b]) => t.replace(a, b), SENT);
    const expected = countChanges(compare(corpus.resolution('34'), fromText(draft)).rows);
    expect(await page.getByTestId('change-count').textContent()).toBe(`${expected} changes`);
    await panel().getByRole('button', { name: /^Go to / }).first().focus();
    await tabToAndPress(/^Reject .*by Jane Colleague$/);
    await panel().getByRole('status').getByText(/Rejected .* 1 change awaiting your review/).waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('a line the colleague deleted is shown where it stood, labelled, and Reject brings it back', async () => {
    const { page } = s;
    const { text: withoutB, removed } = withoutItem(SENT, 'b)');
    const gone = removed.slice(3);
    const c = newContribution(2025);
    c.proposals = [{ id: 'word-1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(withoutB), reasons: 'Reasons.', review: { before: fromText(SENT), authors: [NAME] } }];
    writeContributionFile(join(s.host.dataDir, 'deleted.resdraft'), c);
    await openFile('deleted');
    await panel().waitFor();
    const shown = page.locator('.rd-editor .colleague-deleted');
    await shown.waitFor();
    expect(await shown.getAttribute('data-colleague')).toBe(`deleted by ${NAME}`);
    expect(await shown.textContent()).toBe(`b)\t${gone}`);
    await panel().getByRole('button', { name: /^Go to .*deleted item by Jane Colleague/ }).focus();
    await tabToAndPress(/^Reject .*by Jane Colleague$/);
    await panel().getByRole('status').getByText(/Nothing left to review/).waitFor();
    expect(await shown.count()).toBe(0);
    expect((await page.locator('.rd-editor > p:not([contenteditable="false"])').allTextContents()).some((t) => t.includes(gone))).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });

  it("the delegate's own typing in a line the colleague left alone is not listed as the colleague's", async () => {
    const { page } = s;
    const c = newContribution(2025);
    c.proposals = [{ id: 'word-1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(RETURNED), reasons: 'Reasons.', review: { before: fromText(SENT), authors: [NAME] } }];
    writeContributionFile(join(s.host.dataDir, 'own.resdraft'), c);
    await openFile('own');
    await panel().waitFor();
    expect(await panel().getByTestId('colleague-change').count()).toBe(3);
    await selectInLine(page, 'Article 40 of the ITU Constitution');
    await page.keyboard.type(' (mine)');
    const line = page.locator('.rd-editor > p', { hasText: 'Article 40 of the ITU Constitution' });
    await line.getByText(/\(mine\)/).waitFor();
    expect(await panel().getByTestId('colleague-change').count()).toBe(3);
    expect(await line.getAttribute('class')).not.toMatch(/colleague-change/);
    // typing inside the colleague's change is part of that change
    await selectInLine(page, 'very serious', 'very');
    await page.keyboard.type('truly');
    expect(await panel().getByTestId('colleague-change').count()).toBe(3);
    expect(await panel().getByTestId('colleague-change').first().textContent()).toMatch(/truly/);
    await saveNow();
    const file = readContributionFile(join(s.host.dataDir, 'own.resdraft')).contribution.proposals[0];
    expect(toText(file.review!.before)).toContain('Article 40 of the ITU Constitution, on priority of telecommunications concerning safety of life; (mine)');
    expect(toText(file.review!.before)).not.toContain('truly');
    expect(s.pageErrors).toEqual([]);
  });

  it("the colleague's change of the reasons is listed with the rest; Reject puts back the reasons as sent", async () => {
    const { page } = s;
    const theirs = SENT.replace('potentially serious', 'very serious');
    const c = newContribution(2025);
    c.proposals = [{ id: 'word-1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(theirs), reasons: 'Their reasons.', review: { before: fromText(SENT), authors: [NAME], reasonsBefore: 'My reasons.' } }];
    const path = join(s.host.dataDir, 'reasons.resdraft');
    writeContributionFile(path, c);
    await openFile('reasons');
    await panel().waitFor();
    expect(await panel().getByRole('status').textContent()).toMatch(/2 changes awaiting your review/);
    const item = panel().getByTestId('colleague-reasons');
    expect(await item.textContent()).toMatch(/^Reasons: changed by Jane Colleague.*You sent: “My reasons\.”/);
    expect(await page.getByTestId('reasons').inputValue()).toBe('Their reasons.');
    const report = await audit(page, 'colleague review with the reasons');
    expect(blocking(report), JSON.stringify(blocking(report), null, 1)).toEqual([]);
    await panel().getByRole('button', { name: `Reject the reasons by ${NAME}` }).focus();
    await page.keyboard.press('Enter');
    await panel().getByRole('status').getByText(/Rejected the reasons by Jane Colleague\. 1 change awaiting your review/).waitFor();
    expect(await page.getByTestId('reasons').inputValue()).toBe('My reasons.');
    expect(await item.count()).toBe(0);
    await panel().getByRole('button', { name: 'Accept all' }).focus();
    await page.keyboard.press('Enter');
    await panel().getByRole('status').getByText(/Nothing left to review/).waitFor();
    await saveNow();
    const file = readContributionFile(path).contribution.proposals[0];
    expect(file.reasons).toBe('My reasons.');
    expect(file.review).toBeUndefined();
    expect(toText(file.draft)).toBe(theirs);
    expect(s.pageErrors).toEqual([]);
  });

  it("only the reasons changed: Accept keeps the colleague's reasons and ends the review", async () => {
    const { page } = s;
    const c = newContribution(2025);
    c.proposals = [{ id: 'word-1', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: fromText(SENT), reasons: 'Their reasons.', review: { before: fromText(SENT), authors: [NAME], reasonsBefore: 'My reasons.' } }];
    const path = join(s.host.dataDir, 'reasons-only.resdraft');
    writeContributionFile(path, c);
    await openFile('reasons-only');
    await panel().waitFor();
    expect(await panel().getByRole('status').textContent()).toMatch(/1 change awaiting your review/);
    expect(await panel().getByTestId('colleague-change').count()).toBe(0);
    expect(await page.locator('[data-number="34"] [data-testid="review-badge"]').count()).toBe(1);
    await panel().getByRole('button', { name: `Accept the reasons by ${NAME}` }).focus();
    await page.keyboard.press('Enter');
    await panel().getByRole('status').getByText(/Accepted the reasons by Jane Colleague\. Nothing left to review/).waitFor();
    await page.locator('[data-number="34"] [data-testid="review-badge"]').waitFor({ state: 'detached' });
    expect(await page.getByTestId('reasons').inputValue()).toBe('Their reasons.');
    await saveNow();
    const file = readContributionFile(path).contribution.proposals[0];
    expect(file.reasons).toBe('Their reasons.');
    expect(file.review).toBeUndefined();
    expect(s.pageErrors).toEqual([]);
  });

  it('a damaged Word document from the Open dialog is refused with its name, and nothing is opened', async () => {
    const { page } = s;
    writeFileSync(join(s.host.dataDir, 'damaged.docx'), 'not a zip at all');
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^damaged\.docx/ }).click();
    const ask = page.getByTestId('leave-dialog');
    await ask.waitFor({ timeout: 1500 }).then(
      () => ask.getByRole('button', { name: 'Leave without saving' }).click(),
      () => undefined,
    );
    const error = page.locator('.pane > .error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/damaged\.docx: is not a Word \.docx document/);
    expect(readFileSync(join(s.host.dataDir, 'damaged.docx'), 'utf8')).toBe('not a zip at all');
  });
});
