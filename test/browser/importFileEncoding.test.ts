import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useAppSession } from './appSession';
import { symbol } from './editorPage';

const s = useAppSession();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-import-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DRAFT = 'DRAFT NEW RESOLUTION [EUR-2]\nLe développement numérique\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\na)\tthat the façade matters,\nresolves\n1\tto act.\n';

async function openImport(): Promise<void> {
  await s.page.getByRole('button', { name: 'Import text as a draft…' }).click();
  await s.page.getByTestId('import-panel').waitFor();
}

describe('the import panel reads a file by the same rule as the CLI', () => {
  it('a UTF-32 file is refused with a message naming the encoding', async () => {
    await openImport();
    const file = join(dir, 'u32.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([...DRAFT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0]))]));
    await s.page.getByLabel('Resolution text file').setInputFiles(file);
    const alert = s.page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('u32.txt: is UTF-32LE text, which is not read here');
    await s.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a Latin-1 file is decoded, shown with a notice to check, and imported with its accents', async () => {
    const { page } = s;
    await openImport();
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from(DRAFT, 'latin1'));
    await page.getByLabel('Resolution text file').setInputFiles(file);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toContain('latin1.txt: not UTF-8; decoded as Latin-1/Windows-1252 (line 2 reads "développement")');
    expect(await page.getByTestId('import-text').inputValue()).toBe(DRAFT);
    await page.getByRole('button', { name: 'Import as draft' }).click();
    await page.locator('[data-testid="editor"]').waitFor();
    expect(await symbol(page)).toBe('ADD');
    expect(await page.locator('.sidebar').getByText('Le développement numérique').count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});
