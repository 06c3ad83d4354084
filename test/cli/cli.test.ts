import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { ROOT, resdraft } from '../support/runCli';

const SHARED = join(ROOT, '../shared/baseline/kigali-2022');
const NUMBERS = ['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82'];
const tmp = mkdtempSync(join(tmpdir(), 'resdraft-cli-'));

describe('npx resdraft list / show', () => {
  it('lists the 14 bundled resolutions with number and title', async () => {
    const r = await resdraft(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(NUMBERS);
    expect(lines[4]).toContain('The role of telecommunications/information and communication technology in disaster preparedness');
  });

  it('show <n> --format text is byte-identical to the adopted text, for all 14', async () => {
    for (let i = 0; i < NUMBERS.length; i += 2) {
      const pair = NUMBERS.slice(i, i + 2);
      const results = await Promise.all(pair.map((n) => resdraft(['show', n, '--format', 'text'])));
      results.forEach((r, k) => {
        expect(r.code).toBe(0);
        expect(Buffer.from(r.stdout, 'utf8').equals(readFileSync(join(SHARED, `res-${pair[k]}.txt`)))).toBe(true);
      });
    }
  }, 180_000);

  it('show --format json prints the model', async () => {
    const r = await resdraft(['show', '34', '--format', 'json']);
    const model = JSON.parse(r.stdout);
    expect(model.numberLine).toBe('RESOLUTION 34 (Rev. Kigali, 2022)');
    expect(model.calls.map((c: { phrase: string }) => c.phrase)).toContain('recalling');
  });

  it('--help on every command', async () => {
    for (const cmd of ['list', 'show', 'compare']) {
      const r = await resdraft([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: resdraft ${cmd}`);
    }
    const top = await resdraft(['--help']);
    expect(top.stdout).toMatch(/Commands:[\s\S]*compare/);
  }, 60_000);

  it('an unknown resolution, option or command is a one-line error with exit code 2', async () => {
    for (const args of [['show', '99'], ['show', '5', '--bogus'], ['show', '5', '--format', 'pdf'], ['frobnicate']]) {
      const r = await resdraft(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await resdraft(['show', '99'])).stderr).toContain('Resolution 99 is not in the kigali-2022 baseline');
  }, 60_000);
});

describe('npx resdraft compare', () => {
  const base = readFileSync(join(SHARED, 'res-17.txt'), 'utf8');
  const draft = base.replace('Kigali Action Plan', 'Baku Action Plan').replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)');

  it('compares a bundled number with a draft on stdin; both laws hold on the output', async () => {
    const r = await resdraft(['compare', '17', '-'], draft);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[-Kigali-]{+Baku+} Action Plan');
    expect(acceptAll(r.stdout)).toBe(draft);
    expect(rejectAll(r.stdout)).toBe(base);
  });

  it('compares two draft files (two delegations) as json and html', async () => {
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, draft);
    writeFileSync(b, draft.replace('Baku Action Plan', 'Baku Action Plan and its regional initiatives'));
    const json = await resdraft(['compare', a, b, '--format', 'json']);
    expect(json.code).toBe(0);
    const cs = JSON.parse(json.stdout);
    expect(cs.action).toBe('MOD');
    expect(cs.stats.insertedWords).toBe(4);
    const html = await resdraft(['compare', a, b, '--format', 'html']);
    expect(html.stdout).toContain('<ins> and its regional initiatives</ins>');
  });

  it('NOC for an unchanged text', async () => {
    const r = await resdraft(['compare', '17', '-', '--format', 'json'], base);
    expect(JSON.parse(r.stdout).action).toBe('NOC');
  });

  it('a draft that does not parse gives the parser error with file and line, exit 2', async () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, base.replace('\nb)\t', '\nc)\t'));
    const r = await resdraft(['compare', '17', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.txt: line 6: label "c\)" out of sequence; expected "b\)"/);
  });

  it('derives ADD for a draft new resolution and SUP for a suppressed one; laws hold', async () => {
    const fresh = 'DRAFT NEW RESOLUTION [APT-1]\nArtificial intelligence for development\nThe World Telecommunication Development Conference (Baku, 2025),\nresolves\nto study the matter.\n';
    const add = await resdraft(['compare', 'none', '-'], fresh);
    expect(add.code).toBe(0);
    expect(add.stdout).toBe(`{+${fresh}+}`);
    const addJson = await resdraft(['compare', 'none', '-', '--format', 'json'], fresh);
    expect(JSON.parse(addJson.stdout).action).toBe('ADD');
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const sup = await resdraft(['compare', '18', empty, '--format', 'json']);
    expect(JSON.parse(sup.stdout).action).toBe('SUP');
    const supText = await resdraft(['compare', '18', '--suppress']);
    expect(acceptAll(supText.stdout)).toBe('');
    expect(rejectAll(supText.stdout)).toBe(readFileSync(join(SHARED, 'res-18.txt'), 'utf8'));
  }, 60_000);

  it('reads a draft saved with a byte-order mark (Windows editors) as the same text', async () => {
    const bom = join(tmp, 'bom.txt');
    writeFileSync(bom, `\uFEFF${draft}`);
    const r = await resdraft(['compare', '17', bom]);
    expect(r.code).toBe(0);
    expect(acceptAll(r.stdout)).toBe(draft);
  });
});
