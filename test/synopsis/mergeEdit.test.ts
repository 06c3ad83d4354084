/**
 * The coordinator's own wording and the provenance of a common proposal, in Chromium (real
 * browser host): three delegations' contribution files on Resolution 36 are compiled; the
 * unresolved conflict is listed and jumps to its row; it is resolved by editing (keyboard only,
 * the box prefilled with the chosen source's text); the adopted proposal shows where each change
 * came from; saved, a new contribution started and the saved one reopened, the draft, its marks
 * and its provenance are all kept, and the file on disk holds the provenance as a field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, blocking } from '../a11y/axeAudit';
import { useAppSession } from '../browser/appSession';
import { symbol, texts, LINES } from '../browser/editorPage';
import { answerSaveName } from '../browser/saveName';
import { parseContributionText } from '../../shared/contribution/parseContribution';
import { listUnder } from './delegationDrafts';
import { R36_RECOGNIZING, resolution36Drafts } from './scenario';
import { compileResolution36 } from './compileInApp';

const s = useAppSession();

const APT_D = listUnder(resolution36Drafts().drafts[0].draft, R36_RECOGNIZING).items[3].text;
const OWN = APT_D.replace('effective and growing role', 'effective and lasting role');

describe('resolving a conflict with the coordinator’s own wording, and the provenance of the result', () => {
  it('lists the open conflict, resolves it by editing, adopts, and keeps draft, marks and provenance through save and reopen', async () => {
    const { page, host } = s;
    const panel = await compileResolution36(page, host.dataDir);
    const status = panel.getByTestId('synopsis-status');

    // the unresolved conflicts are counted and listed; each jumps to its row
    const open = panel.getByRole('navigation', { name: 'Unresolved conflicts' });
    expect(await open.getByRole('heading').textContent()).toBe('1 unresolved conflict');
    const conflict = panel.locator('tr.synopsis-conflict');
    // the row is named as the text names the line, not by a line number
    const where = ((await conflict.locator('th').evaluate((th) => th.firstChild?.textContent)) ?? '').trim();
    expect(where).toBe('recognizing d)');
    const line = Number(await conflict.getAttribute('data-line'));
    const jump = open.getByRole('button');
    expect(await jump.allTextContents()).toEqual([`${where}: EUR deletes the line that ACP amends`]);
    await jump.click();
    expect(await conflict.locator('th').evaluate((th) => th === document.activeElement)).toBe(true);

    // head lines from all, the word run "central" from ACP and RCC
    const rows = panel.locator('tr[data-row]');
    await rows.nth(0).getByRole('button', { name: 'Take ACP, EUR, RCC' }).click();
    await rows.nth(1).getByRole('button', { name: 'Take ACP, EUR, RCC' }).click();
    const central = panel.locator('tr.synopsis-agreement', { hasText: 'the key role' });
    await central.getByRole('button', { name: 'Take words “key” → “central” (ACP, RCC)' }).click();

    // the conflict: take ACP's line, then reword it with the keyboard (the box starts from ACP's text)
    await conflict.getByRole('button', { name: 'Take ACP' }).click();
    const edit = conflict.getByRole('button', { name: 'Edit wording' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const box = conflict.getByLabel(`Your wording for ${where}`);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(APT_D).toContain('effective and growing role');
    expect(await box.inputValue()).toBe(APT_D);
    // the merge screen, edit box and conflict list open: no serious or critical accessibility violation
    const mergeScreen = await audit(page, 'merge');
    expect(blocking(mergeScreen), JSON.stringify(blocking(mergeScreen))).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(OWN);
    await page.keyboard.press('Control+Enter');
    // the coordinator's own wording is shown in its row
    expect(await conflict.locator('.synopsis-decision').textContent()).toBe(`Your wording: “${OWN}”`);
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => status.textContent()).toBe('3 sources. No conflict unresolved. 2 changes not decided.');
    expect(await open.count()).toBe(0);

    // any line, not only the changed ones: the title, which no source changes
    const title = resolution36Drafts().baseline.title;
    await panel.getByLabel('Show unchanged lines too (to put your own wording on any line)').check();
    const titleRow = panel.locator('tr[data-row="1"]');
    expect(await titleRow.locator('.synopsis-decision').textContent()).toBe('No source changes it');
    await titleRow.getByRole('button', { name: 'Edit wording' }).click();
    const titleBox = titleRow.getByLabel('Your wording for Title');
    expect(await titleBox.inputValue()).toBe(title);
    await titleBox.fill(`${title} and subregional organizations`);
    await titleRow.getByRole('button', { name: 'Use my wording' }).click();
    await panel.getByLabel('Show unchanged lines too (to put your own wording on any line)').uncheck();
    expect(await titleRow.locator('.synopsis-decision').textContent()).toBe(`Your wording: “${title} and subregional organizations”`);
    await expect.poll(() => status.textContent()).toBe('3 sources. No conflict unresolved. 2 changes not decided.');

    await panel.getByRole('button', { name: 'Adopt as a proposal' }).click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('MOD');
    const marksOf = async (): Promise<{ ins: string[]; del: string[]; lines: string[] }> => ({
      ins: (await texts(page, 'ins')).map((t) => t.trim()),
      del: (await texts(page, 'del')).map((t) => t.trim()),
      lines: (await page.locator(LINES).allTextContents()).map((t) => t.trim()),
    });
    const before = await marksOf();
    expect(before.ins).toEqual(expect.arrayContaining(['Baku, 2025', 'central', 'and lasting']));
    expect(before.del).toEqual(expect.arrayContaining(['key']));
    expect(before.lines.some((l) => l.includes('effective and lasting role'))).toBe(true);

    // the provenance, next to the proposal
    const provenance = page.getByRole('region', { name: 'Sources of this common proposal' });
    const shown = async (): Promise<string[]> => [((await provenance.locator('p').first().textContent()) ?? '').trim(), ...(await provenance.locator('li').allTextContents())];
    const listed = await shown();
    expect(listed[0]).toBe('Compiled from ACP (ACP/12A1/1), EUR (EUR/14A2/1), RCC (RCC/16A5/1).');
    expect(listed).toContain('draft line 1 (adopted line 1): ACP (ACP/12A1/1), EUR (EUR/14A2/1), RCC (RCC/16A5/1)');
    expect(listed.some((l) => /^draft line \d+ \(adopted line \d+\): words “key” → “central” from ACP \(ACP\/12A1\/1\), RCC \(RCC\/16A5\/1\)$/.test(l))).toBe(true);
    const own = listed.filter((l) => l.endsWith(': coordinator’s wording'));
    expect(own).toEqual(['draft line 2 (adopted line 2): coordinator’s wording', `draft line ${own[1]?.match(/^draft line (\d+)/)?.[1]} (adopted line ${line}): coordinator’s wording`]);
    expect(await page.locator(`${LINES}.rd-title ins`).allTextContents()).toEqual([expect.stringContaining('subregional')]);
    expect(await provenance.locator('li', { hasText: `adopted line ${line}):` }).getAttribute('title')).toBe(OWN);
    const proposalScreen = await audit(page, 'common proposal');
    expect(blocking(proposalScreen), JSON.stringify(blocking(proposalScreen))).toEqual([]);

    // save, start anew, reopen: the same draft, marks and provenance
    await answerSaveName(page, 'common-36', () => page.getByRole('button', { name: 'Save', exact: true }).click());
    await page.getByTestId('doc-status').getByText(/^common-36/).waitFor();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByTestId('doc-status').getByText(/^Untitled/).waitFor();
    expect(await page.locator('[data-number="36"] .symbol-badge').count()).toBe(0);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-panel').getByRole('button', { name: /^common-36/ }).first().click();
    await page.getByTestId('doc-status').getByText(/^common-36/).waitFor();
    await page.locator('[data-number="36"] .symbol-badge', { hasText: 'MOD' }).waitFor();
    await page.locator('[data-number="36"]').click();
    await page.locator('[data-testid="editor"]').waitFor();
    await provenance.waitFor();
    expect(await marksOf()).toEqual(before);
    expect(await shown()).toEqual(listed);
    // each change goes to its line of the draft
    await provenance.locator('li', { hasText: `adopted line ${line}):` }).getByRole('button').click();
    await page.waitForFunction(() => ((document.querySelector('.ProseMirror') as unknown as { editor?: import('@tiptap/react').Editor } | null)?.editor?.state.selection.$from.parent.textContent ?? '').includes('effective and lasting role'));
    // the caret lands first, then the editor takes the focus (once the line is scrolled to)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="editor"]') !== null)).toBe(true);

    // on disk: an optional field of the proposal (schema 2)
    const file = readdirSync(host.dataDir, { recursive: true, encoding: 'utf8' }).find((f) => /common-36[^/]*\.resdraft$/.test(f));
    expect(file).toBeDefined();
    const saved = parseContributionText(readFileSync(join(host.dataDir, file!), 'utf8'));
    const p = saved.proposals.find((x) => x.baseline?.number === '36')!;
    expect(p.provenance?.compiledFrom).toEqual([
      { name: 'ACP', proposal: 'ACP/12A1/1' },
      { name: 'EUR', proposal: 'EUR/14A2/1' },
      { name: 'RCC', proposal: 'RCC/16A5/1' },
    ]);
    expect(p.provenance?.changes.filter((c) => c.how === 'edit')).toMatchObject([
      { baselineLine: 1, line: 1, text: `${resolution36Drafts().baseline.title} and subregional organizations`, sources: [] },
      { baselineLine: line - 1, text: OWN, sources: [] },
    ]);
    expect(s.pageErrors).toEqual([]);
  });
  it('a line a source inserts: the box starts from its text; an empty box leaves it out; adopting into the existing proposal asks first', async () => {
    const { page, host } = s;
    const panel = await compileResolution36(page, host.dataDir);
    const inserted = panel.locator('tr[data-row]', { hasText: 'artificial intelligence' }).filter({ has: page.locator('th', { hasText: /\(inserted\)/ }) });
    expect(await inserted.count()).toBe(1);
    const where = ((await inserted.locator('th').evaluate((th) => th.firstChild?.textContent)) ?? '').trim();
    expect(where).toBe('considering g) (inserted)');
    await inserted.getByRole('button', { name: 'Edit wording' }).click();
    const box = inserted.getByLabel(`Your wording for ${where}`);
    expect(await box.inputValue()).toBe('the importance of artificial intelligence for sustainable development;');
    await box.fill('the importance of artificial intelligence for development;');
    await page.keyboard.press('Control+Enter');
    expect(await inserted.locator('.synopsis-decision').textContent()).toBe('Your wording: “the importance of artificial intelligence for development;”');
    await inserted.getByRole('button', { name: 'Edit wording' }).click();
    expect(await box.inputValue()).toBe('the importance of artificial intelligence for development;');
    await box.fill('');
    await inserted.getByRole('button', { name: 'Use my wording' }).click();
    expect(await inserted.locator('.synopsis-decision').textContent()).toBe('Left out (your wording is empty)');
    // the common proposal exists already in this contribution: adopting into it asks first
    const conflict = panel.locator('tr.synopsis-conflict');
    await conflict.getByRole('button', { name: 'Take ACP' }).click();
    await panel.getByRole('button', { name: 'Adopt as a proposal' }).click();
    const ask = page.getByTestId('adopt-dialog');
    expect(await ask.textContent()).toMatch(/Resolution 36 already has a proposal in this contribution/);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await ask.count()).toBe(0);
    expect(await panel.count()).toBe(1);
    await panel.getByRole('button', { name: 'Adopt as a proposal' }).click();
    await ask.getByRole('button', { name: 'Adopt into the existing proposal', exact: true }).click();
    await page.locator('[data-testid="editor"]').waitFor();
    // a version recorded the contribution first; the proposal is the new merge (no inserted line: it was left out)
    await page.getByTestId('about').getByText(/Before the common proposal on Resolution 36 was adopted/).waitFor();
    expect((await texts(page, 'ins')).join(' ')).not.toContain('artificial intelligence');
    expect(await page.getByTestId('proposal-list').locator('li').count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});
