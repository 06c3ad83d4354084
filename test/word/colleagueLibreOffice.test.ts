/**
 * The round trip through a colleague, in a real word processor: our marked export of a proposal
 * (revisions by the delegation) is opened in LibreOffice under another author's name, who makes
 * tracked edits (inserts words, deletes words the delegate inserted, deletes an item, adds an
 * item, edits a footnote) and saves. Importing it keeps the colleague's changes as a pending
 * review: `before` is exactly the draft as sent, the draft exactly LibreOffice's Accept All, the
 * baseline exactly its Reject All, and the marks against the baseline are recomputed, not doubled.
 * One office for the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../main/services/docx/toDocx';
import { Corpus } from '../../main/services/corpus';
import { readContributionFile } from '../../main/services/contributionFile';
import { colleagueChanges, colleagueChangeSet } from '../../shared/contribution/colleagueReview';
import { countChanges } from '../../shared/engine/changeCount';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { readBytes } from './handDocx';
import { libreOfficeAvailable, resolutionsIn } from '../lo/loReadBack';
import { resdraft } from '../support/runCli';
import { runInProcess } from '../support/runCli';
import { makeWithLibreOffice, type LoMade } from './loWordDocs';
import { delegateDraft34 } from './delegateDraft';

const available = libreOfficeAvailable();
const required = !!process.env.CI || process.env.RESDRAFT_REQUIRE_LO === '1';
const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-colleague-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COLLEAGUE = 'Jane Colleague';


let lo: LoMade;
const exported = join(dir, 'sent.docx');
const edited = join(dir, 'edited.docx');
const imported = join(dir, 'edited.resdraft');
const second = join(dir, 'edited-twice.docx');
const SECOND = 'Ali Second';
let lo2: LoMade;

describe.skipIf(!available && !required)("a colleague's tracked changes made in LibreOffice come back as a review", () => {
  beforeAll(async () => {
    expect(available, 'LibreOffice with python3-uno is required here').toBe(true);
    const base = corpus.resolution('34');
    const proposals = [{ symbol: 'MOD' as const, number: 'ACP/23A1/1', changes: compare(base, delegateDraft34(corpus)), reasons: 'Reasons 1.' }];
    writeFileSync(exported, await toDocx({ settings: settings(), proposals }, { date: '2025-06-02T08:30:00Z', author: 'Delegate A' }));
    const made = makeWithLibreOffice(
      [
        {
          op: 'record',
          input: exported,
          output: edited,
          author: COLLEAGUE,
          edits: [
            { typeAt: ['for humanitarian assistance', ' of the ITU\u2011D\u00a0Sector'] },
            { replace: ['strong and growing', 'growing'] },
            { deleteParagraph: 'Recommendation ITU-T X.1303 on the common alerting protocol' },
            { appendAfter: ['ocean-bottom temperature, pressure and seismic acceleration', 'f)\tthat a colleague added this item,'] },
            { footnoteAppend: [0, ' and others'] },
          ],
        },
        // a second colleague edits the first one's document
        { op: 'record', input: edited, output: second, author: SECOND, edits: [{ typeAt: ['Article 46 of the', ' ITU'] }] },
      ],
      join(dir, 'jobs.json'),
    );
    lo = made[edited];
    lo2 = made[second];
  }, 600_000);

  it('LibreOffice keeps who made the export (the user-defined property) when it saves', () => {
    expect(lo.authors).toEqual(expect.arrayContaining(['Delegate A', COLLEAGUE]));
    expect(readBytes(new Uint8Array(readFileSync(edited)), 'edited.docx').ownAuthor).toBe('Delegate A');
  });

  it('import: before is the draft as sent, the draft is Accept All, the baseline Reject All; marks not doubled', async () => {
    const r = await runInProcess(['import', edited, '-o', imported]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = readContributionFile(imported);
    const [p] = file.contribution.proposals;
    const accepted = resolutionsIn(lo.accept)[0];
    const rejected = resolutionsIn(lo.reject)[0];
    expect(rejected).toBe(corpus.text('34'));
    expect(toText(p.draft)).toBe(accepted);
    expect(accepted).toContain('for humanitarian assistance of the ITU\u2011D\u00a0Sector');
    expect(accepted).toContain('that there is a growing awareness');
    expect(accepted).not.toContain('X.1303');
    expect(accepted).toContain('that a colleague added this item,');
    expect(accepted).toMatch(/\n\[\^1\]: .* and others\n/);
    expect(p.review?.authors).toEqual([COLLEAGUE]);
    expect(toText(p.review!.before)).toBe(toText(delegateDraft34(corpus)));
    // the marks against the baseline are the engine's on the draft: the same as a fresh compare
    const fresh = compare(fromText(rejected), fromText(accepted));
    const stored = compare(corpus.resolution('34'), p.draft);
    expect(stored.action).toBe(fresh.action);
    expect(stored.action).toBe('MOD');
    expect(countChanges(stored.rows)).toBe(countChanges(fresh.rows));
    expect(stored.rows).toEqual(fresh.rows);
    // the colleague's five edits, each theirs
    const changes = colleagueChanges(p.review!, colleagueChangeSet(p.review!, p.draft));
    expect(changes.length).toBeGreaterThanOrEqual(5);
    expect(changes.every((c) => c.authors.join() === COLLEAGUE)).toBe(true);
    expect(r.stdout).toContain(`${changes.length} changes by ${COLLEAGUE} awaiting review`);
  });

  it('resdraft list and show say that the proposal has changes awaiting review', async () => {
    const list = await resdraft(['list', edited]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`MOD ACP/23A1/1 \\(Resolution 34\\).*\\n  \\d+ changes by ${COLLEAGUE} awaiting review\\n`));
    const json = JSON.parse((await runInProcess(['list', edited, '--format', 'json'])).stdout) as { proposals: Array<{ review?: string }> };
    expect(json.proposals[0].review).toMatch(new RegExp(`^\\d+ changes by ${COLLEAGUE} awaiting review$`));
    const sent = await runInProcess(['list', exported, '--format', 'json']);
    expect(Object.keys((JSON.parse(sent.stdout) as { proposals: object[] }).proposals[0])).not.toContain('review');
    const show = await runInProcess(['show', edited]);
    expect(show.stdout).toBe(resolutionsIn(lo.accept)[0]);
    expect(show.stderr).toMatch(/^resdraft show: note: .*edited\.docx: MOD ACP\/23A1\/1 \(Resolution 34\): \d+ changes by Jane Colleague awaiting review\n$/);
    const original = await runInProcess(['show', edited, '--original']);
    expect(original.stdout).toBe(corpus.text('34'));
  }, 120_000);

  it('two colleagues: each change carries its author; before is still the draft as sent', async () => {
    expect(lo2.authors).toEqual(expect.arrayContaining(['Delegate A', COLLEAGUE, SECOND]));
    const out = join(dir, 'twice.resdraft');
    const r = await runInProcess(['import', second, '-o', out]);
    expect(r.code).toBe(0);
    const [p] = readContributionFile(out).contribution.proposals;
    expect(toText(p.draft)).toBe(resolutionsIn(lo2.accept)[0]);
    expect(toText(p.review!.before)).toBe(toText(delegateDraft34(corpus)));
    expect(p.review?.authors).toEqual([COLLEAGUE, SECOND]);
    const changes = colleagueChanges(p.review!, colleagueChangeSet(p.review!, p.draft));
    const cs = colleagueChangeSet(p.review!, p.draft);
    const bySecond = changes.filter((c) => c.authors.join() === SECOND);
    expect(bySecond).toHaveLength(1);
    expect(cs.rows[bySecond[0].unit.first].draft?.text).toContain('Article 46 of the ITU Constitution');
    expect(changes.filter((c) => c.authors.join() === COLLEAGUE).length).toBe(changes.length - 1);
    expect(r.stdout).toContain(`${changes.length} changes by ${COLLEAGUE} and ${SECOND} awaiting review`);
  });
});
