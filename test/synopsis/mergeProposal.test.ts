/**
 * Merging a synopsis into one common proposal: taking every row from one source gives exactly
 * that source's draft (relabels and footnotes included, for seeded drafts of all 14
 * resolutions); no decision gives the baseline and lists the open conflicts; a mixed merge takes
 * rows and word runs from several sources, records who proposed each adopted change, relabels
 * items, and yields an ordinary proposal the engine compares as MOD.
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { compare } from '../../shared/engine/compare';
import { buildSynopsis } from '../../shared/synopsis/buildSynopsis';
import { MergeDecisionError, mergeSynopsis, type RowDecision } from '../../shared/synopsis/mergeProposal';
import type { Synopsis } from '../../shared/synopsis/synopsisTypes';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { seededDraft } from '../export/seededEdits';
import { SHARED_NEW_ITEM, resolution30Drafts } from './scenario';

const corpus = new Corpus();

function synopsisOf(number: string, baseline: Resolution, drafts: Array<{ name: string; draft: Resolution }>): Synopsis {
  return buildSynopsis({ number, edition: 'kigali-2022', resolution: baseline }, drafts.map((d, i) => ({ name: d.name, proposal: `X/${i + 1}`, reasons: '', origin: d.name, draft: d.draft })));
}

function takeAll(s: Synopsis, source: number): Map<number, RowDecision> {
  return new Map(s.rows.map((_, i) => [i, { take: 'source', source }]));
}

describe('merging into a common proposal', () => {
  const { baseline, drafts } = resolution30Drafts();
  const s = synopsisOf('30', baseline, drafts);
  const names = s.sources.map((x) => x.name);
  const rowOf = (start: string): number => s.rows.findIndex((r) => r.place === 'baseline' && r.baseline!.replace(/^[^\t]*\t/, '').startsWith(start));

  it('gives each source’s own draft when every row is taken from it', () => {
    drafts.forEach((d, k) => expect(mergeSynopsis(s, baseline, takeAll(s, k)).text, d.name).toBe(toText(d.draft)));
  });

  it('keeps the baseline without decisions, and lists the open conflicts and undecided rows', () => {
    const m = mergeSynopsis(s, baseline, new Map());
    expect(m.text).toBe(toText(baseline));
    expect(m.adopted).toEqual([]);
    expect(m.unresolved).toEqual([rowOf('the outcomes of both phases'), rowOf('Resolution 71 (Rev.')]);
    expect(m.undecided).toEqual(s.rows.map((r, i) => (r.entries.length ? i : -1)).filter((i) => i >= 0));
  });

  it('takes rows and word runs from several sources, records who proposed each, and relabels', () => {
    const a = rowOf('the outcomes of both phases');
    const g = rowOf('Resolution 71 (Rev.');
    const shared = s.rows.findIndex((r) => r.entries.some((e) => e.row.draft?.text === SHARED_NEW_ITEM));
    const apt = names.indexOf('APT');
    const citel = names.indexOf('CITEL');
    const rcc = names.indexOf('RCC');
    const runOf = (source: number, inserted: string): number => s.rows[a].entries.find((e) => e.source === source)!.words.findIndex((w) => w.inserted === inserted);
    const decisions = new Map<number, RowDecision>([
      [0, { take: 'source', source: apt }],
      [2, { take: 'source', source: apt }],
      [a, { take: 'words', runs: [{ source: apt, run: runOf(apt, 'the two') }, { source: citel, run: runOf(citel, 'and its review') }] }],
      [g, { take: 'source', source: rcc }],
      [shared, { take: 'source', source: names.indexOf('ATU') }],
    ]);
    const m = mergeSynopsis(s, baseline, decisions);
    expect(m.unresolved).toEqual([]);
    const lines = m.text.split('\n');
    expect(lines[0]).toBe('RESOLUTION 30 (Rev. Baku, 2025)');
    expect(lines[4]).toBe('a)\tthe outcomes of the two phases of the World Summit on the Information Society (WSIS) and its review;');
    expect(lines[10]).toMatch(/^g\)\tResolution 77 \(Rev\. Buenos Aires, 2017\)/);
    expect(lines.filter((l) => l.endsWith(SHARED_NEW_ITEM))).toEqual([`n)\t${SHARED_NEW_ITEM}`]);
    expect(m.adopted.map((x) => [x.row, x.how, x.sources])).toEqual([
      [0, 'source', ['APT', 'CEPT', 'ATU', 'CITEL', 'RCC']],
      [2, 'source', ['APT', 'CEPT', 'ATU', 'CITEL', 'RCC']],
      [a, 'words', ['APT', 'CEPT', 'CITEL']],
      [g, 'source', ['RCC']],
      [shared, 'source', ['APT', 'ATU']],
    ]);
    const changes = compare(baseline, m.draft);
    expect(changes.action).toBe('MOD');
    expect(changes.stats.deletedRows).toBe(1);
    expect(changes.stats.insertedRows).toBe(1);
  });

  it('refuses word runs that change the same words, and takes the coordinator’s own line', () => {
    const a = rowOf('the outcomes of both phases');
    const apt = names.indexOf('APT');
    const atu = names.indexOf('ATU');
    expect(() => mergeSynopsis(s, baseline, new Map([[a, { take: 'words', runs: [{ source: apt, run: 0 }, { source: atu, run: 0 }] }]]))).toThrow(MergeDecisionError);
    const m = mergeSynopsis(s, baseline, new Map([[a, { take: 'edit', line: 'z)\tthe outcomes of every phase of WSIS;' }]]));
    expect(m.text.split('\n')[4]).toBe('a)\tthe outcomes of every phase of WSIS;');
    expect(m.adopted).toEqual([{ row: a, sources: [], how: 'edit' }]);
    expect(m.unresolved).toEqual([rowOf('Resolution 71 (Rev.')]);
  });
});

describe('taking every row from one source rebuilds its draft, footnotes and relabels included', () => {
  for (const { number } of corpus.list()) {
    it(`Resolution ${number}`, () => {
      const base = corpus.resolution(number);
      const drafts = [1, 2, 3].map((k) => ({ name: `S${k}`, draft: seededDraft(base, Number(number) * 1000 + k, 10).draft }));
      const s = synopsisOf(number, base, drafts);
      drafts.forEach((d, k) => expect(mergeSynopsis(s, base, takeAll(s, k)).text, d.name).toBe(toText(d.draft)));
    });
  }
});
