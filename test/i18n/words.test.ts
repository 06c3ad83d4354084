/**
 * Words in every script: marks are on words in every language. Chinese and Japanese are segmented
 * into words (so a changed word marks that word, not the sentence), long runs in pieces that do
 * not depend on what comes after; French elisions are words of their own (a mark on `Union` leaves
 * `l'` alone, `aujourd'hui` stays whole); Arabic words keep their clitics; numbers and dates in
 * each language's form are one token; Word's Arabic list numbering counts in abjad order.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTED_RUN, countWords, tokenize } from '../../shared/engine/tokenize';
import { diffWords } from '../../shared/engine/wordDiff';
import type { TextSpan } from '../../shared/engine/changeSet';
import { splitResolutions } from '../../shared/corpus/splitResolutions';
import { toText } from '../../shared/text/toText';
import { makeDocx, p, r, readBytes } from '../word/handDocx';

function marks(spans: TextSpan[]): string {
  return spans.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
}

describe('Chinese and Japanese are segmented into words', () => {
  it('a changed word marks that word only', () => {
    expect(tokenize('考虑到发展中国家的需求；')).toEqual(['考虑', '到', '发展', '中', '国家', '的', '需求', '；']);
    expect(marks(diffWords('考虑到发展中国家的需求；', '考虑到发展中国家的要求；'))).toBe('考虑到发展中国家的[-需求-]{+要求+}；');
    expect(marks(diffWords('鼓励国际电联各部门之间的合作，', '推动国际电联各部门之间的合作，'))).toBe('[-鼓励-]{+推动+}国际电联各部门之间的合作，');
  });

  it('Japanese too', () => {
    const tokens = tokenize('電気通信の発展を促進する');
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join('')).toBe('電気通信の発展を促進する');
    expect(marks(diffWords('電気通信の発展を促進する', '電気通信の発展を支援する'))).toMatch(/^電気通信の発展を\[-促進-\]\{\+支援\+\}する$/);
  });

  it('segments a long run in pieces counted from its start, so text added after it changes none of its words', () => {
    const run = '电信发展局主任继续支持各成员国开展能力建设活动'.repeat(200);
    expect(run.length).toBeGreaterThan(3 * MAX_SEGMENTED_RUN);
    const tokens = tokenize(run);
    expect(tokens.join('')).toBe(run);
    expect(tokenize(`${run}以及其他合作`).slice(0, tokens.length - 1)).toEqual(tokens.slice(0, -1));
  });

  it('counts Chinese words, not characters', () => {
    expect(countWords('考虑到发展中国家的需求；')).toBe(7);
  });
});

describe('French elisions', () => {
  it('are words of their own before the word they are elided onto', () => {
    expect(tokenize("de l'Union d’aujourd'hui qu'il")).toEqual(['de', ' ', "l'", 'Union', ' ', 'd’', "aujourd'hui", ' ', "qu'", 'il']);
    expect(marks(diffWords("de l'Union internationale", "de l'Organisation internationale"))).toBe("de l'[-Union-]{+Organisation+} internationale");
    expect(marks(diffWords("le Secteur de l'UIT", "l'Union de l'UIT"))).toBe("[-le Secteur-]{+l'Union+} de l'UIT");
  });

  it('leave words that hold an apostrophe whole', () => {
    expect(tokenize("aujourd'hui presqu'île")).toEqual(["aujourd'hui", ' ', "presqu'île"]);
    expect(tokenize("ITU's don't")).toEqual(["ITU's", ' ', "don't"]);
  });
});

describe('Arabic words keep their clitics', () => {
  it('a mark never splits a written word', () => {
    expect(tokenize('والدول الأعضاء؛')).toEqual(['والدول', ' ', 'الأعضاء', '؛']);
    expect(marks(diffWords('يدعو الدول الأعضاء؛', 'يدعو والدول الأعضاء؛'))).toBe('يدعو [-الدول-]{+والدول+} الأعضاء؛');
    expect(marks(diffWords('المراجَع في كيغالي، 2022', 'المراجَع في باكو، 2025'))).toBe('المراجَع في [-كيغالي، 2022-]{+باكو، 2025+}');
  });
});

describe('numbers and dates in each language’s form are one token', () => {
  it.each([
    ['1\u00A0000 indicateurs', '1\u00A0000'],
    ['1\u202F000 habitants', '1\u202F000'],
    ['2,5 %', '2,5'],
    ['Resolution 70/1', '70/1'],
    ['20.10.2017 г.', '20.10.2017'],
    ['١٢٫٥ في المائة', '١٢٫٥'],
    ['于2018年10月29日通过', '2018年10月29日'],
    ['第66号决议', '第66号'],
    ['第3届会议', '第3届'],
  ])('%s', (text, token) => {
    expect(tokenize(text)).toContain(token);
  });

  it('a changed number is marked whole', () => {
    expect(marks(diffWords('2,5 %', '3,5 %'))).toBe('[-2,5-]{+3,5+} %');
    expect(marks(diffWords('于2018年10月29日通过', '于2019年10月29日通过'))).toBe('于[-2018年10月29日-]{+2019年10月29日+}通过');
    expect(marks(diffWords('1\u00A0000 indicateurs', '2\u00A0000 indicateurs'))).toBe('[-1\u00A0000-]{+2\u00A0000+} indicateurs');
  });

  it('a group of three digits after a no-break space joins a number, other digits do not', () => {
    expect(tokenize('1\u00A000')).toEqual(['1', '\u00A0', '00']);
    expect(tokenize('2025\u00A02029')).toEqual(['2025', '\u00A0', '2029']);
  });
});

describe('Word list numbering in Arabic (w:numFmt arabicAbjad)', () => {
  it('counts in abjad order and reads as the abjad list kind', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="arabicAbjad"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = [
      p(r('القرار 5 (المراجَع في كيغالي، 2022)')),
      p(r('عنوان')),
      p(r('إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،')),
      p(r('إذ يضع في اعتباره')),
      p(r('واحد؛'), { num: [1, 0] }),
      p(r('اثنان؛'), { num: [1, 0] }),
      p(r('ثلاثة؛'), { num: [1, 0] }),
      p(r('أربعة؛'), { num: [1, 0] }),
      p(r('خمسة،'), { num: [1, 0] }),
      p(r('يقرر')),
      p(r('شيئاً.')),
    ].join('');
    const split = splitResolutions(readBytes(makeDocx({ body, numbering }), 'abjad.docx').draft);
    expect(split.unplaced).toEqual([]);
    expect(split.resolutions[0].notices).toEqual([]);
    expect(toText(split.resolutions[0].resolution).split('\n').slice(4, 9).map((l) => l.split('\t')[0])).toEqual(['أ)', 'ب)', 'ج)', 'د)', 'هـ)']);
  });
});
