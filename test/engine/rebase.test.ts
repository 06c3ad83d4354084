import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { rebase } from '../../shared/engine/rebase';
import { countChanges } from '../../shared/engine/changeCount';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { randomEdits, rng } from '../support/randomEdits';
import { labelFor } from '../../shared/grammar/labels';

const BASELINE = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const adopted = (n: string): string => readFileSync(join(BASELINE, `res-${n}.txt`), 'utf8');

/** `text` with `from` replaced by `to` once (fails the test when `from` is not there). */
function edit(text: string, from: string, to: string): string {
  expect(text, `"${from}" is in the text`).toContain(from);
  return text.replace(from, to);
}

/** Rebase texts in the layout; the result as text. */
function rebased(old: string, draft: string, edition: string) {
  const r = rebase(fromText(old), fromText(draft), fromText(edition));
  return { ...r, text: toText(r.draft) };
}

const OLD = adopted('34');
const baku = (t: string): string => t.replaceAll('Kigali, 2022', 'Baku, 2025');

describe('rebase: a draft carried onto a newer edition', () => {
  it('keeps the delegate’s change and takes the edition’s change elsewhere; against the edition only the delegate’s change shows', () => {
    const draft = edit(OLD, 'play a crucial role in disaster', 'play an essential crucial role in disaster');
    const edition = edit(baku(OLD), 'as well as the tragic consequences', 'as well as the grave and tragic consequences');
    const { text, conflicts } = rebased(OLD, draft, edition);
    expect(conflicts).toEqual([]);
    expect(text).toContain('play an essential crucial role in disaster');
    expect(text).toContain('as well as the grave and tragic consequences');
    expect(text).toContain('(Rev. Baku, 2025)');
    const marks = toWordDiff(compare(fromText(edition), fromText(text)));
    expect(marks).toContain('play [-a-]{+an essential+} crucial');
    expect(marks).not.toContain('grave and +}');
    expect(marks).not.toContain('[-Kigali');
    expect(countChanges(compare(fromText(edition), fromText(text)).rows)).toBe(1);
  });

  it('the same words changed differently on both sides: a conflict naming the three texts, the delegate’s wording kept', () => {
    const draft = edit(OLD, 'play a crucial role in disaster', 'play a vital role in disaster');
    const edition = edit(baku(OLD), 'play a crucial role in disaster', 'play a transformative role in disaster');
    const { text, conflicts } = rebased(OLD, draft, edition);
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect(c.old).toContain('play a crucial role');
    expect(c.edition).toContain('play a transformative role');
    expect(c.delegate).toContain('play a vital role');
    expect(text).toContain('play a vital role in disaster');
    expect(text.split('\n')[c.line]).toContain('play a vital role');
    expect(c.kind).not.toBe('footnote');
  });

  it('the same change made in both is no conflict, and is not the delegate’s change against the edition', () => {
    const draft = edit(OLD, 'play a crucial role in disaster', 'play a key role in disaster');
    const edition = edit(baku(OLD), 'play a crucial role in disaster', 'play a key role in disaster');
    const { text, conflicts } = rebased(OLD, draft, edition);
    expect(conflicts).toEqual([]);
    expect(compare(fromText(edition), fromText(text)).action).toBe('NOC');
  });

  it('the laws: an edition that changed nothing gives the draft; a draft that changed nothing gives the edition', () => {
    const draft = edit(OLD, 'play a crucial role in disaster', 'play an essential role in disaster');
    expect(rebased(OLD, draft, OLD).text).toBe(toText(fromText(draft)));
    const edition = edit(baku(OLD), 'as well as the tragic consequences', 'as well as the grave consequences');
    expect(rebased(OLD, OLD, edition).text).toBe(toText(fromText(edition)));
  });

  it('items inserted on both sides stand where each put them, labels counted again', () => {
    const lines = OLD.split('\n');
    const considering = lines.findIndex((l) => l === 'considering');
    const firstItem = considering + 1;
    const draftLines = [...lines];
    draftLines.splice(firstItem + 1, 0, 'b)\tthe delegate’s new consideration of rural connectivity;');
    const editionLines = baku(OLD).split('\n');
    editionLines.splice(firstItem + 3, 0, 'c)\tthe edition’s new consideration of emergency telecommunications;');
    const relabel = (ls: string[]): string => toText(relabelled(ls.join('\n')));
    const { text, conflicts } = rebased(OLD, relabel(draftLines), relabel(editionLines));
    expect(conflicts).toEqual([]);
    const out = text.split('\n');
    const mine = out.findIndex((l) => l.includes('delegate’s new consideration'));
    const theirs = out.findIndex((l) => l.includes('edition’s new consideration'));
    expect(mine).toBe(firstItem + 1);
    expect(out[mine].startsWith('b)\t')).toBe(true);
    expect(theirs).toBeGreaterThan(mine);
    const rows = compare(fromText(relabel(editionLines)), fromText(text)).rows;
    expect(rows.filter((r) => r.status === 'inserted').map((r) => r.draft!.text)).toEqual(['the delegate’s new consideration of rural connectivity;']);
  });

  it('an item the delegate moved and the edition reworded: moved, with the edition’s words', () => {
    const res = fromText(OLD);
    const list = res.calls[0].blocks.find((b) => b.type === 'list')!;
    if (list.type !== 'list') throw new Error('no list');
    const moved = list.items[3].text;
    const draftRes = structuredClone(res);
    const dl = draftRes.calls[0].blocks.find((b) => b.type === 'list')!;
    if (dl.type !== 'list') throw new Error('no list');
    const [item] = dl.items.splice(3, 1);
    dl.items.splice(0, 0, item);
    const words = moved.split(' ');
    const reworded = [...words.slice(0, -2), 'newly', ...words.slice(-2)].join(' ');
    const edition = edit(baku(OLD), moved, reworded);
    const { draft, conflicts } = rebase(res, draftRes, fromText(edition));
    expect(conflicts).toEqual([]);
    const first = draft.calls[0].blocks.find((b) => b.type === 'list')!;
    if (first.type !== 'list') throw new Error('no list');
    expect(first.items[0].text).toBe(reworded);
    expect(first.items.filter((i) => i.text === reworded)).toHaveLength(1);
    const changes = compare(fromText(edition), draft);
    // against the edition: the one move, no word of the edition's rewording marked as the delegate's
    expect(changes.stats).toMatchObject({ movedItems: 1, insertedRows: 1, deletedRows: 1 });
    expect(changes.stats.insertedWords).toBe(changes.stats.deletedWords);
    expect(changes.rows.filter((r) => r.status === 'modified').every((r) => r.spans.every((s) => s.op === 'equal'))).toBe(true);
  });

  it('an item the edition deleted goes when the delegate left it alone; changed by the delegate, it is a conflict and stays', () => {
    const res = fromText(OLD);
    const list = res.calls[0].blocks.find((b) => b.type === 'list')!;
    if (list.type !== 'list') throw new Error('no list');
    const gone = list.items[4].text;
    const editionRes = fromText(baku(OLD));
    const el = editionRes.calls[0].blocks.find((b) => b.type === 'list')!;
    if (el.type !== 'list') throw new Error('no list');
    el.items.splice(4, 1);
    const untouched = rebase(res, fromText(edit(OLD, 'play a crucial role', 'play an essential crucial role')), editionRes);
    expect(toText(untouched.draft)).not.toContain(gone);
    expect(untouched.conflicts).toEqual([]);
    const changedGone = gone.replace(/(\w+)/, '$1 indeed');
    const touched = rebase(res, fromText(edit(OLD, gone, changedGone)), editionRes);
    expect(toText(touched.draft)).toContain(changedGone);
    expect(touched.conflicts).toHaveLength(1);
    expect(touched.conflicts[0]).toMatchObject({ edition: null, old: gone, delegate: changedGone });
  });

  it('the delegate’s revision of the number and conference lines for the target conference survives the edition’s own revision', () => {
    const draft = OLD.replace('(Rev. Kigali, 2022)', '(Rev. Riyadh, 2029)').replace('(Kigali, 2022),', '(Riyadh, 2029),');
    const { text, conflicts } = rebased(OLD, draft, baku(OLD));
    expect(conflicts).toEqual([]);
    const marks = toWordDiff(compare(fromText(baku(OLD)), fromText(text)));
    expect(marks.split('\n')[0]).toBe('RESOLUTION 34 (Rev. [-Baku, 2025-]{+Riyadh, 2029+})');
  });

  it('footnotes: one added by the delegate and one by the edition are both kept, numbered in order of reference', () => {
    const src = adopted('5');
    expect(src).toContain('[^1]');
    const draft = edit(src, 'Enhanced participation', 'Enhanced[^9] participation').replace(/\n$/, '\n[^9]: The delegate’s note.\n');
    const draftRes = fromText(renumberInOrder(draft));
    const editionText = baku(src).replace(/\n$/, '');
    const lines = editionText.split('\n');
    const lastBody = lines.findLastIndex((l) => !l.startsWith('[^'));
    lines[lastBody] = lines[lastBody].replace(/([.;,])$/, '[^7]$1');
    const edition = fromText(renumberInOrder(`${lines.join('\n')}\n[^7]: The edition’s note.\n`));
    const { draft: out, conflicts } = rebase(fromText(src), draftRes, edition);
    expect(conflicts).toEqual([]);
    const notes = out.footnotes.map((f) => f.text);
    expect(notes).toContain('The delegate’s note.');
    expect(notes).toContain('The edition’s note.');
    expect(out.footnotes.map((f) => f.id)).toEqual(out.footnotes.map((_f, i) => i + 1));
    expect(toText(fromText(toText(out)))).toBe(toText(out));
  });

  it('seeded edits on disjoint lines: every change of each side is in the result, and against the edition only the delegate’s', () => {
    for (const n of ['34', '5', '45', '17']) {
      const oldRes = fromText(adopted(n));
      for (let seed = 1; seed <= 6; seed++) {
        const random = rng(seed * 31 + Number(n));
        const lines = toText(oldRes).split('\n');
        const body = lines.map((_l, i) => i).filter((i) => i > 2 && lines[i].includes('\t') && lines[i].split(' ').length > 6);
        const pick = (k: number): number[] => {
          const out = new Set<number>();
          while (out.size < k) out.add(body[Math.floor(random() * body.length)]);
          return [...out];
        };
        const chosen = pick(Math.min(6, body.length));
        const mine = chosen.slice(0, chosen.length / 2);
        const theirs = chosen.slice(chosen.length / 2);
        const draftLines = [...lines];
        for (const i of mine) draftLines[i] = draftLines[i].replace(/ (\S+) /, ' $1 delegatedword ');
        const editionLines = lines.map((l) => l.replaceAll('Kigali, 2022', 'Baku, 2025'));
        for (const i of theirs) editionLines[i] = editionLines[i].replace(/ (\S+)([;.,:])$/, ' editionword $1$2');
        const { draft, conflicts } = rebase(oldRes, fromText(draftLines.join('\n')), fromText(editionLines.join('\n')));
        expect(conflicts, `Resolution ${n} seed ${seed}`).toEqual([]);
        const text = toText(draft);
        expect(text.split('delegatedword').length - 1).toBe(mine.length);
        expect(text.split('editionword').length - 1).toBe(theirs.length);
        const rows = compare(fromText(editionLines.join('\n')), draft).rows;
        const changed = rows.filter((r) => r.status !== 'unchanged');
        expect(changed.every((r) => r.spans.some((s) => s.op !== 'equal' && s.text.includes('delegatedword'))), `Resolution ${n} seed ${seed}`).toBe(true);
        expect(changed).toHaveLength(mine.length);
      }
    }
  });
  it('laws over seeded structural edits of all 14 resolutions (items inserted, deleted, moved; footnotes): an unchanged side gives the other, the same edit on both sides gives it once', () => {
    const numbers = readFileSync(join(BASELINE, 'edition.json'), 'utf8').match(/"number": "(\d+)"/g)!.map((m) => m.replace(/\D/g, ''));
    expect(numbers).toHaveLength(14);
    for (const n of numbers) {
      const oldRes = fromText(adopted(n));
      for (let seed = 1; seed <= 4; seed++) {
        const edited = randomEdits(oldRes, seed * 97 + Number(n), { wordRate: 0.04, insertItems: 1, deleteItems: 1, moveItems: 1, footnoteEdits: 1 });
        const where = `Resolution ${n} seed ${seed}`;
        const onOld = rebase(oldRes, edited, oldRes);
        expect(toText(onOld.draft), where).toBe(toText(edited));
        expect(onOld.conflicts, where).toEqual([]);
        const unchanged = rebase(oldRes, oldRes, edited);
        expect(toText(unchanged.draft), where).toBe(toText(edited));
        const both = rebase(oldRes, edited, edited);
        expect(toText(both.draft), where).toBe(toText(edited));
        expect(both.conflicts, where).toEqual([]);
      }
    }
  });
  it('independent seeded edits on both sides: the result lays out and parses, every line the delegate inserted is in it, every conflict points into it', () => {
    const plan = { wordRate: 0.03, insertItems: 2, deleteItems: 1, moveItems: 1, footnoteEdits: 1 };
    let conflicts = 0;
    for (const n of ['5', '17', '34', '45', '48', '82']) {
      const oldRes = fromText(adopted(n));
      for (let seed = 1; seed <= 5; seed++) {
        const where = `Resolution ${n} seed ${seed}`;
        const draft = randomEdits(oldRes, seed * 13 + Number(n), plan);
        const edition = randomEdits(fromText(baku(adopted(n))), seed * 7919 + Number(n), plan);
        const r = rebase(oldRes, draft, edition);
        const text = toText(r.draft);
        expect(toText(fromText(text)), where).toBe(text);
        const lines = text.split('\n');
        const mine = compare(oldRes, draft).rows.filter((row) => row.status === 'inserted' && !row.move && row.kind === 'item');
        for (const row of mine) expect(text, where).toContain(row.draft!.text);
        for (const c of r.conflicts) {
          expect(c.line, where).toBeGreaterThanOrEqual(0);
          expect(c.line, where).toBeLessThan(lines.length);
          if (c.delegate !== null && c.kind !== 'footnote') expect(lines[c.line], where).toContain(c.delegate.split('\n')[0]);
        }
        conflicts += r.conflicts.length;
      }
    }
    // independent 3% rewrites collide now and then: the test must see conflicts to prove they point right
    expect(conflicts).toBeGreaterThan(0);
  });
});

/** A text whose item labels were typed by hand, relabelled from position (what the editor would do). */
function relabelled(text: string): ReturnType<typeof fromText> {
  const out: string[] = [];
  let index = 0;
  for (const l of text.split('\n')) {
    const m = /^([a-z]+)\)\t(.*)$/.exec(l);
    if (m) out.push(`${labelFor('alpha', index++)}\t${m[2]}`);
    else {
      if (!l.includes('\t')) index = 0;
      out.push(l);
    }
  }
  return fromText(out.join('\n'));
}

/** Footnote references renumbered 1, 2 … in order of first reference, bodies reordered to match. */
function renumberInOrder(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const bodies = new Map<number, string>();
  const body = lines.filter((l) => {
    const m = /^\[\^(\d+)\]: (.*)$/.exec(l);
    if (m) bodies.set(Number(m[1]), m[2]);
    return !m;
  });
  const order = new Map<number, number>();
  const renum = body.map((l) =>
    l.replace(/\[\^(\d+)\]/g, (_m, k: string) => {
      if (!order.has(Number(k))) order.set(Number(k), order.size + 1);
      return `[^${order.get(Number(k))}]`;
    }),
  );
  return `${[...renum, ...[...order].map(([k, i]) => `[^${i}]: ${bodies.get(k)}`)].join('\n')}\n`;
}
