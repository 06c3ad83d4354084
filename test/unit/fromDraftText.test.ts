import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { fromDraftText } from '../../renderer/editor/fromDraftText';
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

describe('fromDraftText (drafts in progress)', () => {
  it('reads a draft with empty items, paragraphs and footnotes back exactly', () => {
    const draft = inProgress();
    const saved = toText(draft);
    expect(() => fromText(saved)).toThrow(ResolutionParseError);
    const back = fromDraftText(saved);
    expect(back).toEqual(draft);
    expect(toText(back)).toBe(saved);
  });

  it('keeps a call that has no text under it, with an empty paragraph', () => {
    const r = fromText(RES5);
    r.calls.splice(1, 0, { phrase: 'noting', blocks: [] });
    const back = fromDraftText(toText(r));
    expect(back.calls[1]).toEqual({ phrase: 'noting', blocks: [{ type: 'paragraph', text: '' }] });
    expect(back.calls[2]).toEqual(r.calls[2]);
  });

  it('is the strict parser for complete texts, and reports other errors as it does', () => {
    expect(fromDraftText(RES5)).toEqual(fromText(RES5));
    const bad = RES5.replace('\nb)\t', '\nd)\t');
    expect(() => fromDraftText(bad)).toThrow(/line 6: label "d\)" out of sequence/);
  });
});
