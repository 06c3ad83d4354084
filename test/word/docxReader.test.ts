import { describe, expect, it } from 'vitest';
import { DocxReadError } from '../../shared/word/docxPackage';
import { toText } from '../../shared/text/toText';
import { del, ins, makeDocx, p, r, readBytes, readContribution } from './handDocx';

const head = [p(r('RESOLUTION 34 (Rev. Kigali, 2022)')), p(r('A title') + '<w:r><w:br/></w:r>' + r('on two lines')), p(r('The World Telecommunication Development Conference (Kigali, 2022),')), p(r('considering'))];

function sides(body: string, extra: { footnotes?: string; numbering?: string } = {}): { draft: string | null; baseline: string | null } {
  const word = readContribution(makeDocx({ body, ...extra }), 'hand.docx');
  expect(word.proposals).toHaveLength(1);
  const text = (r: Parameters<typeof toText>[0] | null): string | null => (r ? toText(r) : null);
  return { draft: text(word.proposals[0].draft), baseline: text(word.proposals[0].baseline) };
}

const layout = (...lines: string[]): string =>
  ['RESOLUTION 34 (Rev. Kigali, 2022)', 'A title on two lines', 'The World Telecommunication Development Conference (Kigali, 2022),', 'considering', ...lines].join('\n') + '\n';

describe('the .docx reader keeps Word characters', () => {
  it('non-breaking hyphens, no-break spaces, tabs after labels, symbols, manual breaks inside a word', () => {
    const body = [
      ...head,
      p(r('a)') + '<w:r><w:tab/></w:r>' + r('the ITU') + '<w:r><w:noBreakHyphen/></w:r>' + r('D\u00a0Sector and forums/seminars/') + '<w:r><w:br/></w:r>' + r('workshops;')),
      p(r('b)') + '<w:r><w:tab/></w:r>' + r('a value ') + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>' + r(' 3 and ') + '<w:r><w:sym w:font="Times New Roman" w:char="F0A7"/></w:r>' + r('\u00a05.')),
    ].join('');
    expect(sides(body).draft).toBe(layout('a)\tthe ITU\u2011D\u00a0Sector and forums/seminars/workshops;', 'b)\ta value \u2265 3 and \u00a7\u00a05.'));
  });

  it('keeps field results, drops field instructions, bookmarks and comments; ignores formatting changes', () => {
    const fld = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('Resolution 5') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const simple = '<w:fldSimple w:instr=" DATE "><w:r><w:t>2022</w:t></w:r></w:fldSimple>';
    const fmt = '<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="B" w:date="2025-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve"> in </w:t></w:r>';
    const body = [
      ...head,
      p('<w:bookmarkStart w:id="0" w:name="_Toc1"/>' + r('a)\tsee ') + fld + fmt + simple + '<w:bookmarkEnd w:id="0"/><w:commentRangeStart w:id="3"/>' + r(';') + '<w:commentRangeEnd w:id="3"/>', {
        pPrExtra: '<w:pPrChange w:id="6" w:author="B" w:date="2025-01-01T00:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>',
      }),
    ].join('');
    const s = sides(body);
    expect(s.draft).toBe(layout('a)\tsee Resolution 5 in 2022;'));
    expect(s.baseline).toBe(s.draft);
  });

  it('labels from Word list numbering, counted separately on each side', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = [
      ...head,
      p(r('first;'), { num: [1, 0] }),
      p(ins(r('inserted;')), { num: [1, 0], mark: 'ins' }),
      p(r('second:'), { num: [1, 0] }),
      p(r('sub one;'), { num: [1, 1] }),
      p(del('gone;'), { num: [1, 0], mark: 'del' }),
      p(r('third.'), { num: [1, 0] }),
    ].join('');
    const s = sides(body, { numbering });
    expect(s.draft).toBe(layout('a)\tfirst;', 'b)\tinserted;', 'c)\tsecond:', 'i)\tsub one;', 'd)\tthird.'));
    expect(s.baseline).toBe(layout('a)\tfirst;', 'b)\tsecond:', 'i)\tsub one;', 'c)\tgone;', 'd)\tthird.'));
  });

  it('insertions, deletions, moves and paragraph marks give the two sides', () => {
    const body = [
      ...head,
      p(r('a)\tone ') + del('old') + ins(r('new')) + r(' word;')),
      // a paragraph split by an inserted mark (Enter typed inside it)
      p(r('b)\tsplit here') + ins(r(';')), { mark: 'ins' }),
      p(ins(r('c)\t')) + r('and the second half;')),
      // two paragraphs joined by a deleted mark
      p(del('c)') + ins(r('d)')) + r('\tjoined') + del(';'), { mark: 'del' }),
      p(del('d)\t') + r(' with the next;')),
      p('<w:moveFrom w:id="21" w:author="B" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">e)\tmoved item;</w:t></w:r></w:moveFrom>', { mark: 'del' }),
      p(del('f)') + ins(r('e)')) + r('\tlast') + '<w:moveTo w:id="22" w:author="B" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> (moved here)</w:t></w:r></w:moveTo>' + r('.')),
    ].join('');
    const s = sides(body);
    expect(s.draft).toBe(layout('a)\tone new word;', 'b)\tsplit here;', 'c)\tand the second half;', 'd)\tjoined with the next;', 'e)\tlast (moved here).'));
    expect(s.baseline).toBe(layout('a)\tone old word;', 'b)\tsplit hereand the second half;', 'c)\tjoined;', 'd)\t with the next;', 'e)\tmoved item;', 'f)\tlast.'));
  });

  it('footnotes with their own revision marks', () => {
    const footnotes =
      '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>' +
      r('These include the ') + del('least') + ins(r('less')) + r(' developed countries.') + '</w:p></w:footnote>' +
      `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${r(' A new note.')}</w:p></w:footnote>`;
    const body = [...head, p(r('a)\tdeveloping') + '<w:r><w:footnoteReference w:id="1"/></w:r>' + r(' countries') + ins('<w:r><w:footnoteReference w:id="2"/></w:r>') + r(';'))].join('');
    const s = sides(body, { footnotes });
    expect(s.draft).toBe(layout('a)\tdeveloping[^1] countries[^2];', '[^1]: These include the less developed countries.', '[^2]: A new note.'));
    expect(s.baseline).toBe(layout('a)\tdeveloping[^1] countries;', '[^1]: These include the least developed countries.'));
  });
});

describe('the .docx reader refuses what is not a Word document', () => {
  it('names a password-protected or old binary document, a non-zip, a damaged zip, a missing part and bad XML', () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(() => readBytes(cfb, 'locked.docx')).toThrow(/locked\.docx: is password-protected or an old binary Word document/);
    expect(() => readBytes(new TextEncoder().encode('plain text'), 'a.docx')).toThrow(/a\.docx: is not a Word \.docx document/);
    const good = makeDocx({ body: head.join('') });
    expect(() => readBytes(good.slice(0, good.length - 30), 'cut.docx')).toThrow(DocxReadError);
    expect(() => readBytes(good.slice(0, good.length - 30), 'cut.docx')).toThrow(/cut\.docx: is damaged/);
    expect(() => readBytes(makeDocx({ body: '<w:p><w:r><w:t>unclosed</w:r></w:p>' }), 'bad.docx')).toThrow(/bad\.docx: is damaged \(word\/document\.xml is not well-formed XML/);
  });
});
