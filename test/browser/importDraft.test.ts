import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';
import { useAppSession } from './appSession';
import { LINES, symbol, texts } from './editorPage';

const s = useAppSession();
const pageErrors = s.pageErrors;
let dir: string;
const RES51 = readFileSync(join(REPO_ROOT, 'resources/baseline/kigali-2022/res-51.txt'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'resdraft-import-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Word's HTML for a text in the layout: one <p> per line, labels followed by spaces, styles everywhere. */
function wordHtml(text: string): string {
  const paras = text
    .trimEnd()
    .split('\n')
    .map((l) => `<p class="MsoNormal" style="margin:0cm;font-family:'Times New Roman'"><span lang="EN-GB" style="font-size:12pt">${l.replace('\t', '<span style="mso-tab-count:1">   </span>')}</span></p>`);
  return `<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->${paras.join('\n')}<!--EndFragment--></body></html>`;
}

async function openImport(): Promise<void> {
  await s.page.getByRole('button', { name: 'Import text as a draft…' }).click();
  await s.page.getByTestId('import-panel').waitFor();
}

async function pasteHtml(html: string): Promise<void> {
  await s.page.getByTestId('import-text').evaluate((el, h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

describe('import a resolution text as a draft', () => {
  it('a text pasted from Word with one word changed becomes a MOD proposal on that resolution', async () => {
    const { page } = s;
    await openImport();
    const edited = RES51.replace('Iraq', 'the Republic of Iraq');
    expect(edited).not.toBe(RES51);
    await pasteHtml(wordHtml(edited));
    await page.getByRole('button', { name: 'Import as draft' }).click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('MOD');
    expect((await texts(page, 'ins')).map((t) => t.trim())).toEqual(['the Republic of']);
    expect(await page.locator('[data-number="51"] .symbol-badge').textContent()).toBe('MOD');
  });

  it('a second import of the same resolution is refused without touching the first proposal', async () => {
    const { page } = s;
    await openImport();
    await page.getByTestId('import-text').fill(RES51);
    await page.getByRole('button', { name: 'Import as draft' }).click();
    expect(await page.getByTestId('import-error').textContent()).toContain('Resolution 51 already has a proposal');
  });

  it('a text that does not parse is refused with the line and what was expected', async () => {
    const { page } = s;
    const lines = RES51.split('\n');
    const broken = [...lines.slice(0, 5), lines[5].replace(/^b\)/, 'd)'), ...lines.slice(6)].join('\n');
    expect(broken).not.toBe(RES51);
    await page.getByTestId('import-text').fill(broken);
    await page.getByRole('button', { name: 'Import as draft' }).click();
    const error = (await page.getByTestId('import-error').textContent()) ?? '';
    expect(error).toContain('line 6');
    expect(error).toContain('"d)" out of sequence');
    expect(error).toContain('→   6');
  });

  it('a draft new resolution from a file becomes an ADD proposal', async () => {
    const { page } = s;
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'DRAFT NEW RESOLUTION [EUR-1]\r\nDigital skills for all\r\n\r\nThe World Telecommunication Development Conference (Baku, 2025),\r\nconsidering\r\na) that skills matter,\r\nresolves\r\n1\tto act.\r\n');
    await page.getByLabel('Resolution text file').setInputFiles(file);
    // the editor of the proposal open before may still show: wait for the imported one
    await page.locator('[data-testid="editor"]').getByText('Digital skills for all').waitFor();
    expect(await symbol(page)).toBe('ADD');
    const lines = await page.locator(LINES).allTextContents();
    expect(lines).toEqual([
      'DRAFT NEW RESOLUTION [EUR-1]',
      'Digital skills for all',
      'The World Telecommunication Development Conference (Baku, 2025),',
      'considering',
      'a)that skills matter,',
      'resolves',
      '1to act.',
    ]);
    expect(await page.locator('.sidebar').getByText('Digital skills for all').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
