import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsOf } from '../../shared/checks/impact';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Proposal } from '../../shared/contribution/schema';
import { resolutionCitations } from '../../shared/grammar/resolutionCitation';
import { fromText } from '../../shared/text/fromText';
import { runInProcess } from '../support/runCli';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const manifest = JSON.parse(readFileSync(join(DIR, 'edition.json'), 'utf8')) as { resolutions: Array<{ number: string; file: string }> };
const kigali = manifest.resolutions.map((r) => ({ number: r.number, resolution: fromText(readFileSync(join(DIR, r.file), 'utf8')) }));
const text = (n: string): string => readFileSync(join(DIR, `res-${n}.txt`), 'utf8');

describe('citations of resolutions in running text', () => {
  it('reads lists, revisions written once for several numbers, and the body that adopted them; UN resolutions are not ITU citations', () => {
    const cs = resolutionCitations(
      'recalling Resolutions 25 and 123 (Rev. Dubai, 2018) of the Plenipotentiary Conference, Resolutions 169 (Rev. Dubai, 2018) and 170 (Rev. Busan, 2014), Resolution 70/125 of the UNGA and Resolution 17 (Rev. Kigali, 2022) of this conference;',
    );
    expect(cs.map((c) => ({ n: c.resolutions.map((r) => `${r.number}@${r.place},${r.year}`), body: c.body }))).toEqual([
      { n: ['25@Dubai,2018', '123@Dubai,2018'], body: 'other' },
      { n: ['169@Dubai,2018', '170@Busan,2014'], body: 'unsaid' },
      { n: ['17@Kigali,2022'], body: 'this-conference' },
    ]);
  });

  it('finds where the Kigali texts cite Resolution 17 and 37 as WTDC resolutions, and not the Plenipotentiary’s Resolution 34', () => {
    const of17 = citationsOf('17', kigali);
    expect([...new Set(of17.map((s) => s.resolution))]).toEqual(['55', '58', '82']);
    for (const s of of17) {
      expect(text(s.resolution).split('\n')[s.line]).toContain(s.text);
      expect(s.text.replace(/\u00a0/g, ' ')).toBe('Resolution 17 (Rev. Kigali, 2022) of this conference');
    }
    // Resolution 37 is not bundled, but the bundled texts cite it
    expect(citationsOf('37', kigali).map((s) => `${s.resolution} ${s.item}`)).toEqual(['30 f)', '45 f)', '82 e)']);
    expect(kigali.map((r) => text(r.number)).join('\n')).toContain('Resolution 34 (Rev. Dubai, 2018) of the Plenipotentiary Conference');
    expect(citationsOf('34', kigali)).toEqual([]);
  });
});

describe('resdraft check: the impact of a proposal on the texts that cite it', () => {
  const work = mkdtempSync(join(tmpdir(), 'resdraft-impact-'));
  const contribution = (proposals: Proposal[]): string => {
    const c = newContribution(2029);
    c.settings.conference.place = 'Riyadh';
    c.proposals = proposals;
    const path = join(work, `c${Math.random().toString(36).slice(2)}.resdraft`);
    writeFileSync(path, JSON.stringify(c));
    return path;
  };
  const proposal = (n: string, symbol: Proposal['symbol'], draft: string): Proposal => ({ id: `p${n}`, baseline: { edition: 'kigali-2022', number: n }, symbol, draft: fromText(draft), reasons: 'Because.' });

  it('a SUP of Resolution 17: a warning naming Resolutions 55, 58 and 82, each citation listed with its place', async () => {
    const r = await runInProcess(['check', contribution([proposal('17', 'SUP', text('17'))])]);
    expect(r.stdout).toContain('Resolution 17 is cited in Resolutions 55, 58 and 82: suppressing it leaves those citations pointing at a text that no longer exists.');
    expect(r.stdout).toMatch(/cited at Resolution 58 › [^(]+ › 3 \(line 58\): Resolution 17 \(Rev\. Kigali, 2022\) of this conference/);
    const json = JSON.parse((await runInProcess(['check', contribution([proposal('17', 'SUP', text('17'))]), '--format', 'json'])).stdout) as { findings: Array<{ code: string; related?: Array<{ resolution: string; line: number; edition: string }> }> };
    const impact = json.findings.find((f) => f.code === 'cited-elsewhere')!;
    expect(impact.related!.map((x) => x.resolution)).toEqual(['55', '58', '82']);
    for (const x of impact.related!) expect(text(x.resolution).split('\n')[x.line]).toMatch(/Resolution[ \u00a0]17 \(Rev\. Kigali, 2022\)/);
  });

  it('renumbering and retitling Resolution 17 are warned of; a word changed in its body is not; an uncited resolution suppressed is not', async () => {
    const renumbered = text('17').replace(/^RESOLUTION 17 \(Rev\. Kigali, 2022\)/, 'RESOLUTION 99 (Rev. Riyadh, 2029)');
    const renumberedCheck = (await runInProcess(['check', contribution([proposal('17', 'auto', renumbered)])])).stdout;
    expect(renumberedCheck).toContain('Resolution 17 is cited in Resolutions 55, 58 and 82: renumbering it to 99 leaves those citations pointing at the old number.');
    // a renumbering to a number the edition does not hold is no wrong number line; one it holds is
    expect(renumberedCheck).not.toContain('but this proposal revises');
    const taken = text('17').replace(/^RESOLUTION 17 \(Rev\. Kigali, 2022\)/, 'RESOLUTION 18 (Rev. Riyadh, 2029)');
    expect((await runInProcess(['check', contribution([proposal('17', 'auto', taken)])])).stdout).toContain('The number line names Resolution 18');
    const lines = text('17').split('\n');
    const retitled = [lines[0], `${lines[1]} and meaningful connectivity`, ...lines.slice(2)].join('\n');
    expect((await runInProcess(['check', contribution([proposal('17', 'auto', retitled)])])).stdout).toContain('its title changes, so check whether those citations quote or describe it.');
    const bodyLines = text('17').replace('(Rev. Kigali, 2022)', '(Rev. Riyadh, 2029)').split('\n');
    bodyLines[5] = bodyLines[5].replace(/ the (\w+)/, ' the very $1');
    const body = bodyLines.join('\n');
    expect(body).toContain('the very');
    expect((await runInProcess(['check', contribution([proposal('17', 'auto', body)])])).stdout).not.toContain('is cited in');
    expect((await runInProcess(['check', contribution([proposal('34', 'SUP', text('34'))])])).stdout).not.toContain('is cited in');
  });
});
