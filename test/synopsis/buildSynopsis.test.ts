/**
 * The synopsis engine on five delegations' drafts of Resolution 30 (see scenario.ts): every
 * source's change is there under its name, agreements are found, conflicts are found at the
 * right lines and nowhere else; and for seeded random drafts of all 14 resolutions, every
 * source's column reads back as its draft (accept) and the baseline (reject).
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { buildSynopsis } from '../../shared/synopsis/buildSynopsis';
import { synopsisToText } from '../../shared/synopsis/synopsisText';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';
import { toText } from '../../shared/text/toText';
import { seededDraft } from '../support/randomEdits';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';
import { columnText } from './columns';
import { copyOf, deleteItem, insertItem, listUnder, moveItem, reword } from './delegationDrafts';
import { CEPT_NEW_ITEM, R30, R30_FURTHER, R30_INSTRUCTS, SHARED_NEW_ITEM, resolution30Drafts } from './scenario';

const corpus = new Corpus();

function synopsisOf(number: string, drafts: Array<{ name: string; draft: ReturnType<typeof copyOf> | null; suppressed?: boolean }>): Synopsis {
  return buildSynopsis(
    { number, edition: 'kigali-2022', resolution: corpus.resolution(number) },
    drafts.map((d, i) => ({ name: d.name, proposal: `X/${i + 1}`, reasons: `r${i}`, origin: d.name, draft: d.draft, suppressed: d.suppressed })),
  );
}

/** Names on a row's groups: `ACP+EUR` per group. */
function groupNames(s: Synopsis, r: SynopsisRow): string[] {
  return r.groups.map((g) => g.sources.map((i) => s.sources[i].name).join('+'));
}

function conflictPairs(s: Synopsis, r: SynopsisRow): string[] {
  return r.conflicts.map((c) => c.sources.map((i) => s.sources[i].name).join('/'));
}

/** The baseline row whose text (after the label) starts with `start`. */
function rowStarting(s: Synopsis, start: string): SynopsisRow {
  const r = s.rows.find((x) => x.place === 'baseline' && x.baseline!.replace(/^[^\t]*\t/, '').startsWith(start));
  if (!r) throw new Error(`no baseline row starting "${start}"`);
  return r;
}

describe('synopsis of five delegations on Resolution 30', () => {
  const { baseline, drafts } = resolution30Drafts();
  const s = synopsisOf('30', drafts);
  const names = s.sources.map((x) => x.name);

  it('keeps every source’s column equal to its draft (accept) and the baseline (reject)', () => {
    drafts.forEach((d, i) => {
      expect(columnText(s, i, 'draft')).toBe(toText(d.draft));
      expect(columnText(s, i, 'baseline')).toBe(toText(baseline));
    });
  });

  it('writes every change in the word-diff notation, both laws holding line by line', () => {
    for (const r of s.rows) {
      for (const e of r.entries) {
        const draftLine = e.row.draft ? `${e.row.draft.label !== undefined ? (e.row.kind === 'footnote' ? `${e.row.draft.label}: ` : `${e.row.draft.label}\t`) : ''}${e.row.draft.text}` : '';
        expect(acceptAll(e.notation)).toBe(draftLine);
        if (r.place === 'baseline') expect(rejectAll(e.notation)).toBe(r.baseline);
        else expect(rejectAll(e.notation)).toBe('');
      }
    }
  });

  it('attributes each change to its source, with the proposal number and reasons', () => {
    expect(names).toEqual(['ACP', 'EUR', 'AFCP', 'IAP', 'RCC']);
    expect(s.sources.map((x) => x.proposal)).toEqual(['X/1', 'X/2', 'X/3', 'X/4', 'X/5']);
    expect(s.sources.every((x) => x.symbol === 'MOD')).toBe(true);
    const cept = names.indexOf('EUR');
    const inserted = s.rows.filter((r) => r.place === 'inserted' && r.entries.some((e) => e.source === cept && e.type === 'inserted'));
    expect(inserted.map((r) => r.entries[0].notation)).toEqual([`{+a)\t${CEPT_NEW_ITEM}+}`]);
  });

  it('finds the agreements: head lines by all, "the two phases" by ACP and EUR, the shared new item by ACP and AFCP', () => {
    expect(groupNames(s, s.rows[0])).toEqual(['ACP+EUR+AFCP+IAP+RCC']);
    expect(s.rows[0].groups[0].notation).toBe('RESOLUTION 30 (Rev. [-Kigali, 2022-]{+Baku, 2025+})');
    expect(groupNames(s, s.rows[2])).toEqual(['ACP+EUR+AFCP+IAP+RCC']);
    const a = rowStarting(s, 'the outcomes of both phases');
    expect(a.agreement).toBe(true);
    expect(groupNames(s, a)).toEqual(['ACP+EUR', 'AFCP', 'IAP']);
    const shared = s.rows.filter((r) => r.place === 'inserted' && r.entries.some((e) => e.row.draft?.text === SHARED_NEW_ITEM));
    expect(shared).toHaveLength(1);
    expect(shared[0].agreement).toBe(true);
    expect(groupNames(s, shared[0])).toEqual(['ACP+AFCP']);
    expect(shared[0].after).toBe(rowStarting(s, 'the opinions of the sixth').line);
    const agreed = s.rows.filter((r) => r.agreement).map((r) => r.line ?? `after ${r.after}`);
    expect(agreed).toEqual([0, 2, a.line, shared[0].after === undefined ? -1 : `after ${shared[0].after}`]);
  });

  it('finds the conflicts at recalling a) and g) and nowhere else', () => {
    const a = rowStarting(s, 'the outcomes of both phases');
    const g = rowStarting(s, 'Resolution 71 (Rev.');
    expect(s.rows.filter((r) => r.conflict)).toEqual([a, g]);
    expect(conflictPairs(s, a)).toEqual(['ACP/AFCP', 'EUR/AFCP']);
    expect(a.conflicts[0].reason).toContain('both');
    expect(conflictPairs(s, g)).toEqual(['IAP/RCC']);
    expect(g.conflicts[0].reason).toBe('RCC deletes the line that IAP amends');
    const both = a.words.find((w) => w.deleted === 'both' && w.inserted === 'the two')!;
    expect(both.sources.map((i) => names[i])).toEqual(['ACP', 'EUR']);
    expect(both.conflict).toBe(true);
    const review = a.words.find((w) => w.inserted === 'and its review')!;
    expect(review.conflict).toBe(false);
  });

  it('keeps independent changes apart: a relabel beside new words, a move beside new words, different words of one line', () => {
    const b = rowStarting(s, 'the potential of ICTs');
    expect(b.entries.map((e) => [names[e.source], e.type, e.relabelled])).toEqual([
      ['EUR', 'modified', true],
      ['RCC', 'modified', false],
    ]);
    expect(b.conflict).toBe(false);
    const c = rowStarting(s, 'that ITU-D shall give');
    expect(c.entries.map((e) => names[e.source])).toEqual(['EUR', 'AFCP', 'IAP']);
    expect(c.conflict).toBe(false);
    const moved = rowStarting(s, 'to continue to provide CWG-WSIS');
    expect(moved.entries.map((e) => [names[e.source], e.type])).toEqual([
      ['EUR', 'movedAway'],
      ['IAP', 'modified'],
    ]);
    expect(moved.conflict).toBe(false);
    const to = s.rows.find((r) => r.entries.some((e) => e.type === 'movedHere'))!;
    expect(to.entries[0].movedFrom).toBe(moved.line);
    expect(moved.entries[0].movedTo).toBe(to.after);
    expect(to.after).toBe(rowStarting(s, 'to take appropriate action').line);
    const text = synopsisToText(s);
    expect(text).toContain(`EUR (X/2): [-1\tto continue to provide CWG-WSIS`);
    expect(text).toContain(`(moved to after line ${to.after! + 1})`);
    expect(text).toContain(`(moved from line ${moved.line! + 1})`);
  });
});

describe('conflict rules', () => {
  const base = corpus.resolution('30');
  const phrase = R30_INSTRUCTS;

  it('a deletion against a move, and moves to different places, conflict; the same move agrees', () => {
    const del = copyOf(base);
    deleteItem(del, phrase, 1);
    const moveEnd = copyOf(base);
    moveItem(moveEnd, phrase, 1, 4);
    const moveEnd2 = copyOf(base);
    moveItem(moveEnd2, phrase, 1, 4);
    const moveStart = copyOf(base); // 1 3 4 2 5: item 2 moved after item 4
    moveItem(moveStart, phrase, 1, 3);
    const s = synopsisOf('30', [
      { name: 'A', draft: del },
      { name: 'B', draft: moveEnd },
      { name: 'C', draft: moveEnd2 },
    ]);
    const row = rowStarting(s, 'to ensure that concrete objectives');
    expect(row.entries.map((e) => e.type)).toEqual(['deleted', 'movedAway', 'movedAway']);
    expect(conflictPairs(s, row)).toEqual(['A/B', 'A/C']);
    expect(row.conflicts[0].reason).toBe('A deletes the line that B moves');
    expect(groupNames(s, row)).toEqual(['A', 'B+C']);
    const s2 = synopsisOf('30', [
      { name: 'B', draft: moveEnd },
      { name: 'D', draft: moveStart },
    ]);
    expect(s2.rows.filter((r) => r.conflict)).toEqual([rowStarting(s2, 'to ensure that concrete objectives')]);
    expect(rowStarting(s2, 'to ensure that concrete objectives').conflicts.map((c) => c.reason)).toEqual(['B and D move the line to different places']);
  });

  it('different insertions at the same place conflict, insertions at different places do not', () => {
    const a = copyOf(base);
    reword(a, R30, 0, 'both phases', 'both main phases');
    const b = copyOf(base);
    reword(b, R30, 0, 'both phases', 'both key phases');
    const c = copyOf(base);
    reword(c, R30, 0, 'of the World', 'of the whole World');
    const s = synopsisOf('30', [
      { name: 'A', draft: a },
      { name: 'B', draft: b },
      { name: 'C', draft: c },
    ]);
    const row = rowStarting(s, 'the outcomes of both phases');
    expect(conflictPairs(s, row)).toEqual(['A/B']);
    expect(row.conflicts[0].reason).toBe('A and B make different insertions at the same place');
  });

  it('a suppressing source conflicts with every amended line; a source without changes is listed and changes nothing', () => {
    const a = copyOf(base);
    reword(a, R30_FURTHER, 0, 'the commitment of ITU', 'the firm commitment of ITU');
    insertItem(a, R30_FURTHER, 1, 'the role of regional offices in the implementation of WSIS outcomes;');
    const s = synopsisOf('30', [
      { name: 'A', draft: a },
      { name: 'SUPPRESS', draft: null, suppressed: true },
      { name: 'KEEP', draft: copyOf(base) },
    ]);
    expect(s.sources.map((x) => x.symbol)).toEqual(['MOD', 'SUP', 'NOC']);
    expect(s.rows.some((r) => r.entries.some((e) => e.source === 2))).toBe(false);
    expect(s.rows.filter((r) => r.conflict).map((r) => r.line)).toEqual([rowStarting(s, 'the commitment of ITU').line]);
    expect(columnText(s, 1, 'draft')).toBe('\n');
    expect(columnText(s, 2, 'draft')).toBe(toText(base));
    expect(listUnder(a, R30_FURTHER).items).toHaveLength(4);
  });

  it('refuses two sources with the same name', () => {
    expect(() => synopsisOf('30', [{ name: 'A', draft: copyOf(base) }, { name: 'A', draft: copyOf(base) }])).toThrow(/both named "A"/);
  });
});

describe('every column reads back exactly, under seeded random drafts of all 14 resolutions', () => {
  for (const { number } of corpus.list()) {
    it(`Resolution ${number}: four sources`, () => {
      const base = corpus.resolution(number);
      const drafts = [1, 2, 3, 4].map((k) => seededDraft(base, Number(number) * 100 + k, 8).draft);
      const s = synopsisOf(number, drafts.map((d, k) => ({ name: `S${k}`, draft: d })));
      drafts.forEach((d, k) => {
        expect(columnText(s, k, 'draft'), `source ${k}`).toBe(toText(d));
        expect(columnText(s, k, 'baseline'), `source ${k}`).toBe(toText(base));
      });
      // a conflict always names two sources that both change that row
      for (const r of s.rows) for (const c of r.conflicts) for (const i of c.sources) expect(r.entries.some((e) => e.source === i)).toBe(true);
    });
  }
});
