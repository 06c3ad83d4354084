/**
 * Issue 19, points 3 and 4 through the CLI: outputs that keep and explain (a UTF-16 contribution
 * is never replaced, `-o -` is standard output, a closed pipe ends quietly, a name with a control
 * character is refused, the synoptic .docx refuses U+FFFE with its place, a failed write is one
 * sentence) and nothing wrong goes out (a draft compared with another resolution, the template's
 * placeholders, `FILE#34@v2`, operands named as typed, usage lines, formats the CLI cannot write).
 * Real processes where the process matters (pipes, exit codes of the bin), in-process otherwise.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeContribution } from '../../main/services/contributionFile';
import { Corpus } from '../../main/services/corpus';
import { withVersion } from '../../main/services/versionHistory';
import { defaultSettings, newContribution } from '../../shared/contribution/newContribution';
import { draftSkeleton } from '../../renderer/store/skeleton';
import { toText } from '../../shared/text/toText';
import type { Proposal } from '../../shared/contribution/schema';
import { fromText } from '../../shared/text/fromText';
import { BIN, ROOT, resdraft, runInProcess } from '../support/runCli';
import { acceptAll } from '../support/wordDiffLaws';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-outputs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE34 = corpus.text('34');
const DRAFT34 = BASE34.replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)').replace('play a crucial role', 'play an essential role');

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

function proposal(text: string, reasons = 'To bring it up to date.', number = '34'): Proposal {
  return { id: `p-${number}`, baseline: { edition: 'kigali-2022', number }, symbol: 'auto', draft: fromText(text), reasons };
}

/** The template of a draft new resolution as the app starts it (renderer/store/skeleton.ts), untouched. */
const TEMPLATE = toText(draftSkeleton(defaultSettings(2029), 1));

describe('outputs that keep and explain', () => {
  it('export never replaces a UTF-16 contribution (with or without a byte-order mark)', async () => {
    const draft = file('d.txt', DRAFT34);
    const c = newContribution(2029);
    c.proposals = [proposal(DRAFT34)];
    const json = serializeContribution(c);
    const le = file('u16.resdraft', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const be = file('u16be.resdraft', Buffer.from(json, 'utf16le').swap16());
    for (const target of [le, be]) {
      const before = readFileSync(target);
      const r = await runInProcess(['export', draft, '-o', target]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/it is a contribution file, which an export never replaces/);
      expect(readFileSync(target).equals(before)).toBe(true);
    }
  });

  it('"-o -" writes the .docx to standard output (no file named "-"), but not to a terminal', async () => {
    const draft = file('d2.txt', DRAFT34);
    const hadDash = existsSync(join(process.cwd(), '-'));
    const r = await runInProcess(['export', draft, '-o', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(existsSync(join(process.cwd(), '-'))).toBe(hadDash);
    const html = await runInProcess(['export', draft, '-o', '-', '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    const tty = await runInProcess(['export', draft, '-o', '-'], { stdoutIsTerminal: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/a terminal cannot show: redirect standard output to a file \(> out\.docx\), or give -o out\.docx/);
    const synopsis = await runInProcess(['synopsis', draft, '--format', 'docx', '-o', '-']);
    expect(synopsis.code, synopsis.stderr).toBe(0);
    expect(synopsis.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a reader that closes the pipe early (| head) ends the command quietly, exit 0', async () => {
    const draft = file('d3.txt', DRAFT34);
    const result = await new Promise<{ code: number | null; stderr: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'compare', '34', draft, '--format', 'json'], { cwd: ROOT });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy()); // like head: read a little, then close
      child.on('close', (code) => res({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const shell = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" compare 34 "${draft}" --format json | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(0);
  });

  it('a name with a control character is refused (a newline, a tab, an escape), and nothing is written', async () => {
    const draft = file('d4.txt', DRAFT34);
    for (const [name, what] of [
      ['a\nb.docx', 'a line break'],
      ['a\tb.docx', 'a tab'],
      ['a\u001bb.docx', 'control character U+001B'],
    ] as const) {
      const r = await runInProcess(['export', draft, '-o', join(dir, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`a file name cannot hold ${what}`);
      expect(existsSync(join(dir, name))).toBe(false);
    }
    const s = await runInProcess(['synopsis', draft, '-o', join(dir, 'syn\nopsis.html')]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('a file name cannot hold a line break');
  });

  it('the synoptic .docx refuses U+FFFE with its place (it was dropped silently), and writes nothing', async () => {
    const c = newContribution(2029);
    c.settings.source = 'APT';
    c.proposals = [proposal(DRAFT34.replace('play an essential role', 'play an essential\uFFFE role'))];
    const source = file('fffe.resdraft', serializeContribution(c));
    const out = join(dir, 'fffe-synopsis.docx');
    const r = await runInProcess(['synopsis', source, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the synopsis of Resolution 34, ACP \(.*fffe\.resdraft#34\), line 7: character U\+FFFE \(a noncharacter\) at column \d+ cannot be written to a Word document/);
    expect(existsSync(out)).toBe(false);
    // the text and JSON views hold it as it is (they are not Word documents)
    expect((await runInProcess(['synopsis', source, '--format', 'json'])).code).toBe(0);
  });

  it('an output that is the file redirected to standard input is refused for the synopsis too', () => {
    const draft = file('d5.txt', DRAFT34);
    const before = readFileSync(draft);
    const fd = openSync(draft, 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'synopsis', '-', '-o', draft], { cwd: ROOT, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('is the file redirected to standard input');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(draft).equals(before)).toBe(true);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('a write that fails (a read-only folder) is one sentence, exit 1, no error code or temporary path', async () => {
    const draft = file('d6.txt', DRAFT34);
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    expect(spawnSync('mount', ['--bind', ro, ro]).status).toBe(0);
    try {
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', ro]).status).toBe(0);
      for (const args of [
        ['export', draft, '-o', join(ro, 'p.docx')],
        ['synopsis', draft, '-o', join(ro, 's.docx')],
      ]) {
        const r = await resdraft(args);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`^resdraft (export|synopsis): Could not write "(p|s)\\.docx": the folder .*read-only is read-only \\(a read-only drive or share\\); nothing was written, and no file was replaced\\.\\n$`));
        expect(r.stderr).not.toMatch(/EROFS|\.resdraft-tmp-|\n\s+at /);
      }
      expect(readdirSync(ro)).toEqual([]);
      // an edition imported into a read-only data folder
      const annex = file('annex.txt', `${corpus.text('34')}`);
      const edition = spawnSync(process.execPath, [BIN, 'edition', 'import', annex, '--name', 'ro-edition'], { cwd: ROOT, env: { ...process.env, RESDRAFT_DATA_DIR: ro }, encoding: 'utf8' });
      expect(edition.status).toBe(2);
      expect(edition.stderr).toMatch(/^resdraft edition: could not store the edition "ro-edition": the folder .*read-only(\/\S*)? is read-only \(a read-only drive or share\); nothing was imported\n$/);
      expect(edition.stderr).not.toMatch(/EROFS|ENOENT|\.tmp-/);
      // reading needs no folder: the editions of a read-only data folder are listed
      const listed = spawnSync(process.execPath, [BIN, 'edition', 'list'], { cwd: ROOT, env: { ...process.env, RESDRAFT_DATA_DIR: ro }, encoding: 'utf8' });
      expect(listed.stderr).toBe('');
      expect(listed.stdout).toMatch(/^kigali-2022 /);
    } finally {
      spawnSync('umount', [ro]);
    }
  });
});

describe('nothing wrong goes out', () => {
  it('compare 45 with a draft of Resolution 34 is an error naming both (it marked all of 34 as replacing 45)', async () => {
    const draft = file('draft-of-34.txt', DRAFT34);
    const r = await runInProcess(['compare', '45', draft]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`resdraft compare: ${draft}: its number line names Resolution 34 (“RESOLUTION 34 (Rev. Baku, 2025)”), but it is compared with Resolution 45; compare it with Resolution 34, or correct its number line\n`);
    const base = file('b45.txt', corpus.text('45'));
    const files = await runInProcess(['compare', base, draft]);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain(`but it is compared with ${base}, which is Resolution 45`);
    // the right baseline still compares
    const ok = await runInProcess(['compare', '34', draft]);
    expect(ok.code).toBe(0);
    expect(acceptAll(ok.stdout)).toBe(DRAFT34);
  });

  it('export --baseline 45 of a draft of 34 is refused and writes nothing', async () => {
    const draft = file('draft-of-34b.txt', DRAFT34);
    const out = join(dir, 'wrong-baseline.docx');
    const r = await runInProcess(['export', draft, '--baseline', '45', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('its number line names Resolution 34');
    expect(r.stderr).toContain('compared with Resolution 45');
    expect(existsSync(out)).toBe(false);
  });

  it('the untouched draft-new-resolution template: check lists each placeholder as an error; export refuses it by name', async () => {
    const template = file('template.txt', TEMPLATE);
    const checked = await runInProcess(['check', template]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).not.toContain('No problems found');
    const lines = checked.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('error')).length).toBeGreaterThanOrEqual(7);
    expect(checked.stdout).toContain('The number line still has the template\'s identifier “[DRAFT-1]”');
    expect(checked.stdout).toContain('The title is still the template\'s “Title of the draft new resolution”');
    expect(checked.stdout).toContain('The conference line still has the template\'s “Place”');
    expect(checked.stdout).toMatch(/› considering › a\) \(line 5\): Item a\) still reads the template's “that …;”/);
    const out = join(dir, 'template.docx');
    const exported = await runInProcess(['export', template, '-o', out]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('The number line still has the template\'s identifier “[DRAFT-1]”');
    expect(existsSync(out)).toBe(false);
    // in a contribution file: the check names the proposal, the export refuses it
    const c = newContribution(2029);
    c.settings.conference.place = 'Baku';
    c.proposals = [{ id: 'add-1', baseline: null, symbol: 'auto', draft: fromText(TEMPLATE), reasons: 'A new resolution.' }];
    const contribution = file('with-template.resdraft', serializeContribution(c));
    const inFile = await runInProcess(['check', contribution, '--format', 'json']);
    const codes = (JSON.parse(inFile.stdout) as { findings: Array<{ code: string }> }).findings.map((f) => f.code);
    expect(codes.filter((x) => x === 'template-placeholder')).toHaveLength(7);
    const refused = await runInProcess(['export', contribution, '-o', join(dir, 'with-template.docx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/proposal 1 .*: The number line still has the template's identifier “\[DRAFT-1\]”.* \(7 placeholders of the template are left; the checks list them all\)/);
  });

  it('FILE#34@v2 (the README form) picks the second saved version; a version that is not there lists those that are', async () => {
    let c = newContribution(2029);
    c.proposals = [proposal(DRAFT34.replace('an essential', 'a first'))];
    c = withVersion(c, 'Saved', 'saved', 'A').contribution;
    c.proposals = [proposal(DRAFT34.replace('an essential', 'a second'))];
    c = withVersion(c, 'sent to the RPM', 'named', 'A').contribution;
    c.proposals = [proposal(DRAFT34.replace('an essential', 'a third'))];
    const mine = file('mine.resdraft', serializeContribution(c));
    const v2 = await runInProcess(['compare', '34', `${mine}#34@v2`]);
    expect(v2.code, v2.stderr).toBe(0);
    expect(acceptAll(v2.stdout)).toContain('play a second role');
    expect(acceptAll((await runInProcess(['compare', '34', `${mine}#34@v1`])).stdout)).toContain('play a first role');
    expect(acceptAll((await runInProcess(['compare', '34', `${mine}#34@sent to the RPM`])).stdout)).toContain('play a second role');
    const missing = await runInProcess(['compare', '34', `${mine}#34@v9`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/mine\.resdraft: no version "v9"; versions: v1 "Saved" \(\d{4}-\d\d-\d\d\), v2 "sent to the RPM" \(\d{4}-\d\d-\d\d\)/);
    const list = await runInProcess(['list', mine]);
    expect(list.stdout).toMatch(/@v2 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}sent to the RPM/);
  });

  it('a message about an operand names what the user typed, not a path the program built', async () => {
    const r = await resdraft(['show', 'FILE.resdraft#45']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resdraft show: FILE.resdraft: no such file\n');
    const c = newContribution(2029);
    c.proposals = [proposal(corpus.text('45').replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)'), 'Update.', '45')];
    const there = file('FILE.resdraft', serializeContribution(c));
    const shown = await runInProcess(['show', `${there}#45`]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout.split('\n')[0]).toBe(corpus.text('45').split('\n')[0].replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)'));
    const wrong = await runInProcess(['show', `${there}#34`]);
    expect(wrong.stderr).toBe(`resdraft show: ${there}: no proposal on Resolution 34; proposals: 45\n`);
  });

  it('a misspelt or incomplete option gets a usage line in plain words, on one line', async () => {
    const typo = await resdraft(['list', '--frmat', 'json']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('resdraft list: unknown option "--frmat" (did you mean --format?); usage: resdraft list [file.docx | contribution.resdraft] [--edition <id>] [--format text|json] (resdraft list --help lists every option)\n');
    expect(typo.stderr).not.toMatch(/positional argument|'-- "/);
    const missing = await runInProcess(['export', 'd.txt', '-o']);
    expect(missing.stderr).toMatch(/^resdraft export: option "-o" needs a value; usage: resdraft export /);
    const switchValue = await runInProcess(['export', 'd.txt', '--clean=yes', '-o', 'x.docx']);
    expect(switchValue.stderr).toMatch(/^resdraft export: option "--clean" takes no value; usage: /);
  });

  it('a format the CLI cannot write says what to do in a terminal (not "open the print preview")', async () => {
    const draft = file('d7.txt', DRAFT34);
    for (const [out, says] of [
      ['out.pdf', /write the HTML preview \(-o out\.html\) and print it to PDF from a browser, or write the \.docx \(-o out\.docx\) and convert it: soffice --headless --convert-to pdf out\.docx/],
      ['out.odt', /soffice --headless --convert-to odt out\.docx/],
      ['out.txt', /resdraft compare <baseline> <draft> > marks\.txt/],
    ] as const) {
      const r = await runInProcess(['export', draft, '-o', join(dir, out)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(/print preview/);
      expect(existsSync(join(dir, out))).toBe(false);
    }
    const asFormat = await runInProcess(['export', draft, '-o', join(dir, 'x.docx'), '--format', 'pdf']);
    expect(asFormat.stderr).toMatch(/resdraft does not write PDF/);
  });
});
