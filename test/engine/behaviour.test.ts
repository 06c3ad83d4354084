import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import type { ChangeRow } from '../../shared/engine/changeSet';
import { compare } from '../../shared/engine/compare';
import { toHtml } from '../../shared/engine/toHtml';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { isWordToken, tokenize } from '../../shared/engine/tokenize';
import type { List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { randomEdits } from '../support/randomEdits';
import { acceptAll, markRuns, marksInsideWords, rejectAll } from '../support/wordDiffLaws';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const load = (n: string): string => readFileSync(join(DIR, `res-${n}.txt`), 'utf8');
const NUMBERS = ['5', '17', '18', '30', '34', '36', '45', '46', '48', '51', '55', '58', '76', '82'];

/** Compare, check both laws and the whole-word rule, return the change set and marked text. */
function run(base: string, draft: string) {
  const changes = compare(fromText(base), fromText(draft));
  const marked = toWordDiff(changes);
  expect(acceptAll(marked)).toBe(draft);
  expect(rejectAll(marked)).toBe(base);
  expect(marksInsideWords(marked)).toEqual([]);
  return { changes, marked, lines: marked.split('\n') };
}

function edit(n: string, f: (res: Resolution) => void): { base: string; draft: string } {
  const base = load(n);
  const res = fromText(base);
  f(res);
  return { base, draft: toText(res) };
}

const firstList = (res: Resolution, call = 0): List => res.calls[call].blocks.find((b): b is List => b.type === 'list')!;

describe('structure: relabels, inserted/deleted/moved/split/merged items, calls', () => {
  it('an item inserted after b) of considering in Resolution 5 relabels c) … g), text unmarked', () => {
    const { base, draft } = edit('5', (r) => firstList(r).items.splice(2, 0, { text: 'Resolution 1 (Rev. Baku, 2025) of this conference;' }));
    const { changes, lines } = run(base, draft);
    expect(changes.action).toBe('MOD');
    expect(lines[6]).toBe('{+c)\tResolution 1 (Rev. Baku, 2025) of this conference;');
    const relabelled = changes.rows.filter((r) => r.relabelled);
    expect(relabelled.map((r) => `${r.base!.label}->${r.draft!.label}`)).toEqual(['c)->d)', 'd)->e)', 'e)->f)', 'f)->g)', 'g)->h)']);
    expect(relabelled.every((r) => r.spans.every((s) => s.op === 'equal'))).toBe(true);
    expect(lines[7].startsWith('+}[-c)-]{+d)+}\tResolutions 166')).toBe(true);
  });

  it('long lists past z) relabel as aa) … ah) (Resolution 34)', () => {
    const { base, draft } = edit('34', (r) => {
      const list = r.calls.map((c) => c.blocks.find((b): b is List => b.type === 'list')!).find((l) => l.items.length > 26)!;
      list.items.unshift({ text: 'that a new first consideration is recalled;' });
    });
    const { marked, changes } = run(base, draft);
    expect(marked).toContain('[-z)-]{+aa)+}\t');
    expect(marked).toContain('[-ag)-]{+ah)+}\t');
    expect(changes.stats.relabels).toBe(33);
  });

  it('a deleted item is one whole-line deletion and the next labels move up', () => {
    const { base, draft } = edit('5', (r) => firstList(r).items.splice(1, 1));
    const { lines, changes } = run(base, draft);
    expect(lines[5].startsWith('[-b)\tResolution\u00A030 (Rev. Dubai')).toBe(true);
    expect(changes.stats.deletedRows).toBe(1);
    expect(changes.rows.filter((r) => r.relabelled)).toHaveLength(5);
  });

  it('a moved item is marked as a move at both places', () => {
    const { base, draft } = edit('5', (r) => {
      const items = firstList(r).items;
      items.push(items.splice(1, 1)[0]);
    });
    const { changes } = run(base, draft);
    const moved = changes.rows.filter((r) => r.move);
    expect(moved.map((r) => r.move!.role)).toEqual(['from', 'to']);
    expect(moved[0].move!.id).toBe(moved[1].move!.id);
    expect(changes.stats.movedItems).toBe(1);
    expect(toHtml(changes)).toContain('class="rd-row rd-item rd-inserted rd-depth-0 rd-moved-to" data-move="1"');
  });

  it('an item split in two is marked as the split: the line break and the new label inserted, the words kept', () => {
    const { base, draft } = edit('5', (r) => {
      const items = firstList(r).items;
      const [first, second] = items[3].text.split(', in providing');
      items.splice(3, 1, { text: `${first};` }, { text: `in providing${second}` });
    });
    const { changes, lines } = run(base, draft);
    expect(changes.stats).toMatchObject({ insertedRows: 0, deletedRows: 0, splitsAndMerges: 1, insertedWords: 0, deletedWords: 0 });
    expect(lines[7].endsWith('(ICTs)[-, -]{+;')).toBe(true);
    expect(lines[8].startsWith('e)\t+}in providing technical assistance')).toBe(true);
    const [head, tail] = changes.rows.filter((r) => r.base?.line === 7);
    expect(head.lineEnd).toBe('inserted');
    expect(head.draft!.label).toBe('d)');
    expect(tail.labelSpans).toEqual([{ op: 'insert', text: 'e)' }]);
  });

  it('two items merged into one are marked as the merge: the line break and the second label deleted', () => {
    const { base, draft } = edit('5', (r) => {
      const items = firstList(r).items;
      items.splice(4, 2, { text: `${items[4].text.replace(/;$/, '')} and ${items[5].text}` });
    });
    const { changes, marked } = run(base, draft);
    expect(changes.stats).toMatchObject({ insertedRows: 0, deletedRows: 0, splitsAndMerges: 1, insertedWords: 1, deletedWords: 0 });
    expect(marked).toContain('telecommunications/ICTs[-;\nf)\t-]{+ and +}Resolution\u00A0ITU\u2011R 7-4');
    const [head, tail] = changes.rows.filter((r) => r.draft?.line === 8);
    expect(head.lineEnd).toBe('deleted');
    expect(tail.draft!.offset).toBe(head.draft!.text.length);
    expect(head.draft!.text + tail.draft!.text).toBe(fromText(draft).calls[0].blocks[0].type === 'list' ? (fromText(draft).calls[0].blocks[0] as List).items[4].text : '');
  });

  it('a whole call added and another removed', () => {
    const { base, draft } = edit('5', (r) => {
      r.calls.splice(2, 1);
      r.calls.push({ phrase: 'instructs the Secretary-General', blocks: [{ type: 'paragraph', text: 'to report on this resolution.' }] });
    });
    const { changes, marked } = run(base, draft);
    expect(changes.rows.filter((r) => r.kind === 'call' && r.status === 'deleted').map((r) => r.base!.text)).toEqual(['convinced']);
    expect(marked).toContain('{+instructs the Secretary-General\nto report on this resolution.\n+}');
  });

  it('a sub-item inserted under item 1 of further instructs (Resolution 30) relabels the roman list only', () => {
    const { base, draft } = edit('30', (r) => {
      const call = r.calls.find((c) => c.phrase.startsWith('further instructs'))!;
      (call.blocks[0] as List).items[0].sublist!.items.splice(0, 0, { text: 'supporting digital transformation;' });
    });
    const { marked, changes } = run(base, draft);
    expect(marked).toContain('{+i)\tsupporting digital transformation;\n+}[-i)-]{+ii)+}\tencouraging');
    expect(changes.rows.filter((r) => r.relabelled).every((r) => r.draft!.depth === 1)).toBe(true);
  });
});

describe('words: readable marks', () => {
  it('number and conference lines revised together', () => {
    const base = load('34');
    const draft = base.replace('(Rev. Kigali, 2022)', '(Rev. Baku, 2025)').replace('Conference (Kigali, 2022),', 'Conference (Baku, 2025),');
    const { lines } = run(base, draft);
    expect(lines[0]).toBe('RESOLUTION 34 (Rev. [-Kigali, 2022-]{+Baku, 2025+})');
    expect(lines[2]).toBe('The World Telecommunication Development Conference ([-Kigali, 2022-]{+Baku, 2025+}),');
  });

  it('a changed year is a whole-word mark, never inside the number', () => {
    const base = load('5');
    const draft = base.replace('Resolution 198 (Rev. Dubai, 2018)', 'Resolution 198 (Rev. Dubai, 2019)');
    const { marked } = run(base, draft);
    expect(marked).toContain('(Rev. Dubai, [-2018-]{+2019+})');
  });

  it('punctuation changes are marked alone', () => {
    const base = load('5');
    const draft = base.replace('ITU activities;', 'ITU activities,');
    expect(run(base, draft).marked).toContain('ITU activities[-;-]{+,+}');
  });

  it('a rewritten item is at most 4 mark runs', () => {
    const base = load('34');
    const draft = base.replace(
      'that the number of natural and man-made disasters, as well as the tragic consequences associated with them, are steadily increasing;',
      'that the frequency of extreme weather events, and the losses that follow them in developing countries, are rising faster than ever;',
    );
    const { lines } = run(base, draft);
    const row = lines.find((l) => l.includes('extreme weather'))!;
    expect(markRuns(row)).toBeLessThanOrEqual(4);
  });

  it('a footnote added in the text and at the end', () => {
    const { base, draft } = edit('46', (r) => {
      const list = r.calls.find((c) => c.phrase === 'resolves')!.blocks[0] as List;
      list.items[0].text = list.items[0].text.replace(/;$/, '[^2];');
      r.footnotes.push({ id: 2, text: 'As defined by the United Nations.' });
    });
    const { marked } = run(base, draft);
    expect(marked).toContain('{+[^2]+};');
    expect(marked.endsWith('{+[^2]: As defined by the United Nations.\n+}')).toBe(true);
  });

  it('marked words stay within 15% of a minimal line-aligned word edit on seeded 2% edits', () => {
    let marked = 0;
    let minimal = 0;
    for (const [i, n] of NUMBERS.entries()) {
      const base = fromText(load(n));
      const changes = compare(base, randomEdits(base, 77 + i, { wordRate: 0.02, insertItems: 1, deleteItems: 1, moveItems: 1, footnoteEdits: 1 }));
      for (const row of changes.rows) {
        marked += markedWords(row);
        minimal += minimalWords(row);
      }
    }
    expect(minimal).toBeGreaterThan(100);
    expect(marked / minimal).toBeLessThanOrEqual(1.15);
  });
});

describe('symbols', () => {
  it('SUP deletes every line; ADD inserts every line', () => {
    const base = fromText(load('18'));
    const sup = compare(base, base, { suppressed: true });
    expect(sup.action).toBe('SUP');
    expect(sup.rows.every((r) => r.status === 'deleted')).toBe(true);
    const add = compare(null, base);
    expect(add.action).toBe('ADD');
    expect(add.rows.every((r) => r.status === 'inserted')).toBe(true);
  });
});

function words(text: string): number {
  return tokenize(text).filter(isWordToken).length;
}

function markedWords(row: ChangeRow): number {
  return row.spans.filter((s) => s.op !== 'equal').reduce((n, s) => n + words(s.text), 0);
}

/** Word tokens changed by a plain LCS word diff of the row's two texts (no cleanup). */
function minimalWords(row: ChangeRow): number {
  if (!row.base || !row.draft) return markedWords(row);
  const a = tokenize(row.base.text).filter(isWordToken);
  const b = tokenize(row.draft.text).filter(isWordToken);
  return diffArrays(a, b).filter((c) => c.added || c.removed).reduce((n, c) => n + c.value.length, 0);
}
