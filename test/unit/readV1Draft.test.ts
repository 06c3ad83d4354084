import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { readV1Draft } from '../../shared/contribution/readV1Draft';
import type { Resolution } from '../../shared/model/resolution';

const RES5 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-5.txt'), 'utf8');

/** A draft in progress as the editor produces it (then saved with toText). */
function inProgress(): Resolution {
  const r = fromText(RES5);
  const considering = r.calls[0].blocks[0];
  if (considering.type !== 'list') throw new Error('considering should open with a list');
  considering.items.splice(2, 0, { text: '' }); // Enter after b)
  considering.items[0].sublist = { type: 'list', kind: 'roman', items: [{ text: '' }] };
  r.calls.splice(1, 0, { phrase: 'noting', blocks: [{ type: 'paragraph', text: '' }] }); // insert call, nothing typed
  r.calls.splice(2, 0, { phrase: 'invites Member States', blocks: [{ type: 'paragraph', text: '1 to take part;' }] });
  r.calls[3].blocks.push({ type: 'paragraph', text: '' });
  r.footnotes.push({ id: r.footnotes.length + 1, text: '' });
  r.calls[3].phrase += `[^${r.footnotes.length}]`;
  return r;
}

describe('readV1Draft (drafts in progress saved as text by schema 1)', () => {
  it('reads a draft with empty items, paragraphs and footnotes back exactly', () => {
    const draft = inProgress();
    const saved = toText(draft);
    expect(() => fromText(saved)).toThrow(ResolutionParseError);
    const back = readV1Draft(saved);
    expect(back).toEqual(draft);
    expect(toText(back)).toBe(saved);
  });

  it('gives a "call" with nothing under it back as the paragraph that lost its end punctuation', () => {
    const res18 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-18.txt'), 'utf8');
    const adopted = fromText(res18);
    const paragraph = 'the restrictions and difficulties related to the current situation in Palestine';
    const line = res18.split('\n').find((l) => l.startsWith(paragraph))!;
    const saved = res18.replace(line, line.replace(/,$/, ''));
    expect(() => fromText(saved)).toThrow(ResolutionParseError);
    const back = readV1Draft(saved);
    expect(back.calls.map((c) => c.phrase)).toEqual(adopted.calls.map((c) => c.phrase));
    const noting = back.calls.find((c) => c.phrase === 'noting with grave concern')!;
    expect(noting.blocks).toEqual([{ type: 'paragraph', text: line.replace(/,$/, '') }]);
  });

  it('is the strict parser for complete texts; a text it cannot repair keeps every line as a paragraph', () => {
    expect(readV1Draft(RES5)).toEqual(fromText(RES5));
    const bad = RES5.replace('\nb)\t', '\nd)\t');
    const kept = readV1Draft(bad);
    const lines = bad.replace(/\n$/, '').split('\n');
    expect([kept.numberLine, kept.title, kept.conferenceLine]).toEqual(lines.slice(0, 3));
    expect(kept.calls[0].blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(lines.slice(3));
  });
});
