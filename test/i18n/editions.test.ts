/**
 * Editions in the five languages other than English, through the CLI as a user runs it: each
 * language's text export, its Word document (made with our writer's pieces) and our own export of
 * its resolutions (`resdraft export`) imported as an edition (its language detected, said and recorded), listed, every resolution shown exactly as
 * its hand-written layout, and compared after one-word edits: the changed word is marked, its
 * neighbours are not, and accept-all / reject-all give the draft and the adopted text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContribution } from '../../shared/contribution/newContribution';
import { isWordToken, tokenize } from '../../shared/engine/tokenize';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { resdraft } from '../support/runCli';
import { runInProcess } from '../support/runCli';
import { editionDocx } from './editionDocx';
import { expectedResolutions, expectedText, TEXTS, type LanguageTexts } from './texts';

const data = mkdtempSync(join(tmpdir(), 'resdraft-i18n-editions-'));
process.env.RESDRAFT_DATA_DIR = data;
const editions = join(data, '.state', 'editions');
afterAll(() => rmSync(data, { recursive: true, force: true }));

const docxOf = new Map<string, string>();
beforeAll(async () => {
  for (const t of TEXTS) {
    const path = join(data, `${t.code}.docx`);
    writeFileSync(path, await editionDocx(expectedResolutions(t), t.code, t.note));
    docxOf.set(t.code, path);
  }
});

function manifest(id: string): { language?: string; resolutions: Array<{ number: string; file: string }> } {
  return JSON.parse(readFileSync(join(editions, id, 'edition.json'), 'utf8'));
}

function expectEditionAsWritten(id: string, t: LanguageTexts): void {
  const m = manifest(id);
  expect(m.language).toBe(t.code);
  expect(m.resolutions.map((r) => r.number)).toEqual(t.numbers);
  for (const n of t.numbers) expect(readFileSync(join(editions, id, `res-${n}.txt`), 'utf8'), `${id} res-${n}`).toBe(expectedText(t.code, n));
}

/** One draft per word line of a resolution: the middle word of the line replaced by a word of the language. */
function oneWordEdits(text: string, t: LanguageTexts): Array<{ draft: string; old: string; word: string; line: number }> {
  const lines = text.trimEnd().split('\n');
  const out: Array<{ draft: string; old: string; word: string; line: number }> = [];
  lines.forEach((line, i) => {
    if (i === 0) return; // the number line names the resolution
    const tab = line.indexOf('\t');
    const prefix = line.startsWith('[^') ? line.slice(0, line.indexOf(': ') + 2) : tab >= 0 ? line.slice(0, tab + 1) : '';
    const tokens = tokenize(line.slice(prefix.length));
    const words = tokens.map((tok, k) => (isWordToken(tok) && !/^[0-9]/.test(tok) ? k : -1)).filter((k) => k >= 0);
    if (words.length < 3) return;
    const k = words[Math.floor(words.length / 2)];
    const word = t.vocabulary.find((w) => w !== tokens[k])!;
    const edited = `${prefix}${[...tokens.slice(0, k), word, ...tokens.slice(k + 1)].join('')}`;
    out.push({ draft: [...lines.slice(0, i), edited, ...lines.slice(i + 1)].join('\n') + '\n', old: tokens[k], word, line: i });
  });
  return out;
}

describe.each(TEXTS)('$name texts', (t) => {
  it('import from the text export through the CLI: the language said and recorded, every paragraph placed, each resolution as written', async () => {
    const r = await resdraft(['edition', 'import', t.annex, '--name', `kigali-${t.code}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`language: ${t.name}\n`);
    expect(r.stdout).toContain(`2 resolutions found: ${t.numbers.join(', ')}\n`);
    expect(r.stdout).toContain('every paragraph placed');
    expectEditionAsWritten(`kigali-${t.code}`, t);
  }, 60_000);

  it('import from the Word document the same way', async () => {
    const r = await runInProcess(['edition', 'import', docxOf.get(t.code)!, '--name', `kigali-${t.code}-docx`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`language: ${t.name}\n`);
    expect(r.stdout).toContain('every paragraph placed');
    expectEditionAsWritten(`kigali-${t.code}-docx`, t);
  }, 60_000);

  it('import from our own export of the texts (a contribution of ADD proposals): its cover, headings and reasons are not resolution text', async () => {
    const c = newContribution(2025);
    c.settings.language = t.code;
    c.settings.proposalSource = 'TST';
    c.proposals = expectedResolutions(t).map((draft, i) => ({ id: `p${i}`, baseline: null, symbol: 'ADD' as const, draft, reasons: 'r' }));
    const contribution = join(data, `${t.code}.resdraft`);
    const docx = join(data, `${t.code}-export.docx`);
    writeFileSync(contribution, JSON.stringify(c, null, 2));
    const exported = await runInProcess(['export', contribution, '-o', docx]);
    expect(exported.stderr).toBe('');
    const r = await runInProcess(['edition', 'import', docx, '--name', `kigali-${t.code}-export`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`language: ${t.name}\n`);
    expect(r.stdout).toContain('every paragraph placed');
    expectEditionAsWritten(`kigali-${t.code}-export`, t);
  }, 60_000);

  it('edition list shows the language', async () => {
    const text = await runInProcess(['edition', 'list']);
    expect(text.stdout).toMatch(new RegExp(`^kigali-${t.code} +\\S+ \\(.+, 2022\\), 2 resolutions, ${t.name}$`, 'mu'));
    const json = JSON.parse((await runInProcess(['edition', 'list', '--format', 'json'])).stdout) as Array<{ id: string; language: string }>;
    expect(json.find((e) => e.id === `kigali-${t.code}`)?.language).toBe(t.code);
    expect(json.find((e) => e.id === 'kigali-2022')?.language).toBe('en');
  });

  it('list and show give the resolutions as written', async () => {
    const list = await runInProcess(['list', '--edition', `kigali-${t.code}`]);
    expect(list.code).toBe(0);
    expect(list.stdout.trimEnd().split('\n')).toHaveLength(t.numbers.length);
    for (const n of t.numbers) {
      const shown = await runInProcess(['show', n, '--edition', `kigali-${t.code}`]);
      expect(shown.stderr).toBe('');
      expect(shown.stdout).toBe(expectedText(t.code, n));
    }
  });

  it('compare marks a one-word edit on the changed word only, on every line, with both laws', async () => {
    let checked = 0;
    for (const n of t.numbers) {
      const base = expectedText(t.code, n);
      for (const edit of oneWordEdits(base, t)) {
        const r = await runInProcess(['compare', n, '-', '--edition', `kigali-${t.code}`], { stdin: edit.draft });
        expect(r.code, `${n} line ${edit.line + 1}: ${r.stderr}`).toBe(0);
        const where = `Resolution ${n}, line ${edit.line + 1}: ${r.stdout.split('\n')[edit.line]}`;
        expect(r.stdout.split('[-').length - 1, where).toBe(1);
        expect(r.stdout.split('{+').length - 1, where).toBe(1);
        expect(r.stdout, where).toContain(`[-${edit.old}-]{+${edit.word}+}`);
        expect(acceptAll(r.stdout), where).toBe(edit.draft);
        expect(rejectAll(r.stdout), where).toBe(base);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('without --edition, compare, check and export read the number in the draft’s language (a notice says from which edition)', async () => {
    const n = t.numbers[0];
    const [edit] = oneWordEdits(expectedText(t.code, n), t);
    const notice = `notice: the draft is in ${t.name}: Resolution ${n} is read from the kigali-${t.code} edition (${t.name}); give --edition to choose another\n`;
    const compared = await runInProcess(['compare', n, '-'], { stdin: edit.draft });
    expect(compared.stderr).toBe(notice);
    expect(compared.stdout).toContain(`[-${edit.old}-]{+${edit.word}+}`);
    expect(rejectAll(compared.stdout)).toBe(expectedText(t.code, n));
    const checked = await runInProcess(['check', '-'], { stdin: edit.draft });
    expect(checked.stderr).toBe(notice);
    expect(checked.code).toBe(0);
    const docx = join(data, `${t.code}-lone.docx`);
    const exported = await runInProcess(['export', '-', '-o', docx], { stdin: edit.draft });
    expect(exported.stderr).toBe(notice);
    expect(exported.stdout).toMatch(/1 proposal: MOD\)$/m);
  });
});
