/**
 * A contribution has a language (`settings.language`): its Word document's cover says "Original:"
 * in that language, carries the document suffix -A/-C/-E/-F/-R/-S and the cover labels and
 * `Reasons:` in that language, while the proposal symbols stay Latin (MOD, ADD, SUP); and our
 * Word reader reads such a document back (language, cover fields, reasons, drafts) in every
 * language. Arabic reads back right to left as written; nothing of it is lost.
 */
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../main/services/docx/toDocx';
import { newContribution } from '../../shared/contribution/newContribution';
import { exportContribution } from '../../shared/export/fromContribution';
import { grammarOf } from '../../shared/grammar/grammars';
import { resolutionNumberOf } from '../../shared/grammar/numberLine';
import { LANGUAGE_CODES, type LanguageCode } from '../../shared/grammar/resolutionLanguage';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { toContribution } from '../../shared/word/toContribution';
import { readBytes, readContribution } from '../word/handDocx';
import { readWordContribution } from '../../shared/word/wordContribution';
import { expectedResolutions, TEXTS } from './texts';
import { Corpus } from '../../main/services/corpus';

const corpus = new Corpus();
const DATE = '2025-11-17T09:00:00Z';

function resolutionsOf(code: LanguageCode): Resolution[] {
  return code === 'en' ? [corpus.resolution('34'), corpus.resolution('5')] : expectedResolutions(TEXTS.find((t) => t.code === code)!);
}

async function exported(code: LanguageCode): Promise<{ bytes: Uint8Array; bases: Resolution[]; drafts: Resolution[] }> {
  const bases = resolutionsOf(code);
  const drafts = bases.map((b) => structuredClone(b));
  const first = drafts[0].calls[0].blocks[0];
  if (first.type !== 'list') throw new Error('expected a list');
  first.items.splice(1, 0, { text: first.items[0].text });
  const c = newContribution(2025);
  c.settings.language = code;
  c.settings.proposalSource = 'ARB';
  c.settings.documentNumber = '42';
  c.settings.addendumNumber = '3';
  c.settings.source = 'Arab States';
  c.settings.cover.title = 'Proposals';
  c.settings.cover.summary = 'Summary text';
  c.settings.cover.contact = { name: 'A. Delegate', organization: 'Administration', phone: '+41 22 730 5111', email: 'a@example.org' };
  const numbers = bases.map((b) => resolutionNumberOf(b.numberLine)!);
  c.proposals = bases.map((b, i) => ({ id: `p${i}`, baseline: { edition: 'e', number: numbers[i] }, symbol: i === 0 ? 'auto' : 'NOC', draft: i === 0 ? drafts[0] : b, reasons: `Reasons ${i}` }));
  const bytes = await toDocx(exportContribution(c, (ref) => bases[numbers.indexOf(ref.number)]), { date: DATE });
  return { bytes, bases, drafts };
}

describe.each(LANGUAGE_CODES)('a contribution in %s', (code) => {
  const g = grammarOf(code);

  it('has its cover in that language, its document suffix, and Latin symbols', async () => {
    const { bytes } = await exported(code);
    const content = readBytes(bytes, `${code}.docx`);
    const lines = content.draft.map((p) => p.text.trim()).filter((t) => t !== '');
    const reference = `WTDC-25/42-${g.documentLetter}`;
    expect(lines).toContain(g.cover.addendum.replace('{addendum}', '3').replace('{reference}', reference));
    expect(lines).toContain(g.cover.original.replace('{language}', g.cover.languageNames[code]));
    expect(lines).toContain(g.cover.plenaryMeeting);
    expect(lines).toContain(`${g.cover.source}${g.punctuation.colon}\tArab States`);
    expect(lines).toContain(`${g.cover.contactName}${g.punctuation.colon}\tA. Delegate, Administration`);
    expect(lines).toContain('MOD\tARB/42A3/1');
    expect(lines).toContain('NOC\tARB/42A3/2');
    expect(lines).toContain(`${g.cover.reasons}${g.punctuation.colon}\tReasons 0`);
  });

  it('reads back through our Word reader: language, cover, reasons, the draft and the adopted text', async () => {
    const { bytes, bases, drafts } = await exported(code);
    const word = readContribution(bytes, `${code}.docx`);
    expect(word.proposals.map((p) => [p.symbol, p.number, p.reasons])).toEqual([
      ['MOD', 'ARB/42A3/1', 'Reasons 0'],
      ['NOC', 'ARB/42A3/2', 'Reasons 1'],
    ]);
    expect(toText(word.proposals[0].draft!)).toBe(toText(drafts[0]));
    expect(toText(word.proposals[0].baseline!)).toBe(toText(bases[0]));
    const back = toContribution(readWordContribution(readBytes(bytes, `${code}.docx`)), 'e', () => undefined, 2025);
    expect(back.settings.language).toBe(code);
    expect(back.settings.documentNumber).toBe('42');
    expect(back.settings.addendumNumber).toBe('3');
    expect(back.settings.source).toBe('Arab States');
    expect(back.settings.cover.summary).toBe('Summary text');
    expect(back.settings.cover.contact.email).toBe('a@example.org');
  });
});
