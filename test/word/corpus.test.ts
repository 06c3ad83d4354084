/**
 * The Word corpus (test/word/corpus/corpusIdioms.ts): each document carries one idiom real Word
 * writes, put into our export of a real revision. Each must read as its hand-written expected
 * texts (test/fixtures/word/corpus/<name>/accept.txt and reject.txt, notices.txt), through the CLI
 * as the README documents it (`show FILE.docx`, `show FILE.docx --original`), and LibreOffice's
 * Accept All / Reject All of the same file must read as the same texts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBreaks } from '../../shared/corpus/lineBreak';
import { libreOfficeAvailable, readBack, type LoDoc, type LoFile } from '../lo/loReadBack';
import { buildCorpus, buildIdiom, CORPUS_FIXTURES } from './corpus/buildCorpus';
import { IDIOMS, LO_CANNOT_LOAD, mergeWithNext } from './corpus/corpusIdioms';
import { DocxParts } from './corpus/corpusPackage';
import { toDocx } from '../../main/services/docx/toDocx';
import { Corpus } from '../../main/services/corpus';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import type { OpenDocument } from '../../shared/host/hostApi';
import { hostFixture } from '../ipc/hostFixture';
import { readContribution } from './handDocx';
import { runInProcess } from '../support/runCli';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-word-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = new Map<string, string>();
beforeAll(async () => {
  files = await buildCorpus(dir);
}, 120_000);

const expected = (name: string, file: string): string => readFileSync(join(CORPUS_FIXTURES, name, file), 'utf8');
const expectedNotices = (name: string): string[] => {
  const path = join(CORPUS_FIXTURES, name, 'notices.txt');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '') : [];
};
/** The notices `show` printed, without the file, proposal and paragraph before them. */
const noticesIn = (stderr: string): string[] => [...stderr.matchAll(/^resdraft show: notice: .*?: paragraph [\d\u2013]+ \([^)]*\): (.*)$/gm)].map((m) => m[1]);

describe('the Word corpus', () => {
  it('holds at least 30 idioms, each with both expected texts, and builds byte for byte the same twice', async () => {
    expect(IDIOMS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(IDIOMS.map((i) => i.name)).size).toBe(IDIOMS.length);
    for (const idiom of IDIOMS) {
      expect(existsSync(join(CORPUS_FIXTURES, idiom.name, 'accept.txt')), idiom.name).toBe(true);
      expect(existsSync(join(CORPUS_FIXTURES, idiom.name, 'reject.txt')), idiom.name).toBe(true);
    }
    const again = await buildIdiom(IDIOMS.find((i) => i.name === 'numbering-from-style')!);
    expect(Buffer.from(again).equals(readFileSync(files.get('numbering-from-style')!))).toBe(true);
  });

  it('reads every side into a model that the text layout gives back unchanged (the layout’s round-trip law)', () => {
    for (const idiom of IDIOMS) {
      for (const proposal of readContribution(new Uint8Array(readFileSync(files.get(idiom.name)!)), idiom.name).proposals) {
        for (const side of [proposal.draft, proposal.baseline]) expect(fromText(toText(side!)), idiom.name).toEqual(side);
      }
    }
  });

  for (const idiom of IDIOMS) {
    it(`${idiom.name}: ${idiom.carries}`, async () => {
      const file = files.get(idiom.name)!;
      const draft = await runInProcess(['show', file]);
      expect(draft.code, draft.stderr).toBe(0);
      expect(draft.stdout).toBe(expected(idiom.name, 'accept.txt'));
      const original = await runInProcess(['show', file, '--original']);
      expect(original.code, original.stderr).toBe(0);
      expect(original.stdout).toBe(expected(idiom.name, 'reject.txt'));
      const notices = expectedNotices(idiom.name);
      // each side that shows a label out of sequence says so, and nothing else is said of the labels
      expect(noticesIn(draft.stderr).concat(noticesIn(original.stderr)).every((n) => notices.includes(n)), draft.stderr + original.stderr).toBe(true);
      for (const n of notices) expect(draft.stderr + original.stderr).toContain(n);
    });
  }
});

describe('a label out of sequence is a notice everywhere the document is read', () => {
  it('import writes the contribution and says so; list says so under the proposal; the app shows it with the opened document', async () => {
    // Resolution 34 as our clean export writes it (typed labels), recognizing a) and b) merged by a colleague
    const parts = new DocxParts(await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'TST/42A1/1', changes: compare(corpus.resolution('34'), corpus.resolution('34')), reasons: 'r' }] }, { mode: 'clean' }));
    mergeWithNext(parts, 'that there is a growing general awareness', 'that the number of natural and man-made disasters', 'b)');
    const file = join(dir, 'merged-34.docx');
    writeFileSync(file, parts.zip());
    const notice = 'labels "c)" to "f)" (4 items) follow "a)"; they are read as "b)" to "e)", the labels of their positions';
    const imported = await runInProcess(['import', file, '-o', join(dir, 'merged.resdraft')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(new RegExp(`resdraft import: notice: ${file}: MOD TST/42A1/1 \\(Resolution 34\\): paragraph \\d+\u2013\\d+ \\(\\*recognizing\\*\\): ${notice.replace(/[()]/g, '\\$&')}\n`));
    const list = await runInProcess(['list', file]);
    expect(list.stdout).toContain(`(*recognizing*): ${notice}\n`);
    expect(list.stdout).toMatch(/^ {2}notice: paragraph \d+\u2013\d+ \(\*recognizing\*\): labels "c\)"/m);
    const f = hostFixture();
    try {
      const inData = join(f.folders.documents, 'merged-34.docx');
      writeFileSync(inData, readFileSync(file));
      const opened = (await f.handlers.importWordDocument([inData])) as OpenDocument;
      expect(opened.fileNotices?.some((n) => n.startsWith('merged-34.docx: MOD TST/42A1/1 (Resolution 34): paragraph') && n.endsWith(notice))).toBe(true);
      expect(toText(opened.contribution.proposals[0].draft)).toContain('\ne)\tthat the concept of SMART');
    } finally {
      f.dispose();
    }
  });
});

/**
 * A resolution as LibreOffice reads it, in the layout: the paragraphs between the proposal heading
 * and `Reasons:`, each item as its list label (LibreOffice's ListLabelString) or typed label, a tab
 * and its text; empty paragraphs are layout; footnote anchors count from 1. The documented rules of
 * the text layout apply to what LibreOffice holds: a line break reads as `lineBreak.ts` says, and a
 * soft hyphen (U+00AD) is not text.
 */
function layoutOf(doc: LoDoc): string {
  const text = (s: string): string => resolveBreaks(s.replace(/\u00ad/g, '')).replace(/^[ \t]+|[ \t]+$/g, '');
  const lines: string[] = [];
  const notes: string[] = [];
  const start = doc.paragraphs.findIndex((p) => /^MOD\t/.test(p));
  for (let i = start + 1; i < doc.paragraphs.length && !doc.paragraphs[i].startsWith('Reasons:'); i++) {
    const label = doc.labels?.[i] ?? '';
    const body = text(doc.paragraphs[i]);
    if (body === '' && label === '') continue;
    const line = (label ? `${label}\t${body}` : body).replace(/\[\^(\d+)\]/g, (_m, n: string) => {
      notes.push(text(doc.footnotes[Number(n) - 1] ?? ''));
      return `[^${notes.length}]`;
    });
    lines.push(line);
  }
  return [...lines, ...notes.map((n, k) => `[^${k + 1}]: ${n}`)].join('\n') + '\n';
}

const withoutLabels = (layout: string): string => layout.replace(/^[^\t\n]+\t/gm, '\t');

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';

describe.skipIf(!available && !required)('LibreOffice reads the corpus as the expected texts', () => {
  let lo: Record<string, LoFile> = {};
  beforeAll(() => {
    expect(available, 'LibreOffice with python3-uno is required here').toBe(true);
    lo = readBack(IDIOMS.filter((i) => !LO_CANNOT_LOAD[i.name]).map((i) => files.get(i.name)!), { labels: true });
  }, 600_000);

  for (const idiom of IDIOMS.filter((i) => !LO_CANNOT_LOAD[i.name])) {
    const check = idiom.lo ?? 'exact';
    const how = check === 'exact' ? 'exactly' : check === 'labels-by-position' ? 'labels aside: the document labels items otherwise than their position' : `where it reads otherwise: ${check.why}`;
    it(`${idiom.name} (${how})`, () => {
      const read = lo[files.get(idiom.name)!];
      const as = (side: 'accept' | 'reject'): string => {
        const text = expected(idiom.name, `${side}.txt`);
        return typeof check === 'object' ? check.reads(text, side) : text;
      };
      const compare = check === 'labels-by-position' ? withoutLabels : (s: string): string => s;
      expect(compare(layoutOf(read.accept)), `${idiom.name}: Accept All`).toBe(compare(as('accept')));
      expect(compare(layoutOf(read.reject)), `${idiom.name}: Reject All`).toBe(compare(as('reject')));
    });
  }

  it('numbers lowerLetter past z as ECMA-376 says and Word shows: aa), bb)', () => {
    const labels = lo[files.get('numbering-after-z')!].accept.labels!.filter((l) => l !== '');
    expect(labels.slice(24)).toEqual(['y)', 'z)', 'aa)', 'bb)']);
  });
});
