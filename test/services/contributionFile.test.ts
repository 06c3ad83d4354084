import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, openSync, ftruncateSync, closeSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContributionFileError, parseContribution, parseContributionText } from '../../shared/contribution/parseContribution';
import { CONTRIBUTION_SCHEMA_VERSION } from '../../shared/contribution/schema';
import { readContributionFile, serializeContribution, writeContributionFile, PLAIN_READ_LIMIT_BYTES } from '../../main/services/contributionFile';
import { sampleContribution } from './sampleContribution';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'resdraft-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openError(path: string): ContributionFileError {
  try {
    readContributionFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(ContributionFileError);
    return e as ContributionFileError;
  }
  throw new Error(`${path} was read without error`);
}

const valid = () => serializeContribution(sampleContribution());

/** Each bad file: its bytes, the error kind, and words the message must contain. */
const BAD: { name: string; bytes: () => Buffer; kind: string; says: RegExp }[] = [
  { name: 'empty', bytes: () => Buffer.alloc(0), kind: 'empty', says: /empty/ },
  { name: 'whitespace only', bytes: () => Buffer.from('  \n\n'), kind: 'empty', says: /empty/ },
  { name: 'truncated', bytes: () => Buffer.from(valid().slice(0, Math.floor(valid().length / 2))), kind: 'not-json', says: /not valid JSON.*truncated/ },
  { name: 'non-JSON text', bytes: () => Buffer.from('RESOLUTION 34 (Rev. Kigali, 2022)\n'), kind: 'not-json', says: /not valid JSON/ },
  { name: 'binary', bytes: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x10]), kind: 'not-json', says: /not valid JSON/ },
  { name: 'other JSON', bytes: () => Buffer.from('{"name":"package","version":"1.0.0"}'), kind: 'not-contribution', says: /not a Resolution Drafter contribution/ },
  { name: 'JSON array', bytes: () => Buffer.from('[1,2,3]'), kind: 'not-contribution', says: /not a Resolution Drafter contribution/ },
  {
    name: 'newer version',
    bytes: () => Buffer.from(valid().replace(`"schemaVersion": ${CONTRIBUTION_SCHEMA_VERSION}`, `"schemaVersion": ${CONTRIBUTION_SCHEMA_VERSION + 1}`)),
    kind: 'newer-version',
    says: /made by a newer version of Resolution Drafter/,
  },
  {
    name: 'damaged field',
    bytes: () => Buffer.from(valid().replace('"symbol": "auto"', '"symbol": "MAYBE"')),
    kind: 'invalid',
    says: /damaged: proposals\[0\]\.symbol/,
  },
  {
    name: 'missing settings field',
    bytes: () => {
      const c = JSON.parse(valid());
      delete c.settings.conference.year;
      return Buffer.from(JSON.stringify(c));
    },
    kind: 'invalid',
    says: /settings\.conference\.year/,
  },
];

describe('contribution file validation on read', () => {
  for (const bad of BAD) {
    it(`${bad.name}: clear message, file left untouched even by a later save attempt`, () => {
      const path = join(dir, 'bad.resdraft');
      const bytes = bad.bytes();
      writeFileSync(path, bytes);
      utimesSync(path, new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05Z'));
      const before = statSync(path).mtimeMs;

      const err = openError(path);
      expect(err.kind).toBe(bad.kind);
      expect(err.message).toMatch(/^Cannot open "bad\.resdraft": /);
      expect(err.message).toMatch(bad.says);
      // a save over it is refused, so a file we cannot read is never overwritten
      expect(() => writeContributionFile(path, sampleContribution())).toThrow(/Refusing to overwrite "bad\.resdraft"/);

      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(statSync(path).mtimeMs).toBe(before);
      expect(readdirSync(dir)).toEqual(['bad.resdraft']);
    });
  }

  it('a huge (100 MB) file that does not begin like a contribution is refused without being read, and left untouched', () => {
    const path = join(dir, 'huge.resdraft');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const before = statSync(path);
    const err = openError(path);
    expect(err.kind).toBe('too-large');
    expect(err.message).toMatch(/100\.0 MB and does not begin like a contribution, so it is not a contribution/);
    expect(() => writeContributionFile(path, sampleContribution())).toThrow(/Refusing to overwrite "huge\.resdraft".*100\.0 MB/);
    const after = statSync(path);
    expect(after.size).toBe(100 * 1024 * 1024);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(PLAIN_READ_LIMIT_BYTES).toBeLessThan(after.size);
  });

  it('a missing file and a folder get their own messages', () => {
    expect(() => readContributionFile(join(dir, 'nope.resdraft'))).toThrow(/"nope\.resdraft": the file does not exist/);
    expect(() => readContributionFile(dir)).toThrow(/it is a folder/);
  });

  it('a valid file round-trips byte for byte through write and read', () => {
    const path = join(dir, 'ok.resdraft');
    const c = sampleContribution();
    writeContributionFile(path, c);
    expect(readContributionFile(path).contribution).toEqual(c);
    expect(readFileSync(path, 'utf8')).toBe(serializeContribution(c));
    // and overwriting a valid contribution is allowed
    c.proposals[0].reasons = 'Changed.';
    writeContributionFile(path, c);
    expect(readContributionFile(path).contribution.proposals[0].reasons).toBe('Changed.');
    expect(readdirSync(dir)).toEqual(['ok.resdraft']);
  });

  it('a UTF-8 byte order mark is tolerated', () => {
    const path = join(dir, 'bom.resdraft');
    writeFileSync(path, '\uFEFF' + valid());
    expect(readContributionFile(path).contribution.settings.proposalPrefix).toBe('ACP/23A1/');
  });
});

describe('parseContribution', () => {
  it('names the first bad field and counts the others', () => {
    const c = JSON.parse(valid());
    c.proposals[1].baseline.number = 'thirty-four';
    c.settings.language = 'de';
    let err: ContributionFileError | undefined;
    try {
      parseContribution(c);
    } catch (e) {
      err = e as ContributionFileError;
    }
    expect(err?.kind).toBe('invalid');
    expect(err?.field).toBe('settings.language');
    expect(err?.message).toMatch(/settings\.language: .*\(and 1 more problem\)/);
  });

  it('rejects an ADD-less proposal without baseline declared MOD', () => {
    const c = JSON.parse(valid());
    c.proposals[0].baseline = null;
    c.proposals[0].symbol = 'MOD';
    expect(() => parseContribution(c)).toThrow(/proposals\[0\]\.symbol: a proposal without a baseline resolution can only be ADD/);
    c.proposals[0].symbol = 'ADD';
    expect(parseContribution(c).proposals[0].baseline).toBeNull();
  });

  it('rejects a non-integer schema version as damaged, not as newer', () => {
    expect(() => parseContributionText('{"format":"resolution-drafter-contribution","schemaVersion":"2"}')).toThrow(/schemaVersion is missing/);
  });
});
