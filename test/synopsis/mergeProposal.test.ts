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
import { changeOrigin, currentLineOf, provenanceLines, provenanceOf } from '../../shared/synopsis/provenance';
import { ProvenanceSchema } from '../../shared/contribution/provenanceSchema';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { seededDraft } from '../support/randomEdits';
import { CEPT_NEW_ITEM, SHARED_NEW_ITEM, resolution30Drafts } from './scenario';
import { relabelCauses, relabelOnly } from '../../shared/synopsis/relabelRows';

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
    // a relabel alone is no change to decide: the merge relabels from position
    const relabels = s.rows.map((r, i) => (relabelOnly(r) ? i : -1)).filter((i) => i >= 0);
    expect(relabels.length).toBeGreaterThan(0);
    expect(m.undecided).toEqual(s.rows.map((r, i) => (r.entries.length && !relabels.includes(i) ? i : -1)).filter((i) => i >= 0));
  });

  it('folds each relabel-only row into the change that caused it (EUR’s item inserted at the start of “recognizing further”)', () => {
    const causes = relabelCauses(s);
    const cept = names.indexOf('EUR');
    const inserted = s.rows.findIndex((r) => r.place === 'inserted' && r.entries.some((e) => e.source === cept && e.row.draft?.text === CEPT_NEW_ITEM));
    const folded = [...causes].filter(([, cause]) => cause === inserted).map(([ri]) => s.rows[ri].baseline!.slice(0, 2));
    // a) only follows EUR's insertion; b) and c) are amended by RCC, AFCP and IAP, so they stay changes of their own
    expect(folded).toEqual(['a)']);
    for (const [ri] of causes) expect(relabelOnly(s.rows[ri])).toBe(true);
  });

  it('takes rows and word runs from several sources, records who proposed each, and relabels', () => {
    const a = rowOf('the outcomes of both phases');
    const g = rowOf('Resolution 71 (Rev.');
    const shared = s.rows.findIndex((r) => r.entries.some((e) => e.row.draft?.text === SHARED_NEW_ITEM));
    const apt = names.indexOf('ACP');
    const citel = names.indexOf('IAP');
    const rcc = names.indexOf('RCC');
    const runOf = (source: number, inserted: string): number => s.rows[a].entries.find((e) => e.source === source)!.words.findIndex((w) => w.inserted === inserted);
    const decisions = new Map<number, RowDecision>([
      [0, { take: 'source', source: apt }],
      [2, { take: 'source', source: apt }],
      [a, { take: 'words', runs: [{ source: apt, run: runOf(apt, 'the two') }, { source: citel, run: runOf(citel, 'and its review') }] }],
      [g, { take: 'source', source: rcc }],
      [shared, { take: 'source', source: names.indexOf('AFCP') }],
    ]);
    const m = mergeSynopsis(s, baseline, decisions);
    expect(m.unresolved).toEqual([]);
    const lines = m.text.split('\n');
    expect(lines[0]).toBe('RESOLUTION 30 (Rev. Baku, 2025)');
    expect(lines[4]).toBe('a)\tthe outcomes of the two phases of the World Summit on the Information Society (WSIS) and its review;');
    expect(lines[10]).toMatch(/^g\)\tResolution 77 \(Rev\. Buenos Aires, 2017\)/);
    expect(lines.filter((l) => l.endsWith(SHARED_NEW_ITEM))).toEqual([`n)\t${SHARED_NEW_ITEM}`]);
    expect(m.adopted.map((x) => [x.row, x.how, x.sources])).toEqual([
      [0, 'source', ['ACP', 'EUR', 'AFCP', 'IAP', 'RCC']],
      [2, 'source', ['ACP', 'EUR', 'AFCP', 'IAP', 'RCC']],
      [a, 'words', ['ACP', 'EUR', 'IAP']],
      [g, 'source', ['RCC']],
      [shared, 'source', ['ACP', 'AFCP']],
    ]);
    expect(m.adopted.map((x) => (x.line === undefined ? null : lines[x.line]))).toEqual([
      'RESOLUTION 30 (Rev. Baku, 2025)',
      lines[2],
      lines[4],
      null, // RCC deletes g)
      `n)\t${SHARED_NEW_ITEM}`,
    ]);
    expect(lines[2]).toMatch(/Baku, 2025/);
    expect(m.adopted[3].proposals).toEqual(['X/5']);
    expect(m.adopted[2].proposals).toEqual(['X/1', 'X/2', 'X/4']);
    // which words came from whom, run by run in line order
    expect(m.adopted[2].runs).toEqual([
      { deleted: 'both', inserted: 'the two', sources: ['ACP', 'EUR'], proposals: ['X/1', 'X/2'] },
      { deleted: '', inserted: 'and its review', sources: ['IAP'], proposals: ['X/4'] },
    ]);
    expect(changeOrigin(provenanceOf(s, m).changes[2])).toBe('words “both” → “the two” from ACP (X/1), EUR (X/2); “and its review” inserted from IAP (X/4)');
    // every row that yields a line points at it: a kept baseline line reads as the baseline
    s.rows.forEach((r, i) => {
      if (r.place === 'baseline' && !decisions.has(i) && r.kind !== 'footnote') expect(lines[m.rowLines[i]!].replace(/^[^\t]*\t/, ''), `row ${i}`).toBe(r.baseline!.replace(/^[^\t]*\t/, ''));
    });
    const changes = compare(baseline, m.draft);
    expect(changes.action).toBe('MOD');
    expect(changes.stats.deletedRows).toBe(1);
    expect(changes.stats.insertedRows).toBe(1);
  });

  it('refuses word runs that change the same words, and takes the coordinator’s own line', () => {
    const a = rowOf('the outcomes of both phases');
    const apt = names.indexOf('ACP');
    const atu = names.indexOf('AFCP');
    expect(() => mergeSynopsis(s, baseline, new Map([[a, { take: 'words', runs: [{ source: apt, run: 0 }, { source: atu, run: 0 }] }]]))).toThrow(MergeDecisionError);
    const m = mergeSynopsis(s, baseline, new Map([[a, { take: 'edit', line: 'z)\tthe outcomes of every phase of WSIS;' }]]));
    expect(m.text.split('\n')[4]).toBe('a)\tthe outcomes of every phase of WSIS;');
    expect(m.adopted).toEqual([{ row: a, sources: [], proposals: [], how: 'edit', line: 4 }]);
    expect(m.unresolved).toEqual([rowOf('Resolution 71 (Rev.')]);
  });
});

describe('taking every row from one source rebuilds its draft, footnotes and relabels included', () => {
  for (const { number } of corpus.list()) {
    it(`Resolution ${number}`, () => {
      const base = corpus.resolution(number);
      const drafts = [1, 2, 3].map((k) => ({ name: `S${k}`, draft: seededDraft(base, Number(number) * 1000 + k, 10).draft }));
      const s = synopsisOf(number, base, drafts);
      drafts.forEach((d, k) => {
        const m = mergeSynopsis(s, base, takeAll(s, k));
        expect(m.text, d.name).toBe(toText(d.draft));
        const lines = m.text.split('\n');
        // each adopted change points at the line it stands on: the source's own line there
        for (const a of m.adopted) {
          const e = s.rows[a.row].entries.find((x) => x.source === k)!;
          if (a.line === undefined) expect(e.row.draft, `${d.name} row ${a.row}`).toBeUndefined();
          else if (s.rows[a.row].kind === 'footnote') expect(lines[a.line], `${d.name} row ${a.row}`).toMatch(new RegExp(`^\\[\\^\\d+\\]: ${e.row.draft!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
          else expect(lines[a.line].endsWith(e.row.draft!.text), `${d.name} row ${a.row}: ${lines[a.line]}`).toBe(true);
        }
      });
    });
  }
});

describe('the provenance a merge records', () => {
  const { baseline, drafts } = resolution30Drafts();
  const s = synopsisOf('30', baseline, drafts);
  const names = s.sources.map((x) => x.name);
  const g = s.rows.findIndex((r) => r.place === 'baseline' && r.baseline!.includes('Resolution 71 (Rev.'));
  const shared = s.rows.findIndex((r) => r.place === 'inserted' && r.entries.some((e) => e.row.draft?.text === SHARED_NEW_ITEM));

  it('names every source compiled, and for each adopted change its places, how it was taken and its sources with their proposal numbers', () => {
    const decisions = new Map<number, RowDecision>([
      [0, { take: 'source', source: names.indexOf('ACP') }],
      [g, { take: 'source', source: names.indexOf('RCC') }],
      [shared, { take: 'edit', line: 'n)\tthe outcomes of the regional preparatory meetings;' }],
    ]);
    const m = mergeSynopsis(s, baseline, decisions);
    const p = provenanceOf(s, m);
    expect(ProvenanceSchema.parse(p)).toEqual(p);
    expect(p.compiledFrom).toEqual(drafts.map((d, i) => ({ name: d.name, proposal: `X/${i + 1}` })));
    expect(p.changes).toEqual([
      { baselineLine: 0, line: 0, text: 'RESOLUTION 30 (Rev. Baku, 2025)', how: 'source', sources: drafts.map((d, i) => ({ name: d.name, proposal: `X/${i + 1}` })) },
      { baselineLine: s.rows[g].line, how: 'source', sources: [{ name: 'RCC', proposal: 'X/5' }] },
      { after: s.rows[shared].after, line: m.adopted[2].line, text: 'the outcomes of the regional preparatory meetings;', how: 'edit', sources: [] },
    ]);
    expect(provenanceLines(p)).toEqual([
      'Common proposal compiled from ACP (X/1), EUR (X/2), AFCP (X/3), IAP (X/4), RCC (X/5)',
      'draft line 1 (adopted line 1): ACP (X/1), EUR (X/2), AFCP (X/3), IAP (X/4), RCC (X/5)',
      `adopted line ${s.rows[g].line! + 1}, left out: RCC (X/5)`,
      `draft line ${m.adopted[2].line! + 1} (new after adopted line ${s.rows[shared].after! + 1}): coordinator’s wording`,
    ]);
    expect(m.text.split('\n')[m.adopted[2].line!]).toMatch(/\tthe outcomes of the regional preparatory meetings;$/);
    // an empty wording leaves the line out: adopted, with no line of the draft
    const out = mergeSynopsis(s, baseline, new Map([[shared, { take: 'edit', line: '' }]]));
    expect(out.text).toBe(toText(baseline));
    expect(provenanceOf(s, out).changes).toEqual([{ after: s.rows[shared].after, how: 'edit', sources: [] }]);
  });
});

describe('the line an adopted change stands on now', () => {
  const change = { baselineLine: 4, line: 4, text: 'the same words;', how: 'edit' as const, sources: [] };
  it('follows its text when the draft was edited since, nearest to where it was merged', () => {
    expect(currentLineOf(change, ['0', '1', '2', '3', 'a)\tthe same words;'])).toBe(4);
    expect(currentLineOf(change, ['0', 'x)\tthe same words;', '1', '2', '3', '4', 'b)\tthe same words;'])).toBe(6);
    expect(currentLineOf(change, ['0', '1', '2', 'b)\tthe same words;', 'new', 'new'])).toBe(3);
  });
  it('falls back to the merged line, and has none for a line left out', () => {
    expect(currentLineOf(change, ['0', '1', '2', '3', '4 reworded', '5'])).toBe(4);
    expect(currentLineOf(change, ['0', '1'])).toBe(1);
    expect(currentLineOf({ baselineLine: 4, how: 'source', sources: [] }, ['0'])).toBeNull();
  });
});
