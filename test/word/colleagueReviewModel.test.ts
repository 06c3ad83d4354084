/**
 * The review model over many drafts: for a colleague's seeded edits (words, items inserted,
 * deleted, moved, split, joined, footnotes) accepting every change gives the draft, rejecting
 * every change gives what was sent, and accepting one change then the rest ends in the draft, and accepting or
 * rejecting any one change leaves exactly the others to review,
 * all through the engine's rows (nothing is diffed again).
 */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { acceptIntoBefore, rejectFromDraft, reviewUnits } from '../../shared/contribution/colleagueReview';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { withOwnEdit } from '../../shared/contribution/ownEditsDuringReview';
import { seededDraft } from '../support/randomEdits';

const corpus = new Corpus();

describe('accepting and rejecting a colleague\'s changes, over seeded drafts', () => {
  it('all accepted is the draft, all rejected is what was sent, one then the rest is the draft', () => {
    let checked = 0;
    for (const n of ['5', '34', '45', '58']) {
      for (let seed = 1; seed <= 12; seed++) {
        const before = corpus.resolution(n);
        const draft = seededDraft(before, 7000 + seed * 13, 6).draft;
        const cs = compare(before, draft);
        const units = reviewUnits(cs.rows);
        if (units.length === 0) continue;
        const where = `Resolution ${n}, seed ${seed}`;
        expect(toText(acceptIntoBefore(before, draft, cs, units)), `${where}: accept all`).toBe(toText(draft));
        expect(toText(rejectFromDraft(before, draft, cs, units)), `${where}: reject all`).toBe(toText(before));
        const first = acceptIntoBefore(before, draft, cs, [units[0]]);
        const rest = compare(first, draft);
        expect(reviewUnits(rest.rows).length, `${where}: one fewer`).toBe(units.length - 1);
        expect(toText(acceptIntoBefore(first, draft, rest, reviewUnits(rest.rows))), `${where}: then the rest`).toBe(toText(draft));
        units.forEach((u, k) => {
          const accepted = acceptIntoBefore(before, draft, cs, [u]);
          expect(reviewUnits(compare(accepted, draft).rows).length, `${where}: accept change ${k + 1} leaves the others`).toBe(units.length - 1);
          const back = rejectFromDraft(before, draft, cs, [u]);
          expect(reviewUnits(compare(before, back).rows).length, `${where}: reject change ${k + 1} leaves the others`).toBe(units.length - 1);
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe("the delegate's own edits while a review is open", () => {
  const before = corpus.resolution('34');
  const sent = toText(before);
  const theirs = sent.replace('potentially serious', 'very serious');

  it('an edit of a line the colleague left alone goes into what was sent too: it is not a change to review', () => {
    const draft = fromText(theirs);
    const next = fromText(theirs.replace('Article 46 of the Constitution', 'Article 46 of the ITU Constitution'));
    const folded = withOwnEdit(before, draft, next);
    expect(folded && toText(folded)).toBe(sent.replace('Article 46 of the Constitution', 'Article 46 of the ITU Constitution'));
    expect(reviewUnits(compare(folded!, next).rows)).toHaveLength(1);
  });

  it('a new item and a deleted item of the delegate, likewise', () => {
    const draft = fromText(theirs);
    /** `text` with item `i)` inserted after `h)` (the rest of the list relabelled) and `k)` deleted. */
    const edited = (text: string): string => {
      const lines = text.split('\n');
      const h = lines.findIndex((l) => l.startsWith('h)\t'));
      const k = lines.findIndex((l, n) => n > h && l.startsWith('k)\t'));
      lines.splice(k, 1);
      lines.splice(h + 1, 0, 'i)\tthe delegate adds this;');
      for (let n = h + 2; n <= k; n++) lines[n] = String.fromCharCode(lines[n].charCodeAt(0) + 1) + lines[n].slice(1);
      return lines.join('\n');
    };
    const folded = withOwnEdit(before, draft, fromText(edited(theirs)));
    expect(folded && toText(folded)).toBe(edited(sent));
    expect(edited(sent)).not.toBe(sent);
  });

  it("an edit inside the colleague's change stays part of it", () => {
    const draft = fromText(theirs);
    const next = fromText(theirs.replace('very serious', 'very, very serious'));
    expect(withOwnEdit(before, draft, next)).toBeNull();
  });
});
