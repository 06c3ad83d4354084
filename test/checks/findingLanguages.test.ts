/**
 * The checks' findings in the six languages (issue 24, point 1): each finding carries its message
 * id and values, so the app and `resdraft check` put it into the reader's language; the English
 * `message` stays what scripts read, and every finding of the checks is a message of the catalogs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContribution, type ProposalToCheck } from '../../shared/checks/checkContribution';
import { findingText, placeText } from '../../shared/checks/finding';
import { english, translator } from '../../shared/i18n/translate';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';

const DIR = 'resources/baseline/kigali-2022';
const adopted = (n: string): Resolution => fromText(readFileSync(join(DIR, `res-${n}.txt`), 'utf8'));

function findings(edit: (r: Resolution) => void, reasons = '') {
  const draft = structuredClone(adopted('34'));
  edit(draft);
  const p: ProposalToCheck = { id: 'p34', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft, reasons };
  return checkContribution({ proposals: [p], target: { place: '', year: 2026 }, editions: [], baselineOf: () => adopted('34') });
}

describe('findings in every language', () => {
  const found = findings((r) => {
    const list = r.calls[0].blocks.find((b) => b.type === 'list')!;
    list.items[1].text = list.items[1].text.replace(/;$/, '');
    r.footnotes.push({ id: r.footnotes.length + 1, text: '' });
  });

  it('every finding is a catalog message whose English is its message', () => {
    expect(found.map((f) => f.code).sort()).toEqual(expect.arrayContaining(['end-punctuation', 'missing-reasons', 'target-conference']));
    for (const f of found) expect(findingText(f, english), f.code).toBe(f.message);
  });

  it('French, Arabic and Chinese readers read them in their language, the marks and labels of the text kept', () => {
    const end = found.find((f) => f.code === 'end-punctuation')!;
    expect(findingText(end, translator('fr'))).toBe('L’alinéa n’a pas de ponctuation finale\u00a0: les alinéas du préambule se terminent par ";".');
    expect(findingText(end, translator('ar'))).toBe('ليس للبند علامة ترقيم في آخره: بنود الديباجة تنتهي بـ ";".');
    expect(findingText(end, translator('zh'))).toBe('该项没有结尾标点：序言部分各项以 ";" 结尾。');
    expect(placeText(end.place, translator('zh'))).toBe('第34号决议 › recognizing › b)');
    expect(placeText(end.place)).toBe('Resolution 34 › recognizing › b)');
    const year = found.find((f) => f.code === 'target-conference' && /2026/.test(f.message))!;
    expect(findingText(year, translator('ru'))).toBe('2026 не является годом ВКРЭ четырёхлетнего цикла (следующая с того времени — 2029).');
    expect(placeText(year.place, translator('es'))).toBe('Contribución › conferencia de destino');
  });

  it('no finding reads as English in another language', () => {
    for (const language of ['fr', 'es', 'ru', 'ar', 'zh'] as const) {
      const t = translator(language);
      for (const f of found) expect(findingText(f, t), `${language} ${f.code}`).not.toBe(f.message);
    }
  });
});
