/**
 * A colleague's tracked changes on our export, in hand-made Word XML: who made which revision
 * (the `ResolutionDrafterAuthor` property our export writes), the three sides, nesting (a
 * colleague deleting words the delegate inserted: Word nests `w:del` inside `w:ins`), paragraph
 * marks, moves and footnotes; then the review model (accept, reject, drop when done).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { acceptIntoBefore, colleagueChanges, colleagueChangeSet, pendingReviewLine, rejectFromDraft, withReviewBefore } from '../../shared/contribution/colleagueReview';
import { ContributionSchema } from '../../shared/contribution/schema';
import { changeUnits } from '../../shared/engine/changeCount';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { toContribution } from '../../shared/word/toContribution';
import type { Resolution } from '../../shared/model/resolution';
import { del, ins, makeDocx, p, r, readContribution } from './handDocx';

const A = 'Delegate A';
const B = 'Jane Colleague';
const C = 'Ali Second';

/** The custom-properties part as Word writes it. */
function customXml(author: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ResolutionDrafterAuthor"><vt:lpwstr>${author}</vt:lpwstr></property></Properties>`;
}

function withOwnAuthor(docx: Uint8Array, author: string | undefined): Uint8Array {
  if (author === undefined) return docx;
  const files = unzipSync(docx);
  files['docProps/custom.xml'] = strToU8(customXml(author));
  const rel = '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>';
  files['_rels/.rels'] = strToU8(strFromU8(files['_rels/.rels']).replace('</Relationships>', `${rel}</Relationships>`));
  return zipSync(files);
}

const head = [p(r('RESOLUTION 34 (Rev. Kigali, 2022)')), p(r('A title')), p(r('The World Telecommunication Development Conference (Kigali, 2022),')), p(r('considering'))];
const layout = (...lines: string[]): string => ['RESOLUTION 34 (Rev. Kigali, 2022)', 'A title', 'The World Telecommunication Development Conference (Kigali, 2022),', 'considering', ...lines].join('\n') + '\n';
/** A paragraph mark inserted or deleted by `author`. */
const mark = (kind: 'ins' | 'del', author: string): string => `<w:rPr><w:${kind} w:id="9" w:author="${author}" w:date="2025-01-01T00:00:00Z"/></w:rPr>`;

/** Our export with the delegate's marks (A) and a colleague's (B) on top, as Word saves it. */
function colleagueBody(): { body: string; footnotes: string } {
  const body = [
    ...head,
    // A inserted "strong and "; B deleted "strong " inside A's insertion (Word nests w:del in w:ins)
    p(r('a)\tthat there is a ') + ins(r('strong ') .replace('<w:r><w:t xml:space="preserve">strong </w:t></w:r>', del('strong ', B)) + r('and '), A) + r('growing awareness;')),
    // A deleted "old"; B inserted "very" elsewhere in the line
    p(r('b)\tthat the ') + del('old ', A) + ins(r('very '), B) + r('serious consequences') + '<w:r><w:footnoteReference w:id="1"/></w:r>' + r(';')),
    // B deleted a whole item (its text and its paragraph mark)
    p(del('c)\tthat an item goes;', B), { pPrExtra: mark('del', B) }),
    // B added an item after the last one (an inserted paragraph mark and text)
    p(del('d)', B) + ins(r('c)'), B) + r('\tthat the last item stays') + ins(r(','), B), { pPrExtra: mark('ins', B) }),
    p(ins(r('d)\tthat a colleague added this.'), B)),
    // A moved text within a paragraph: own revisions, accepted on the "before" side
    p(r('resolves')),
    p(r('to act') + '<w:moveTo w:id="22" w:author="Delegate A" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> now</w:t></w:r></w:moveTo>' + r('.')),
  ].join('');
  const footnotes = `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' A note')}${ins(r(' and others'), B)}${r('.')}</w:p></w:footnote>`;
  return { body, footnotes };
}

const BASELINE = layout('a)\tthat there is a growing awareness;', 'b)\tthat the old serious consequences[^1];', 'c)\tthat an item goes;', 'd)\tthat the last item stays', 'resolves', 'to act.', '[^1]: A note.');
const BEFORE = layout('a)\tthat there is a strong and growing awareness;', 'b)\tthat the serious consequences[^1];', 'c)\tthat an item goes;', 'd)\tthat the last item stays', 'resolves', 'to act now.', '[^1]: A note.');
const DRAFT = layout('a)\tthat there is a and growing awareness;', 'b)\tthat the very serious consequences[^1];', 'c)\tthat the last item stays,', 'd)\tthat a colleague added this.', 'resolves', 'to act now.', '[^1]: A note and others.');

const text = (r: Resolution | null | undefined): string | null => (r ? toText(r) : null);

function read(author: string | undefined) {
  const { body, footnotes } = colleagueBody();
  return readContribution(withOwnAuthor(makeDocx({ body, footnotes }), author), 'colleague.docx');
}

describe("a colleague's revisions on our export", () => {
  it('give three sides: baseline (all rejected), before (own accepted, colleague rejected), draft (all accepted)', () => {
    const word = read(A);
    const [prop] = word.proposals;
    expect(text(prop.baseline)).toBe(BASELINE);
    expect(text(prop.draft)).toBe(DRAFT);
    expect(prop.colleague).toEqual({ before: fromText(BEFORE), authors: [B] });
  });

  it('without the property (anyone else\'s document) every revision is the proposal\'s, as before', () => {
    const [prop] = read(undefined).proposals;
    expect(text(prop.baseline)).toBe(BASELINE);
    expect(text(prop.draft)).toBe(DRAFT);
    expect(prop.colleague).toBeUndefined();
  });

  it('only our own author\'s revisions: no review', () => {
    const [prop] = read('Someone').proposals;
    // every revision is someone else's than "Someone": all are a colleague's, before = baseline
    expect(text(prop.colleague?.before)).toBe(BASELINE);
    const own = readContribution(withOwnAuthor(makeDocx({ body: [...head, p(r('a)\tthe ') + ins(r('new '), A) + r('text.'))].join('') }), A), 'own.docx');
    expect(own.proposals[0].colleague).toBeUndefined();
  });

  it('the contribution keeps the pending review; the marks against the baseline are the engine\'s on the draft', () => {
    const word = read(A);
    const c = toContribution(word, 'kigali-2022', () => undefined, 2026, { source: 'colleague.docx', date: '2026-12-02T01:00:00Z' });
    const parsed = ContributionSchema.parse(JSON.parse(JSON.stringify(c)));
    const prop = parsed.proposals[0];
    expect(toText(prop.draft)).toBe(DRAFT);
    expect(prop.review?.authors).toEqual([B]);
    expect(toText(prop.review!.before)).toBe(BEFORE);
    expect(prop.review?.source).toBe('colleague.docx');
    // four changes by the colleague: a), b), c) deleted, the d) added (with c) changed), the footnote
    const cs = colleagueChangeSet(prop.review!, prop.draft);
    expect(pendingReviewLine(prop)).toBe(`${changeUnits(cs.rows).length} changes by ${B} awaiting review`);
    expect(changeUnits(cs.rows).length).toBeGreaterThanOrEqual(4);
  });

  it('accept one folds it into before, reject one reverts it in the draft; the review ends when they meet', () => {
    const before = fromText(BEFORE);
    const draft = fromText(DRAFT);
    const cs = compare(before, draft);
    const units = changeUnits(cs.rows);
    const footnote = units.find((u) => cs.rows[u.first].kind === 'footnote')!;
    const itemB = units.find((u) => cs.rows[u.first].draft?.text.includes('very'))!;
    const accepted = acceptIntoBefore(before, draft, cs, [footnote]);
    expect(toText(accepted)).toBe(BEFORE.replace('[^1]: A note.', '[^1]: A note and others.'));
    const rejected = rejectFromDraft(before, draft, cs, [itemB]);
    expect(toText(rejected)).toBe(DRAFT.replace('the very serious', 'the serious'));
    // all accepted: before becomes the draft; all rejected: the draft becomes before
    expect(toText(acceptIntoBefore(before, draft, cs, units))).toBe(DRAFT);
    expect(toText(rejectFromDraft(before, draft, cs, units))).toBe(BEFORE);
    const review = { before, authors: [B] };
    expect(withReviewBefore({ draft, review }, draft).review).toBeUndefined();
    expect(withReviewBefore({ draft, review }, accepted).review?.before).toEqual(accepted);
  });

  it('with two colleagues each change carries its author', () => {
    const body = [...head, p(r('a)\tthe ') + ins(r('first '), B) + r('text;')), p(r('b)\tthe ') + del('second ', C) + r('text.'))].join('');
    const word = readContribution(withOwnAuthor(makeDocx({ body }), A), 'two.docx');
    const c = toContribution(word, 'kigali-2022', () => undefined, 2026);
    const prop = c.proposals[0];
    expect(prop.review?.authors).toEqual([B, C]);
    const changes = colleagueChanges(prop.review!, colleagueChangeSet(prop.review!, prop.draft));
    expect(changes.map((x) => x.authors)).toEqual([[B], [C]]);
    expect(pendingReviewLine(prop)).toBe(`2 changes by ${B} and ${C} awaiting review`);
  });

  it("a colleague deleting a whole item the delegate inserted (its mark inserted by one, deleted by the other), and a colleague's move", () => {
    const both = `<w:rPr><w:ins w:id="30" w:author="${A}" w:date="2025-01-01T00:00:00Z"/><w:del w:id="31" w:author="${B}" w:date="2025-01-02T00:00:00Z"/></w:rPr>`;
    const move = (tag: 'moveFrom' | 'moveTo', text: string): string => `<w:${tag} w:id="40" w:author="${B}" w:date="2025-01-02T00:00:00Z"><w:r><w:${tag === 'moveFrom' ? 'delText' : 't'} xml:space="preserve">${text}</w:${tag === 'moveFrom' ? 'delText' : 't'}></w:r></w:${tag}>`;
    const body = [
      ...head,
      p(r('a)\tthe first') + move('moveTo', ' moved words') + r(';')),
      // the delegate's new item b), deleted by the colleague: text and mark carry both revisions
      p(ins(del("b)\tthe delegate's new item;", B), A), { pPrExtra: both }),
      p(r('resolves')),
      p(r('to act') + move('moveFrom', ' moved words') + r(' now.')),
    ].join('');
    const [prop] = readContribution(withOwnAuthor(makeDocx({ body }), A), 'nested.docx').proposals;
    expect(text(prop.baseline)).toBe(layout('a)\tthe first;', 'resolves', 'to act moved words now.'));
    expect(text(prop.colleague?.before)).toBe(layout('a)\tthe first;', "b)\tthe delegate's new item;", 'resolves', 'to act moved words now.'));
    expect(text(prop.draft)).toBe(layout('a)\tthe first moved words;', 'resolves', 'to act now.'));
    expect(prop.colleague?.authors).toEqual([B]);
  });
});
