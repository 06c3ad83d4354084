/**
 * The reader's rules one by one, on hand-made documents: what a line break reads as, which
 * alternate content is taken, names whatever prefix a part gives the WordprocessingML namespace,
 * list numbering (ECMA-376's letters, restarts, legal numbering, numbering styles), a tracked
 * change of a paragraph's numbering, and the package-level refusals.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../shared/word/docxParagraphs';
import { WORD_READ_LIMITS } from '../../shared/word/readLimits';
import { bytesSource } from '../../shared/word/zipArchive';
import { resolveBreaks } from '../../shared/corpus/lineBreak';
import { toText } from '../../shared/text/toText';
import { formatNumber, wordLetters } from '../../shared/word/numbering';
import { makeDocx, p, r, readBytes, readContribution } from './handDocx';

const head = [p(r('RESOLUTION 34 (Rev. Kigali, 2022)')), p(r('A title')), p(r('The World Telecommunication Development Conference (Kigali, 2022),')), p(r('considering'))];
const layout = (...lines: string[]): string => ['RESOLUTION 34 (Rev. Kigali, 2022)', 'A title', 'The World Telecommunication Development Conference (Kigali, 2022),', 'considering', ...lines].join('\n') + '\n';

function draftOf(body: string, extra: { numbering?: string } = {}, name = 'rules.docx'): string {
  const word = readContribution(makeDocx({ body: head.join('') + body, ...extra }), name);
  expect(word.proposals).toHaveLength(1);
  return toText(word.proposals[0].draft!);
}

describe('a manual line break', () => {
  it('is a space between words, nothing after a slash or a word-ending hyphen, nothing between ideographs, one space next to a space', () => {
    expect(resolveBreaks('climate change,\nespecially')).toBe('climate change, especially');
    expect(resolveBreaks('forums/seminars/\nworkshops;')).toBe('forums/seminars/workshops;');
    expect(resolveBreaks('ITU-\nD')).toBe('ITU-D');
    expect(resolveBreaks('text \u2013\nnext')).toBe('text \u2013 next');
    expect(resolveBreaks('气候\n变化')).toBe('气候变化');
    expect(resolveBreaks('word \n next')).toBe('word next');
    expect(resolveBreaks('\nstart and end\n\n')).toBe('start and end');
    expect(resolveBreaks('a)\t\ntext')).toBe('a)\ttext');
    expect(resolveBreaks('two\n\nbreaks')).toBe('two breaks');
  });

  it('of every type (text wrapping, page, column) reads so in a document', () => {
    const body = p(r('a)\tthat one') + '<w:r><w:br w:type="page"/></w:r>' + r('two') + '<w:r><w:br w:type="column"/></w:r>' + r('three') + '<w:r><w:cr/></w:r>' + r('four;'));
    expect(draftOf(body)).toBe(layout('a)\tthat one two three four;'));
  });
});

describe('text', () => {
  it('keeps the whitespace at the edges of w:t only with xml:space="preserve", as Word and LibreOffice read it', () => {
    const body = p('<w:r><w:t>a)</w:t><w:tab/><w:t>that one </w:t></w:r><w:r><w:t> two</w:t></w:r><w:r><w:t xml:space="preserve"> three </w:t></w:r><w:r><w:t>four.</w:t></w:r>');
    expect(draftOf(body)).toBe(layout('a)\tthat onetwo three four.'));
  });
});

describe('alternate content (ECMA-376 Part 3)', () => {
  const choice = (requires: string, inner: string, fallback: string, declare = ''): string => `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="${requires}"${declare}>${inner}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
  const w14 = ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

  it('takes the first choice whose namespaces it understands, else the fallback, in a paragraph, in a run and around paragraphs', () => {
    const inParagraph = p(r('a)\tthat ') + choice('w14', r('chosen'), r('fallen back'), w14) + r(' words;'));
    const unknown = p(r('b)\tthat ') + choice('x9', r('not this'), r('the fallback'), ' xmlns:x9="urn:unknown"') + r(' reads;'));
    const undeclared = p(r('c)\tthat ') + choice('nowhere', r('not this'), r('the fallback too'), '') + r(' reads;'));
    const aroundParagraphs = choice('w14', p(r('d)\tthat the chosen paragraph reads;')), p(r('d)\tthat the fallback paragraph does not;')), w14);
    const inRun = p(`<w:r><w:t xml:space="preserve">e)</w:t><w:tab/><w:t xml:space="preserve">that </w:t>${choice('w14', '<w:t>one</w:t>', '<w:t>two</w:t>', w14)}<w:t xml:space="preserve"> shows.</w:t></w:r>`);
    expect(draftOf(inParagraph + unknown + undeclared + aroundParagraphs + inRun)).toBe(
      layout('a)\tthat chosen words;', 'b)\tthat the fallback reads;', 'c)\tthat the fallback too reads;', 'd)\tthat the chosen paragraph reads;', 'e)\tthat one shows.'),
    );
  });
});

describe('namespaces', () => {
  it('reads a document whatever prefix it gives the WordprocessingML namespace (a default namespace, another prefix, Strict OOXML)', () => {
    const docx = makeDocx({ body: head.join('') + p(r('a)\tthat it reads.')) });
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']);
    const variants = [
      xml.replace(/w:/g, 'ns0:').replace('xmlns:w=', 'xmlns:ns0='),
      xml.replace(/<w:/g, '<').replace(/<\/w:/g, '</').replace('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', 'xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'),
      xml.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'),
    ];
    for (const v of variants) {
      files['word/document.xml'] = strToU8(v);
      const word = readContribution(zipSync(files), 'ns.docx');
      expect(toText(word.proposals[0].draft!)).toBe(layout('a)\tthat it reads.'));
    }
    // the prefix w bound to another namespace is not WordprocessingML: nothing of it is read
    files['word/document.xml'] = strToU8(xml.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'urn:not-word'));
    expect(readBytes(zipSync(files), 'other.docx').draft).toEqual([]);
  });
});

describe('list numbering', () => {
  it('letters as ECMA-376 counts them past z (aa, bb), other formats, and decimal for those ITU texts do not use', () => {
    expect([1, 26, 27, 28, 52, 53].map(wordLetters)).toEqual(['a', 'z', 'aa', 'bb', 'zz', 'aaa']);
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(7, 'ordinal')).toBe('7');
    expect(formatNumber(7, 'none')).toBe('');
  });

  const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

  it('restarts a level after the level above unless w:lvlRestart says otherwise; legal numbering shows every level in decimal', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}${lvl(1, 'lowerRoman', '%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '%1)')}${lvl(1, 'lowerRoman', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const body = [p(r('to one;'), { num: [1, 0] }), p(r('in a;'), { num: [1, 1] }), p(r('to two;'), { num: [1, 0] }), p(r('in b;'), { num: [1, 1] })].join('');
    const word = readBytes(makeDocx({ body: head.join('') + body + p(r('legal:'), { num: [2, 0] }) + p(r('sub.'), { num: [2, 1] }), numbering }), 'n.docx');
    expect(word.draft.slice(4).map((x) => x.numbered?.label)).toEqual(['1', 'i)', '2', 'ii)', 'a)', '1.1']);
  });

  it('a list instance can replace a level (w:lvlOverride/w:lvl) and restart it (w:startOverride) on its first use', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, 'lowerLetter', '(%1)')}</w:lvlOverride></w:num>`;
    const body = [p(r('one;'), { num: [1, 0] }), p(r('two;'), { num: [1, 0] }), p(r('a;'), { num: [2, 0] }), p(r('b.'), { num: [2, 0] })].join('');
    const word = readBytes(makeDocx({ body: head.join('') + body, numbering }), 'o.docx');
    expect(word.draft.slice(4).map((x) => x.numbered?.label)).toEqual(['1', '2', '(a)', '(b)']);
  });

  it('a numbering style (w:numStyleLink) numbers with the list of the style it links to', () => {
    const styles = '<w:style w:type="numbering" w:styleId="ItuList"><w:name w:val="ITU list"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>';
    const numbering =
      `<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="ItuList"/>${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="ItuList"/></w:abstractNum>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num>';
    const files = unzipSync(makeDocx({ body: head.join('') + p(r('that one;'), { num: [8, 0] }) + p(r('that two.'), { num: [8, 0] }), numbering }));
    files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles}</w:styles>`);
    files['word/_rels/document.xml.rels'] = strToU8(strFromU8(files['word/_rels/document.xml.rels']).replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'));
    const word = readContribution(zipSync(files), 'link.docx');
    expect(toText(word.proposals[0].draft!)).toBe(layout('a)\tthat one;', 'b)\tthat two.'));
  });

  it('a tracked change of a paragraph’s numbering (w:pPrChange) gives each side its own label', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const change = '<w:pPrChange w:id="3" w:author="B" w:date="2025-01-01T00:00:00Z"><w:pPr/></w:pPrChange>';
    const body = p(r('that one;'), { num: [1, 0] }) + p(r('that two is now an item,'), { num: [1, 0], pPrExtra: change }) + p(r('resolves')) + p(r('to act.'));
    const word = readContribution(makeDocx({ body: head.join('') + body, numbering }), 'change.docx');
    expect(toText(word.proposals[0].draft!)).toBe(layout('a)\tthat one;', 'b)\tthat two is now an item,', 'resolves', 'to act.'));
    expect(toText(word.proposals[0].baseline!)).toBe(layout('a)\tthat one;', 'that two is now an item,', 'resolves', 'to act.'));
  });
});

describe('a damaged part is named with its line and column, whichever inflater reads it', () => {
  it('invalid UTF-8 and malformed XML, through fflate and through Node’s zlib', () => {
    const zlib = (c: Uint8Array, max: number): Uint8Array | undefined => {
      try {
        return new Uint8Array(inflateRawSync(c, { maxOutputLength: max + 1 }));
      } catch {
        return undefined;
      }
    };
    const good = makeDocx({ body: head.join('') + p(r('a)\tthat it reads.')) });
    const files = unzipSync(good);
    const xml = strFromU8(files['word/document.xml']);
    const at = xml.indexOf('that it reads');
    files['word/document.xml'] = new Uint8Array(Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.from([0xe9]), Buffer.from(xml.slice(at))]));
    const badUtf8 = zipSync(files);
    files['word/document.xml'] = strToU8(xml.replace('</w:t></w:r></w:p><w:sectPr/>', '</w:r></w:p><w:sectPr/>'));
    const badXml = zipSync(files);
    for (const native of [undefined, zlib]) {
      expect(() => readDocx(bytesSource(badUtf8), 'u.docx', WORD_READ_LIMITS, native)).toThrow(`u.docx: is damaged (word/document.xml, line 1, column ${at + 1}: the byte 0xE9, which is not UTF-8 there; a Word document is UTF-8 throughout)`);
      expect(() => readDocx(bytesSource(badXml), 'x.docx', WORD_READ_LIMITS, native)).toThrow(/^x\.docx: is damaged \(word\/document\.xml is not well-formed XML: line 1, column \d+: unexpected close tag/);
    }
  });
});
