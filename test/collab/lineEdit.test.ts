import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import fc from 'fast-check';
import { getSchema } from '@tiptap/react';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { toModel } from '../../renderer/editor/toModel';
import { draftFragment, sharedProposalDoc } from '../../shared/collab/sharedProposal';
import { readDraft, sharedLines } from '../../shared/collab/readLines';
import { checkReplacement, LineEditError, locateOnce, replaceInLine } from '../../shared/collab/lineEdit';
import { toText } from '../../shared/text/toText';
import { draftModel } from '../support/draftModel';
import { lineTextArbitrary } from './resolutionArbitrary';
import { fragmentDump } from './fragmentDump';

const schema = getSchema(RESOLUTION_NODES);

const TEXT = [
  'RESOLUTION 5 (Rev. Kigali, 2022)',
  'Enhanced participation',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'considering',
  'a)\tthat developing[^1] countries need support;',
  'b)\tthat regional offices help;',
  'resolves',
  '1\tto assist Member States.',
  '[^1]: These include the least developed countries.',
  '',
].join('\n');

function room(): Y.Doc {
  return sharedProposalDoc({ draft: draftModel(TEXT), baseline: null, symbol: 'auto', reasons: '' });
}

/** Replace `old` with `text` as `resdraft room edit` does; returns the layout after. */
function edit(doc: Y.Doc, old: string, text: string): string {
  checkReplacement(text);
  const at = locateOnce(sharedLines(draftFragment(doc)), old);
  replaceInLine(at.line.node, at.from, at.to, text);
  return toText(readDraft(draftFragment(doc)));
}

describe('replacing text in the shared draft', () => {
  it('replaces inside a line, keeping the reference and the other lines', () => {
    const doc = room();
    expect(edit(doc, 'regional offices', 'the regional offices')).toBe(TEXT.replace('regional offices', 'the regional offices'));
    expect(edit(doc, 'need support', 'need more support')).toBe(TEXT.replace('regional offices', 'the regional offices').replace('need support', 'need more support'));
  });

  it('a reference inside the old text goes whole; one in the new text becomes a reference, as the editor reads it', () => {
    const doc = room();
    const after = edit(doc, 'developing[^1] countries', 'developing countries[^1] and LDCs');
    expect(after).toContain('a)\tthat developing countries[^1] and LDCs need support;');
    const fragment = draftFragment(doc);
    const item = fragmentDump(fragment)[4];
    expect(item).toEqual({ name: 'item', attrs: { depth: 0, kind: 'alpha' }, children: [{ text: 'that developing countries' }, { name: 'footnoteRef', attrs: { id: 1 }, children: [] }, { text: ' and LDCs need support;' }] });
    expect(toModel(yXmlFragmentToProseMirrorRootNode(fragment, schema))).toEqual(readDraft(fragment));
  });

  it('refuses, naming the problem: absent, ambiguous, across a label or a line end, cutting a reference, a line break in the new text', () => {
    const doc = room();
    const refused = (old: string, text = 'x'): string => {
      try {
        edit(doc, old, text);
      } catch (e) {
        expect(e).toBeInstanceOf(LineEditError);
        return (e as Error).message;
      }
      throw new Error(`"${old}" was not refused`);
    };
    expect(refused('Nairobi')).toBe('"Nairobi" is not in the proposal\'s text');
    expect(refused('that ')).toMatch(/^"that " occurs 2 times in the proposal's text; give more of the text around it/);
    expect(refused('a)\tthat developing')).toMatch(/spans more than the text of one line/);
    expect(refused('support;\nb)')).toMatch(/spans more than the text of one line/);
    expect(refused('[^1]: These')).toMatch(/spans more than the text of one line/);
    expect(refused('developing[^')).toMatch(/cuts the footnote reference \[\^1\]/);
    expect(refused('regional', 'two\nlines')).toMatch(/without a line break or a tab/);
    expect(refused('')).toBe('the text to replace is empty');
    expect(toText(readDraft(draftFragment(doc)))).toBe(TEXT);
  });

  it('two participants replacing in the same line at the same time: both edits are in the merged line', () => {
    const a = room();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    edit(a, 'regional offices', 'regional and area offices');
    edit(b, 'help;', 'help Member States;');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = toText(readDraft(draftFragment(a)));
    expect(merged).toContain('b)\tthat regional and area offices help Member States;');
    expect(toText(readDraft(draftFragment(b)))).toBe(merged);
  });

  it('any replacement in any line reads back as the same replacement of the line text (property)', () => {
    fc.assert(
      fc.property(lineTextArbitrary, lineTextArbitrary, fc.nat(), fc.nat(), (start, insert, i, j) => {
        const doc = sharedProposalDoc({ draft: draftModel(`RESOLUTION 5 (Rev. Kigali, 2022)\nTitle\nThe World Telecommunication Development Conference (Kigali, 2022),\nresolves\n1\tx\n`), baseline: null, symbol: 'auto', reasons: '' });
        const line = sharedLines(draftFragment(doc))[4];
        replaceInLine(line.node, 0, 1, start);
        const tokens = start.split(/(\[\^\d+\])/);
        const bounds = [0];
        for (const t of tokens) bounds.push(bounds[bounds.length - 1] + t.length);
        const from = bounds[i % bounds.length];
        const to = bounds[Math.max(i % bounds.length, j % bounds.length)];
        replaceInLine(sharedLines(draftFragment(doc))[4].node, from, to, insert);
        const expected = start.slice(0, from) + insert + start.slice(to);
        expect(sharedLines(draftFragment(doc))[4].text).toBe(expected);
        expect(toModel(yXmlFragmentToProseMirrorRootNode(draftFragment(doc), schema)).calls[0].blocks).toEqual([{ type: 'list', kind: 'numeric', items: [{ text: expected }] }]);
      }),
      { numRuns: 300 },
    );
  });
});
