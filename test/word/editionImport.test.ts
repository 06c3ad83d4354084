import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnnexText } from '../../shared/corpus/annexText';
import { EditionManifestSchema } from '../../shared/corpus/editionSchema';
import { splitResolutions } from '../../shared/corpus/splitResolutions';
import { toText } from '../../shared/text/toText';
import { resdraft } from '../support/runCli';
import { runInProcess } from '../support/runCli';
import { ANNEX_PATH, BUNDLED_DIR, modifiedAnnex } from './modifiedAnnex';

const data = mkdtempSync(join(tmpdir(), 'resdraft-editions-'));
process.env.RESDRAFT_DATA_DIR = data;
const editions = join(data, '.state', 'editions');
const bundled = EditionManifestSchema.parse(JSON.parse(readFileSync(join(BUNDLED_DIR, 'edition.json'), 'utf8')));

describe('edition import from the ITU text export', () => {
  it('cuts the annex into the 14 bundled files, byte for byte, with their titles', () => {
    const split = splitResolutions(readAnnexText(readFileSync(ANNEX_PATH, 'utf8')));
    expect(split.unplaced).toEqual([]);
    expect(split.resolutions.map((r) => r.number)).toEqual(bundled.resolutions.map((r) => r.number));
    for (const r of split.resolutions) {
      expect(Buffer.from(toText(r.resolution), 'utf8').equals(readFileSync(join(BUNDLED_DIR, `res-${r.number}.txt`))), `res-${r.number}`).toBe(true);
      expect(r.title).toBe(bundled.resolutions.find((b) => b.number === r.number)?.title);
    }
  });

  it('resdraft edition import stores the annex as an edition equal to the bundled one', async () => {
    const r = await resdraft(['edition', 'import', ANNEX_PATH, '--name', 'kigali-copy']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('14 resolutions found: 5, 17, 18, 30, 34, 36, 45, 46, 48, 51, 55, 58, 76, 82');
    expect(r.stdout).toContain('every paragraph placed');
    const dir = join(editions, 'kigali-copy');
    for (const f of readdirSync(BUNDLED_DIR).filter((n) => n.endsWith('.txt'))) {
      expect(readFileSync(join(dir, f)).equals(readFileSync(join(BUNDLED_DIR, f))), f).toBe(true);
    }
    expect({ ...JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')), id: bundled.id }).toEqual(bundled);
    const shown = await resdraft(['show', '18', '--edition', 'kigali-copy']);
    expect(shown.stdout).toBe(readFileSync(join(BUNDLED_DIR, 'res-18.txt'), 'utf8'));
  }, 120_000);
});

describe('an edition made from a modified annex', () => {
  const source = join(data, 'baku-annex.txt');
  beforeAll(async () => {
    writeFileSync(source, modifiedAnnex());
    const r = await runInProcess(['edition', 'import', source, '--name', 'baku-2025']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('lists its resolutions, the added one included, and the editions', async () => {
    const list = await runInProcess(['list', '--edition', 'baku-2025']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(' 37  Bridging the digital divide\n');
    expect(list.stdout.trimEnd().split('\n')).toHaveLength(15);
    const eds = await runInProcess(['edition', 'list', '--format', 'json']);
    const rows = JSON.parse(eds.stdout).map((e: { id: string; bundled: boolean; shortName: string }) => [e.id, e.bundled, e.shortName]);
    expect(rows[0]).toEqual(['kigali-2022', true, 'WTDC-22']);
    expect(rows).toContainEqual(['baku-2025', false, 'WTDC-25']);
    const def = await runInProcess(['list']);
    expect(def.stdout).not.toContain(' 37  ');
  });

  it('shows the new texts and compares against them (MOD to the added resolution)', async () => {
    const show = await runInProcess(['show', '37', '--edition', 'baku-2025']);
    expect(show.stdout).toBe(
      'RESOLUTION 37 (Rev. Baku, 2025)\nBridging the digital divide\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\n' +
        'a)\tthat the digital divide persists in developing countries[^1];\nb)\tthat ITU\u2011D has a role to play,\nresolves\n' +
        'to continue its work on bridging the digital divide.\n[^1]: These include the least developed countries.\n',
    );
    const r34 = await runInProcess(['show', '34', '--edition', 'baku-2025']);
    expect(r34.stdout).toContain('a)\tthat there is a broad awareness at the global level');
    const draft = join(data, 'draft-37.txt');
    writeFileSync(draft, show.stdout.replace('has a role to play', 'has a leading role to play'));
    const cmp = await runInProcess(['compare', '37', draft, '--edition', 'baku-2025', '--format', 'json']);
    expect(cmp.code).toBe(0);
    expect(JSON.parse(cmp.stdout).action).toBe('MOD');
    const text = await runInProcess(['compare', '37', draft, '--edition', 'baku-2025']);
    expect(text.stdout).toMatch(/has a ?\{\+ ?leading ?\+\} ?role/);
    const missing = await runInProcess(['compare', '37', draft]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Resolution 37 is not bundled');
    const out = join(data, 'p37.docx');
    const exp = await runInProcess(['export', draft, '--edition', 'baku-2025', '-o', out]);
    expect(exp.stderr).toBe('');
    expect(exp.stdout).toContain('1 proposal: MOD');
    expect(existsSync(out)).toBe(true);
  });
});

describe('edition import errors', () => {
  it('refuses bad names, bundled ids, existing editions and sources without resolutions, and changes nothing', async () => {
    const bad = await runInProcess(['edition', 'import', ANNEX_PATH, '--name', 'Baku 2025']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('is not valid; expected lower-case letters')]);
    const taken = await runInProcess(['edition', 'import', ANNEX_PATH, '--name', 'kigali-2022']);
    expect([taken.code, taken.stderr]).toEqual([2, expect.stringContaining('"kigali-2022" is a bundled edition')]);
    const noSource = await runInProcess(['edition', 'import', join(data, 'nope.docx'), '--name', 'x-1']);
    expect([noSource.code, noSource.stderr]).toEqual([2, expect.stringContaining('nope.docx: no such file')]);
    const notes = join(data, 'notes.txt');
    writeFileSync(notes, 'Minutes of the meeting\nNothing adopted.\n');
    const none = await runInProcess(['edition', 'import', notes, '--name', 'x-2']);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('no resolution found')]);
    expect(existsSync(join(editions, 'x-2'))).toBe(false);

    writeFileSync(join(data, 'one.txt'), readFileSync(ANNEX_PATH, 'utf8'));
    expect((await runInProcess(['edition', 'import', join(data, 'one.txt'), '--name', 'twice'])).code).toBe(0);
    const before = readFileSync(join(editions, 'twice', 'res-34.txt'));
    writeFileSync(join(data, 'one.txt'), modifiedAnnex());
    const again = await runInProcess(['edition', 'import', join(data, 'one.txt'), '--name', 'twice']);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('already exists')]);
    expect(readFileSync(join(editions, 'twice', 'res-34.txt')).equals(before)).toBe(true);
    const replaced = await runInProcess(['edition', 'import', join(data, 'one.txt'), '--name', 'twice', '--replace']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(editions, 'twice', 'res-34.txt'), 'utf8')).toContain('(Rev. Baku, 2025)');
    expect(readdirSync(editions).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('reports each paragraph it could not place, by resolution and position', async () => {
    const annex = readFileSync(ANNEX_PATH, 'utf8').replace(
      'b)\tthat harmonious and balanced development',
      'z9\tno label before the tab;\nb)\tthat harmonious and balanced development',
    );
    const src = join(data, 'odd.txt');
    writeFileSync(src, annex);
    const r = await runInProcess(['edition', 'import', src, '--name', 'odd']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 paragraph could not be placed (left out):\n');
    expect(r.stdout).toMatch(/ {2}Resolution 5, paragraph 15 \(line 84\): "z9" is not an item label; .*: "z9\tno label before the tab;"\n/);
    const shown = await runInProcess(['show', '5', '--edition', 'odd']);
    expect(shown.stdout).toBe(readFileSync(join(BUNDLED_DIR, 'res-5.txt'), 'utf8'));
  });

  it('reads a typed label out of sequence where it stands, labelled by its position, with a notice', async () => {
    // issue 19: a label that disagrees with its position is a notice, not a refusal
    const annex = readFileSync(ANNEX_PATH, 'utf8').replace(
      'b)\tthat harmonious and balanced development',
      'zz)\tan item out of sequence;\nb)\tthat harmonious and balanced development',
    );
    const src = join(data, 'odd-label.txt');
    writeFileSync(src, annex);
    const r = await runInProcess(['edition', 'import', src, '--name', 'odd-label']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('every paragraph placed\n');
    // the item and every one after it in the list are out of sequence: one notice for the run
    expect(r.stderr).toContain('notice: Resolution 5, line 84\u201389 (*recognizing*): labels "zz)" to "f)" (6 items) follow "a)"; they are read as "b)" to "g)", the labels of their positions\n');
    const shown = await runInProcess(['show', '5', '--edition', 'odd-label']);
    const bundled = readFileSync(join(BUNDLED_DIR, 'res-5.txt'), 'utf8');
    const recognizing = bundled.slice(bundled.indexOf('\nrecognizing\n'), bundled.indexOf('\nconvinced\n'));
    const relabelled = recognizing.replace(/\n([b-z])\)\t/g, (_m, l: string) => `\n${String.fromCharCode(l.charCodeAt(0) + 1)})\t`);
    const expected = bundled.replace(recognizing, relabelled).replace('\nc)\tthat harmonious', '\nb)\tan item out of sequence;\nc)\tthat harmonious');
    expect(shown.stdout).toBe(expected);
  });
});
