import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContributionFile, readContributionFileAsync, serializeContribution, writeContributionFile } from '../../main/services/contributionFile';
import { InputRefusedError, readInputBytes, readInputBytesSync } from '../../main/services/inputFile';
import { guardOutput, OutputRefusedError, resolveWriteTarget } from '../../main/services/outputTarget';
import { sampleContribution } from '../services/sampleContribution';

const dir = mkdtempSync(join(tmpdir(), 'resdraft-io-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => join(dir, name);

describe('the guarded reader', () => {
  it('refuses a FIFO, a device, a folder and an oversized file before reading, without hanging', async () => {
    execFileSync('mkfifo', [at('pipe')]);
    writeFileSync(at('big'), '');
    truncateSync(at('big'), 100 * 1024 * 1024);
    const o = { maxBytes: 1024 * 1024, label: 'x' };
    for (const [path, says] of [
      [at('pipe'), /it is a FIFO \(named pipe\), not a file/],
      ['/dev/zero', /it is a device, not a file/],
      [dir, /it is a folder, not a file/],
      [at('big'), /it is 100\.0 MB; a text input is at most 1\.0 MB, so this is not one \(nothing was read\)/],
      [at('missing'), /no such file/],
    ] as const) {
      expect(() => readInputBytesSync(path, o), path).toThrow(InputRefusedError);
      expect(() => readInputBytesSync(path, o), path).toThrow(says);
      await expect(readInputBytes(path, o), path).rejects.toThrow(says);
    }
  });

  it('reads a regular file and tells which file it was', async () => {
    writeFileSync(at('a.txt'), 'abc');
    symlinkSync('a.txt', at('a-link.txt'));
    const a = readInputBytesSync(at('a.txt'), { maxBytes: 10 });
    const b = await readInputBytes(at('a-link.txt'), { maxBytes: 10 });
    expect(Buffer.from(a.bytes).toString()).toBe('abc');
    expect(b.identity).toEqual(a.identity);
    expect(() => readInputBytesSync(at('a.txt'), { maxBytes: 2 })).toThrow(/it is 0\.0 MB; a text input is at most 0\.0 MB/);
  });
});

describe('the contribution reader uses the guarded reader and the shared decoding rule', () => {
  it('a Latin-1 or UTF-16 contribution opens with its accents and a notice; the next save keeps them (as UTF-8)', async () => {
    const c = sampleContribution();
    c.proposals[0].reasons = 'Développement, façade, Größe.';
    const json = serializeContribution(c);
    // characters beyond Latin-1 as JSON escapes: the same contribution, in Latin-1 bytes
    const latin1Json = json.replace(/[^ -\u00FF\t\n]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    writeFileSync(at('latin1.resdraft'), Buffer.from(latin1Json, 'latin1'));
    writeFileSync(at('utf16.resdraft'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    writeFileSync(at('utf16be.resdraft'), Buffer.from(json, 'utf16le').swap16());
    for (const name of ['latin1.resdraft', 'utf16.resdraft', 'utf16be.resdraft']) {
      const read = readContributionFile(at(name));
      expect(read.contribution.proposals[0].reasons, name).toBe('Développement, façade, Größe.');
      expect(read.notices, name).toHaveLength(1);
      expect((await readContributionFileAsync(at(name))).contribution).toEqual(read.contribution);
      writeContributionFile(at(name), read.contribution);
      expect(readFileSync(at(name), 'utf8'), name).toContain('Développement, façade, Größe.');
      expect(readContributionFile(at(name)).notices, name).toEqual([]);
    }
    expect(readContributionFile(at('utf16.resdraft')).notices).toEqual([]);
  });

  it('a FIFO named .resdraft is refused at once; an undecodable file is "not valid JSON" naming the encoding', async () => {
    execFileSync('mkfifo', [at('fifo.resdraft')]);
    expect(() => readContributionFile(at('fifo.resdraft'))).toThrow(/^Cannot open "fifo\.resdraft": it is not a regular file/);
    await expect(readContributionFileAsync(at('fifo.resdraft'))).rejects.toThrow(/it is not a regular file/);
    writeFileSync(at('u32.resdraft'), Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(() => readContributionFile(at('u32.resdraft'))).toThrow(/^Cannot open "u32\.resdraft": The file is not valid JSON text: it is UTF-32LE text/);
  });

  it('saving through a symlink writes the file it names and keeps the link', () => {
    const c = sampleContribution();
    writeContributionFile(at('real.resdraft'), c);
    symlinkSync('real.resdraft', at('shortcut.resdraft'));
    c.proposals[0].reasons = 'Saved through the link.';
    writeContributionFile(at('shortcut.resdraft'), c);
    expect(lstatSync(at('shortcut.resdraft')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('shortcut.resdraft'))).toBe('real.resdraft');
    expect(readContributionFile(at('real.resdraft')).contribution.proposals[0].reasons).toBe('Saved through the link.');
  });
});

describe('the output rule', () => {
  it('follows links (dangling ones too) to the file they name', () => {
    symlinkSync('new.docx', at('dangling.docx'));
    symlinkSync('dangling.docx', at('chain.docx'));
    expect(resolveWriteTarget(at('chain.docx'))).toBe(join(resolveWriteTarget(dir), 'new.docx'));
    expect(guardOutput(at('chain.docx'), [])).toBe(join(resolveWriteTarget(dir), 'new.docx'));
  });

  it('refuses an input by device and inode, however it is named', () => {
    writeFileSync(at('in.txt'), 'x');
    symlinkSync('in.txt', at('in-link.docx'));
    const input = { name: 'in.txt', identity: readInputBytesSync(at('in.txt'), { maxBytes: 10 }).identity };
    expect(() => guardOutput(at('in-link.docx'), [input])).toThrow(OutputRefusedError);
    expect(() => guardOutput(at('in-link.docx'), [at('in.txt')])).toThrow(/refusing to write the export over its own input "in\.txt"/);
    expect(() => guardOutput(at('in.txt'), [{ name: 'standard input', identity: input.identity }])).toThrow(/is the file redirected to standard input/);
    expect(() => guardOutput(at('nowhere/x.docx'), [])).toThrow(/the folder .*nowhere does not exist/);
  });
});
