/**
 * A colleague who changes a proposal's reasons in Word (Track Changes, under their own name) is
 * reviewed like any other change, never taken silently: `resdraft import` keeps the reasons as
 * sent in the review, `list` counts the change, the checks warn of it; accepting keeps the
 * colleague's reasons, rejecting puts back the delegate's, and the review ends when nothing else
 * is left. Through the CLI on a real export, and the review functions themselves.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContributionFile } from '../../main/services/contributionFile';
import { Corpus } from '../../main/services/corpus';
import { toDocx } from '../../main/services/docx/toDocx';
import { pendingReviewLine, reviewReasons, withReviewBefore } from '../../shared/contribution/colleagueReview';
import type { Proposal } from '../../shared/contribution/schema';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { resdraft } from '../support/runCli';
import { trackedReplace } from './colleagueDocx';

const corpus = new Corpus();
const NAME = 'Jane Colleague';
const SENT = corpus.text('34').replace('that there is a growing general awareness', 'that there is a strong and growing awareness');
const REASONS = 'To update the text for the next cycle.';
const THEIRS = 'To bring the text up to date for the next cycle.';
const dir = mkdtempSync(join(tmpdir(), 'resdraft-colleague-reasons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our export of SENT with REASONS, then the colleague's tracked edits (`[old, new]` pairs). */
async function returned(name: string, edits: Array<[string, string]>): Promise<string> {
  const changes = compare(corpus.resolution('34'), fromText(SENT));
  let docx = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'ACP/23A1/1', changes, reasons: REASONS }] }, { author: 'Delegate A' });
  for (const [a, b] of edits) docx = trackedReplace(docx, a, b, NAME);
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, docx);
  return path;
}

async function imported(docx: string): Promise<Proposal> {
  const out = docx.replace(/\.docx$/, '.resdraft');
  const r = await resdraft(['import', docx, '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readContributionFile(out).contribution.proposals[0];
}

describe("a colleague's change of the reasons", { timeout: 120_000 }, () => {
  it('alone: imported as a change to review, counted by list, warned of by check', async () => {
    const docx = await returned('reasons-only', [['update the text', 'bring the text up to date']]);
    const p = await imported(docx);
    expect(p.reasons).toBe(THEIRS);
    expect(toText(p.draft)).toBe(SENT);
    expect(p.review?.reasonsBefore).toBe(REASONS);
    expect(p.review?.authors).toEqual([NAME]);
    const file = docx.replace(/\.docx$/, '.resdraft');
    const list = await resdraft(['list', file]);
    expect(list.stdout).toMatch(/1 change by Jane Colleague awaiting review/);
    const listDocx = await resdraft(['list', docx]);
    expect(listDocx.stdout).toMatch(/1 change by Jane Colleague awaiting review/);
    const check = await resdraft(['check', file]);
    expect(check.stdout).toMatch(/^warning +Resolution 34: 1 change by Jane Colleague awaiting review: accept or reject/m);
  });

  it('with a change of the text: both counted; each reviewed on its own', async () => {
    const p = await imported(await returned('both', [['potentially serious', 'very serious'], ['update the text', 'bring the text up to date']]));
    expect(p.review?.reasonsBefore).toBe(REASONS);
    expect(pendingReviewLine(p)).toBe('2 changes by Jane Colleague awaiting review');

    const rejected = reviewReasons(p, false);
    expect(rejected.reasons).toBe(REASONS);
    expect(rejected.review?.reasonsBefore).toBeUndefined();
    expect(pendingReviewLine(rejected)).toBe('1 change by Jane Colleague awaiting review');
    const accepted = reviewReasons(p, true);
    expect(accepted.reasons).toBe(THEIRS);
    expect(pendingReviewLine(accepted)).toBe('1 change by Jane Colleague awaiting review');

    // the text's change accepted first: the review stays while the reasons await, then ends
    const textTaken = withReviewBefore(p, p.draft);
    expect(textTaken.review?.reasonsBefore).toBe(REASONS);
    expect(pendingReviewLine(textTaken)).toBe('1 change by Jane Colleague awaiting review');
    const done = reviewReasons(textTaken, false);
    expect(done.review).toBeUndefined();
    expect(done.reasons).toBe(REASONS);
    expect(pendingReviewLine(done)).toBeNull();
  });

  it('unchanged reasons give no such change', async () => {
    const p = await imported(await returned('text-only', [['potentially serious', 'very serious']]));
    expect(p.reasons).toBe(REASONS);
    expect(p.review?.reasonsBefore).toBeUndefined();
    expect(pendingReviewLine(p)).toBe('1 change by Jane Colleague awaiting review');
  });
});
