/**
 * The checks before sending, per language: end punctuation with each language's marks (Arabic
 * `؛` `،`, Chinese `；` `，` `。`), and citations of revisions that do not exist, read in the
 * language the text cites in. The test texts themselves are well punctuated.
 */
import { describe, expect, it } from 'vitest';
import { checkCitations, knownEdition } from '../../shared/checks/citations';
import { checkEndPunctuation } from '../../shared/checks/endPunctuation';
import type { Resolution } from '../../shared/model/resolution';
import { expectedResolutions, TEXTS } from './texts';

const place = { proposal: 'test' };
const endFindings = (res: Resolution): string[] => checkEndPunctuation(res, () => place).map((f) => f.message);

describe('end punctuation in each language', () => {
  it.each(TEXTS)('$name texts are well punctuated', (t) => {
    for (const res of expectedResolutions(t)) expect(endFindings(res), res.numberLine).toEqual([]);
  });

  it('a Chinese resolution must end with 。, an Arabic preambular item with ؛', () => {
    const [zh] = expectedResolutions(TEXTS.find((t) => t.code === 'zh')!);
    const lastCall = zh.calls[zh.calls.length - 1].blocks[0];
    if (lastCall.type !== 'list') throw new Error('expected a list');
    const last = lastCall.items[lastCall.items.length - 1];
    last.text = last.text.replace(/。$/, '；');
    expect(endFindings(zh)).toEqual(['The item ends with "；" where "。" is expected: the resolution\'s last item ends with "。".']);

    const [ar] = expectedResolutions(TEXTS.find((t) => t.code === 'ar')!);
    const first = ar.calls[0].blocks[0];
    if (first.type !== 'list') throw new Error('expected a list');
    first.items[0].text = first.items[0].text.replace(/؛$/, '');
    expect(endFindings(ar)).toEqual(['The item has no end punctuation: preambular items end with "؛".']);
  });
});

describe('citations in each language', () => {
  const kigali = knownEdition({ id: 'kigali-2022-x', place: 'Kigali', year: 2022, bundled: false }, [{ number: '1' }, { number: '17' }]);
  const bakou = knownEdition({ id: 'bakou-fr', place: 'Bakou', year: 2025, bundled: false }, [{ number: '17' }]);

  it('a citation of a revision at a known place in another year is an error, in French as in English', () => {
    const fr = checkCitations('la Résolution 17 (Rév. Bakou, 2026) de la présente Conférence;', [bakou], [], place);
    expect(fr.map((f) => f.code)).toEqual(['citation-unknown-revision']);
    expect(fr[0].message).toContain('“Résolution 17 (Rév. Bakou, 2026)”');
    expect(checkCitations('la Résolution 17 (Rév. Bakou, 2025) de la présente Conférence;', [bakou], [], place)).toEqual([]);
  });

  it('a number a complete edition does not hold is an error, in Russian and Chinese', () => {
    const ru = checkCitations('Резолюцию 5 (Пересм. Kigali, 2022 г.) настоящей конференции,', [kigali], [], place);
    expect(ru.map((f) => f.code)).toEqual(['citation-unknown-revision']);
    const zh = checkCitations('本届大会第5号决议（2022年，Kigali，修订版），', [kigali], [], place);
    expect(zh.map((f) => f.code)).toEqual(['citation-unknown-revision']);
    expect(checkCitations('本届大会第1号决议（2022年，Kigali，修订版），', [kigali], [], place)).toEqual([]);
  });
});
