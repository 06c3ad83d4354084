/**
 * Proof in a real word processor: LibreOffice makes the .docx inputs (a colleague's recorded
 * changes under their own name, Compare Document between two versions, our export saved by
 * LibreOffice) and reads them back; `resdraft show FILE.docx#N` must be exactly LibreOffice's
 * Accept All and `--original` exactly its Reject All, byte for byte. One office for the file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { compare } from '../../shared/engine/compare';
import type { ProposalSymbol } from '../../shared/engine/changeSet';
import { toDocx } from '../../main/services/docx/toDocx';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { seededDraft } from '../support/randomEdits';
import { libreOfficeAvailable, resolutionsIn } from '../lo/loReadBack';
import { resdraft } from '../support/runCli';
import { runInProcess } from '../support/runCli';
import { editionDocx } from './editionDocx';
import { makeWithLibreOffice, type LoMade } from './loWordDocs';
import { delegateDraft34, withoutItem } from './delegateDraft';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const DATE = '2025-06-02T08:30:00Z';
const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-word-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


async function writeExport(file: string, proposals: Array<{ symbol: ProposalSymbol; base: Resolution | null; draft: Resolution | null }>, clean = false): Promise<string> {
  const path = join(dir, file);
  const ps = proposals.map((p, i) => ({ symbol: p.symbol, number: `ACP/23A1/${i + 1}`, changes: compare(p.base, p.draft), reasons: `Reasons ${i + 1}.` }));
  writeFileSync(path, await toDocx({ settings: settings(), proposals: ps }, { date: DATE, author: 'Delegate A', mode: clean ? 'clean' : 'marked' }));
  return path;
}

let made: Record<string, LoMade> = {};
const files: Record<string, string> = {};

describe.skipIf(!available && !required)('Word documents made by LibreOffice read as LibreOffice reads them', () => {
  beforeAll(async () => {
    expect(available, 'LibreOffice with python3-uno is required here').toBe(true);
    const base34 = corpus.resolution('34');
    const draft34 = delegateDraft34(corpus);
    const seeded = ['5', '45', '58'].map((n, i) => ({ n, base: corpus.resolution(n), draft: seededDraft(corpus.resolution(n), 4200 + i, 8).draft }));
    const marked = await writeExport('marked.docx', [{ symbol: 'MOD', base: base34, draft: draft34 }]);
    const many = await writeExport('many.docx', [
      ...seeded.map((s) => ({ symbol: 'MOD' as const, base: s.base, draft: s.draft })),
      { symbol: 'MOD', base: base34, draft: draft34 },
    ]);
    const clean = await writeExport('clean.docx', [{ symbol: 'MOD', base: base34, draft: draft34 }], true);
    const other = fromText(corpus.text('34').replace('in disaster preparedness, early warning', 'in disaster readiness, early warning').replace('Article 46 of the Constitution', 'Article 46 of the ITU Constitution'));
    const clean2 = await writeExport('clean2.docx', [{ symbol: 'MOD', base: base34, draft: other }], true);
    // the same draft with two more items of *recognizing* deleted (the items after them relabelled)
    const shortened = fromText(withoutItem(withoutItem(toText(draft34), 'c)').text, 'c)').text);
    const cleanShort = await writeExport('clean-short.docx', [{ symbol: 'MOD', base: base34, draft: shortened }], true);
    const edition = join(dir, 'edition.docx');
    writeFileSync(edition, editionDocx(corpus, 14).docx);
    const out = (name: string): string => (files[name] = join(dir, `${name}.docx`));
    made = makeWithLibreOffice(
      [
        { op: 'resave', input: many, output: out('resaved') },
        { op: 'resave', input: edition, output: out('edition') },
        {
          op: 'record',
          input: marked,
          output: out('colleague'),
          author: 'Colleague Capital',
          edits: [
            { replace: ['potentially serious', 'very serious'] },
            { typeAt: ['for humanitarian assistance', ' of the ITU\u2011D\u00a0Sector'] },
            { footnoteAppend: [0, ' and others'] },
            { appendAfter: ['ocean-bottom temperature, pressure and seismic acceleration', 'f)\tthat a colleague added this item,'] },
            { deleteParagraph: 'Recommendation ITU-T X.1303 on the common alerting protocol' },
          ],
        },
        { op: 'record', input: clean, output: out('clean-edited'), author: 'Colleague Capital', edits: [{ replace: ['strong and growing', 'growing'] }, { replace: ['mitigation, relief and response', 'mitigation, relief, response'] }] },
        { op: 'compare', input: clean, other: clean2, output: out('compared') },
        // LibreOffice's Compare Document places the two deleted items after the document's last line
        { op: 'compare', input: cleanShort, other: clean, output: out('compared-deleted') },
      ],
      join(dir, 'jobs.json'),
    );
  }, 600_000);

  const check = async (name: string, minProposals: number): Promise<void> => {
    const lo = made[files[name]];
    const accepted = resolutionsIn(lo.accept);
    const rejected = resolutionsIn(lo.reject);
    expect(accepted.length).toBeGreaterThanOrEqual(minProposals);
    for (let i = 0; i < accepted.length; i++) {
      const n = /^RESOLUTION[ \u00a0](\d+)/.exec(accepted[i])?.[1];
      const draft = await runInProcess(['show', `${files[name]}#${n}`]);
      // our export records its author, so another author's revisions are a colleague's, awaiting review
      expect(draft.stderr.replace(/^resdraft show: note: .*: \d+ changes? by .+ awaiting review\n$/, '')).toBe('');
      expect(draft.stdout, `${name} #${n} accept all`).toBe(accepted[i]);
      const original = await runInProcess(['show', `${files[name]}#${n}`, '--original']);
      expect(original.stdout, `${name} #${n} reject all`).toBe(rejected[i]);
    }
  };

  it('our export saved by LibreOffice: every proposal, draft and original', async () => {
    expect(made[files.resaved].revisions.Insert).toBeGreaterThan(0);
    await check('resaved', 4);
  });

  it("a colleague's recorded changes on our marked export (two authors)", async () => {
    expect(made[files.colleague].authors).toEqual(expect.arrayContaining(['Delegate A', 'Colleague Capital']));
    await check('colleague', 1);
    const draft = await runInProcess(['show', files.colleague]);
    expect(draft.stdout).toContain('of the very serious negative consequences');
    expect(draft.stdout).toContain('for humanitarian assistance of the ITU\u2011D\u00a0Sector');
    expect(draft.stdout).toContain('e)\tthat the concept of SMART');
    expect(draft.stdout).toContain('f)\tthat a colleague added this item,');
    expect(draft.stdout).not.toContain('X.1303');
    expect(draft.stdout).toMatch(/\n\[\^1\]: .* and others\n/);
    const original = await runInProcess(['show', files.colleague, '--original']);
    expect(original.stdout).toBe(corpus.text('34'));
  });

  it('recorded changes on a clean export, and Compare Document between two versions', async () => {
    await check('clean-edited', 1);
    await check('compared', 1);
    const original = await runInProcess(['show', files['clean-edited'], '--original']);
    expect(original.stdout).toBe(toText(delegateDraft34(corpus)));
  });

  it("LibreOffice's Compare Document with deleted items placed after the last line: read as the document says, with notices", async () => {
    // issue 19: this output was refused ("label … out of sequence"); its labels now come from position
    const lo = made[files['compared-deleted']];
    const labelsAside = (t: string): string => t.replace(/^[^\t\n]+\t/gm, '\t');
    const draft = await runInProcess(['show', files['compared-deleted']]);
    expect(draft.code, draft.stderr).toBe(0);
    expect(labelsAside(draft.stdout)).toBe(labelsAside(resolutionsIn(lo.accept)[0]));
    const original = await runInProcess(['show', files['compared-deleted'], '--original']);
    expect(original.code, original.stderr).toBe(0);
    expect(labelsAside(original.stdout)).toBe(labelsAside(resolutionsIn(lo.reject)[0]));
    expect(lo.reject.paragraphs.slice(lo.reject.paragraphs.findIndex((x) => x.startsWith('Reasons:')) + 1).filter((x) => /^[a-z]\)\t/.test(x))).toHaveLength(2);
    expect(original.stderr).toMatch(/notice: .*: the item "[a-z]\) that .*" stands after the reasons \(where LibreOffice's Compare Document puts deleted paragraphs\); it is read as part of them/);
    expect(original.stderr + draft.stderr).toMatch(/notice: .*\(\*[^*]+\*\): (label "[a-z]+\)" follows "[a-z]+\)"; it is read as "[a-z]+\)", the label of its position|labels "[a-z]+\)" to "[a-z]+\)" \(\d+ items\) follow "[a-z]+\)"; they are read as)/);
  });

  it('an edition document saved by LibreOffice imports as the 14 bundled files, byte for byte', async () => {
    process.env.RESDRAFT_DATA_DIR = join(dir, 'data');
    const r = await runInProcess(['edition', 'import', files.edition, '--name', 'lo-kigali']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('every paragraph placed');
    const bundled = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
    for (const f of readdirSync(bundled).filter((n) => n.endsWith('.txt'))) {
      expect(readFileSync(join(dir, 'data', '.state', 'editions', 'lo-kigali', f)).equals(readFileSync(join(bundled, f))), f).toBe(true);
    }
  });

  it('the real CLI lists the proposals and reports where the unmarked text differs from the edition', async () => {
    const list = await resdraft(['list', files['clean-edited']]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('MOD ACP/23A1/1 (Resolution 34)');
    expect(list.stdout).toMatch(/warning: the unmarked text of \*recognizing\* a\) differs from Resolution 34 \(Rev\. Kigali, 2022\)/);
    const out = join(dir, 'colleague.resdraft');
    const imported = await runInProcess(['import', files.colleague, '-o', out]);
    expect(imported.code).toBe(0);
    const cmp = await runInProcess(['compare', '34', `${out}#34`]);
    expect(cmp.stdout).toMatch(/\{\+ ?very ?\+\}/);
    expect(cmp.stdout).toMatch(/\[-growing general ?-\]/);
    const fromWord = await runInProcess(['compare', '34', files.colleague]);
    expect(fromWord.stdout).toBe(cmp.stdout);
  }, 120_000);
});
