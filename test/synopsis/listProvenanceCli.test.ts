/**
 * `resdraft list FILE.resdraft` through the real CLI: a contribution's proposals with symbol,
 * number, resolution and title; a common proposal's provenance (every source compiled, then per
 * adopted change its place and its sources or the coordinator's wording) in text and JSON; a
 * file written before provenance existed lists without it; a missing file exits 2 naming it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { Corpus } from '../../main/services/corpus';
import { buildSynopsis } from '../../shared/synopsis/buildSynopsis';
import { mergeSynopsis, type RowDecision } from '../../shared/synopsis/mergeProposal';
import { provenanceOf } from '../../shared/synopsis/provenance';
import { resdraft } from '../support/runCli';
import { resolution36Drafts } from './scenario';
import { writeContribution } from './sourceFiles';

const dir = mkdtempSync(join(tmpdir(), 'resdraft-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resdraft list on a contribution file', () => {
  const { baseline, drafts } = resolution36Drafts();
  const s = buildSynopsis(
    { number: '36', edition: 'kigali-2022', resolution: new Corpus().resolution('36') },
    drafts.map((d, i) => ({ name: d.name, proposal: `${d.prefix || 'RCC/16A5/'}${i + 1}`, reasons: d.reasons, origin: d.name, draft: d.draft })),
  );
  const conflict = s.rows.findIndex((r) => r.conflict);
  const decisions = new Map<number, RowDecision>([
    [0, { take: 'source', source: 0 }],
    [conflict, { take: 'edit', line: 'd)\tthat the regional organizations play a lasting role;' }],
  ]);
  const merged = mergeSynopsis(s, baseline, decisions);
  const provenance = provenanceOf(s, merged);

  it('lists each proposal and where a common proposal’s changes came from (text and JSON)', async () => {
    const file = writeContribution(dir, 'common.resdraft', 'Common', 'COM/1A1/', [{ number: '36', draft: merged.draft, reasons: 'Common.' }, { number: '34', draft: new Corpus().resolution('34'), reasons: 'No change.' }]);
    const c = JSON.parse(readFileSync(file, 'utf8'));
    c.proposals[0].provenance = provenance;
    writeFileSync(file, JSON.stringify(c));
    const r = await resdraft(['list', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const conflictLine = s.rows[conflict].line! + 1;
    expect(r.stdout.split('\n')).toEqual([
      `MOD COM/1A1/1 (Resolution 36)  ${baseline.title}`,
      '  Common proposal compiled from ACP (ACP/12A1/1), EUR (EUR/14A2/2), RCC (RCC/16A5/3)',
      '  draft line 1 (adopted line 1): ACP (ACP/12A1/1), EUR (EUR/14A2/2), RCC (RCC/16A5/3)',
      `  draft line ${merged.adopted[1].line! + 1} (adopted line ${conflictLine}): coordinator’s wording`,
      `NOC COM/1A1/2 (Resolution 34)  ${new Corpus().resolution('34').title}`,
      '',
    ]);
    const j = await resdraft(['list', file, '--format', 'json']);
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout) as { proposals: Array<{ number: string; symbol: string; provenance?: unknown }> };
    expect(out.proposals.map((p) => [p.number, p.symbol])).toEqual([
      ['COM/1A1/1', 'MOD'],
      ['COM/1A1/2', 'NOC'],
    ]);
    expect(out.proposals[0].provenance).toEqual(provenance);
    expect(out.proposals[1].provenance).toBeUndefined();
  });

  it('a missing file exits 2 and names it', async () => {
    const r = await resdraft(['list', join(dir, 'nowhere.resdraft')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.resdraft');
  });
});
