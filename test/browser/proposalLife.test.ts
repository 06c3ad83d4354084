/**
 * A proposal's life in the app (issue 23): the sidebar shows each proposal's status and, once
 * submitted, the secretariat's number; the Proposal pane sets the status (withStatus: what was
 * submitted is recorded, and a later edit is warned of in the checks) and edits the
 * co-signatories; all of it kept through save and reopen. The checks list, for a SUP of a
 * resolution other texts cite, each citation as a link that opens that adopted text at the
 * citing line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import { useAppSession } from './appSession';
import { closeTool, openProposal, openTool, selectInLine } from './editorPage';
import { answerSaveName } from './saveName';

const s = useAppSession();

describe('status, secretariat number and co-signatories', () => {
  it('are set in the Proposal pane, shown in the sidebar and the head, and kept through save and reopen', async () => {
    const { page, host } = s;
    await openProposal(page, '34');
    await selectInLine(page, 'that there is a growing general awareness', 'growing');
    await page.keyboard.type('widely shared');
    const row = page.getByTestId('proposal-list').locator('button', { hasText: 'Resolution 34' });
    expect(await row.locator('.proposal-status').textContent()).toBe('Draft');

    const pane = await openTool(page, 'Proposal');
    const number = pane.getByTestId('secretariat-number');
    expect(await number.isDisabled()).toBe(true);
    await pane.getByTestId('proposal-status').selectOption('common');
    await expect.poll(() => row.locator('.proposal-status').textContent()).toBe('Common proposal');
    await pane.getByTestId('proposal-status').selectOption('submitted');
    await number.fill('ABC/25/3');
    await expect.poll(() => row.locator('.proposal-status').textContent()).toBe('Submitted · ABC/25/3');
    expect(await page.getByTestId('proposal-life').textContent()).toBe('Submitted · ABC/25/3');

    const add = pane.getByLabel('Administration to add');
    for (const name of ['Japan', 'Republic of Korea', 'Japan', 'Australia']) {
      await add.fill(name);
      await pane.getByRole('button', { name: 'Add' }).click();
    }
    const listed = pane.getByTestId('cosignatories').locator('li');
    expect(await listed.allTextContents()).toEqual(['Japan', 'Republic of Korea', 'Australia']);
    await pane.getByRole('button', { name: 'Remove Republic of Korea' }).click();
    expect(await listed.allTextContents()).toEqual(['Japan', 'Australia']);

    // an edit after submission: the checks warn, naming the secretariat's number
    await selectInLine(page, 'that the number of natural and man-made disasters', 'natural');
    await page.keyboard.type('natural ');
    const checks = await openTool(page, 'Checks');
    await expect.poll(() => checks.locator('[data-code="edited-after-submission"]').textContent()).toMatch(/submitted \(ABC\/25\/3\) and its text has changed since/);
    await closeTool(page);

    // where the group's practice asks, the cover's Source lists them too (a setting of the contribution)
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByTestId('settings-panel');
    await settings.getByLabel('Source').fill('Member States of the Asia-Pacific Telecommunity');
    await settings.getByTestId('settings-cosignatories-in-source').check();
    await settings.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('button', { name: /Print preview/ }).click();
    const preview = page.getByTestId('print-preview');
    await preview.locator('.rd-cover').waitFor();
    expect(await preview.locator('.rd-cover').textContent()).toContain('Member States of the Asia-Pacific Telecommunity: Australia and Japan');
    await page.getByRole('button', { name: 'Close preview' }).click();
    await page.keyboard.press('Escape');

    await answerSaveName(page, 'life', () => page.getByRole('button', { name: 'Save', exact: true }).click());
    await page.getByTestId('doc-status').getByText(/^life\.resdraft$/).waitFor();
    const file = readdirSync(host.dataDir, { recursive: true, encoding: 'utf8' }).find((f) => /(^|\/)life\.resdraft$/.test(f))!;
    const saved = parseContributionText(readFileSync(join(host.dataDir, file), 'utf8')).proposals[0];
    expect(saved).toMatchObject({ status: 'submitted', secretariatNumber: 'ABC/25/3', cosignatories: ['Japan', 'Australia'], submitted: { fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    expect(parseContributionText(readFileSync(join(host.dataDir, file), 'utf8')).settings.cosignatoriesInSource).toBe(true);

    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByTestId('doc-status').getByText(/^Untitled/).waitFor();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^life/ }).first().click();
    await page.getByTestId('doc-status').getByText(/^life\.resdraft$/).waitFor();
    await expect.poll(() => page.getByTestId('proposal-list').locator('.proposal-status').allTextContents()).toEqual(['Submitted · ABC/25/3']);
    await page.getByTestId('proposal-list').locator('button').first().click();
    const again = await openTool(page, 'Proposal');
    expect(await again.getByTestId('cosignatories').locator('li').allTextContents()).toEqual(['Japan', 'Australia']);
    expect(await again.getByTestId('secretariat-number').inputValue()).toBe('ABC/25/3');
    await closeTool(page);
  }, 90_000);
});

describe('the impact of a suppression on the texts that cite it', () => {
  it('lists each citation as a link that opens that adopted text at the citing line', async () => {
    const { page } = s;
    await page.locator('[data-number="17"]').click();
    await page.getByRole('button', { name: 'Propose suppression (SUP)' }).click();
    const checks = await openTool(page, 'Checks');
    const finding = checks.locator('[data-code="cited-elsewhere"]');
    await finding.waitFor();
    expect(await finding.locator('.finding-message').textContent()).toBe('Resolution 17 is cited in Resolutions 55, 58 and 82: suppressing it leaves those citations pointing at a text that no longer exists.');
    const links = finding.getByTestId('finding-related').getByRole('button');
    expect(await links.allTextContents()).toEqual([
      'Resolution 55 › further resolves › 3',
      'Resolution 58 › further instructs the Director of the Telecommunication Development Bureau › 3',
      'Resolution 82 › instructs the Director of the Telecommunication Development Bureau › 4',
    ]);
    await links.nth(1).click();
    const view = page.getByTestId('adopted-at');
    await view.waitFor();
    const target = view.locator('.rd-target');
    expect(await target.count()).toBe(1);
    expect(await target.getAttribute('data-line')).toBe('57');
    expect(await target.textContent()).toMatch(/Resolution 17/);
    // in view, beside the checks that stay open
    const box = (await target.boundingBox())!;
    const scroller = (await view.locator('.doc-scroll').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(scroller.y);
    expect(box.y + box.height).toBeLessThanOrEqual(scroller.y + scroller.height);
    expect(await page.getByTestId('side-pane').getAttribute('data-tool')).toBe('checks');
    expect(s.pageErrors).toEqual([]);
  });
});
