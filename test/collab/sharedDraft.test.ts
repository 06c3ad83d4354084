import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import fc from 'fast-check';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { fromText } from '../../shared/text/fromText';
import { toLines } from '../../shared/text/toText';
import type { Resolution } from '../../shared/model/resolution';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { DRAFT_FIELD, draftFragment, readSharedProposal, sharedProposalDoc } from '../../shared/collab/sharedProposal';
import { lineElement } from '../../shared/collab/lineElements';
import { readDraft, sharedLines } from '../../shared/collab/readLines';
import { draftModel } from '../support/draftModel';
import { resolutionArbitrary } from './resolutionArbitrary';
import { fragmentDump, lineCensus, modelCensus, modelTexts } from './fragmentDump';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const files = readdirSync(BUNDLED).filter((f) => f.endsWith('.txt')).sort();
const schema = getSchema(RESOLUTION_NODES);

/** What y-tiptap itself writes for the editor's document of `res` (TipTap Collaboration's first sync). */
function yTiptapFragment(res: Resolution): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  prosemirrorJSONToYXmlFragment(schema, fromModel(res), fragment);
  return fragment;
}

function ours(res: Resolution): Y.XmlFragment {
  return draftFragment(sharedProposalDoc({ draft: res, baseline: null, symbol: 'auto', reasons: '' }));
}

/** The law: our document is y-tiptap's, y-tiptap reads ours as the editor's document, and reading gives the editor's model. */
function expectSameAsEditor(res: Resolution): void {
  const mine = ours(res);
  const theirs = yTiptapFragment(res);
  expect(fragmentDump(mine)).toEqual(fragmentDump(theirs));
  const editorDoc = PMNode.fromJSON(schema, fromModel(res));
  const readByEditor = yXmlFragmentToProseMirrorRootNode(mine, schema);
  expect(readByEditor.eq(editorDoc)).toBe(true);
  expect(readDraft(mine)).toEqual(toModel(editorDoc));
  expect(readDraft(theirs)).toEqual(toModel(yXmlFragmentToProseMirrorRootNode(theirs, schema)));
}

describe('the shared draft is the editor document as y-tiptap holds it', () => {
  it('covers the 14 bundled texts', () => expect(files).toHaveLength(14));

  for (const file of files) {
    it(`${file}: same elements, attributes and text as y-tiptap writes; read back, the editor's model`, () => {
      const res = fromText(readFileSync(join(BUNDLED, file), 'utf8'));
      expectSameAsEditor(res);
      expect(readDraft(ours(res))).toEqual(res);
    });
  }

  it('footnote references inside a line, at its start and end, and two in a row; sub-lists; empty lines', () => {
    const res = draftModel(
      [
        'RESOLUTION 5 (Rev. Kigali, 2022)',
        'Title[^1]',
        'The World Telecommunication Development Conference (Kigali, 2022),',
        'considering',
        'a)\t[^1]starts with a reference and ends with one[^2]',
        'b)\ttwo[^1][^2] in a row',
        'i)\ta sub-item',
        'ii)\t',
        'c)\tback at the top',
        'resolves',
        '',
        '1\tnumbered',
        '[^1]: first',
        '[^2]: ',
        '',
      ].join('\n'),
    );
    expect(res.calls[0].blocks[0].type).toBe('list');
    expectSameAsEditor(res);
    const dump = fragmentDump(ours(res));
    expect(dump[4]).toEqual({ name: 'item', attrs: { depth: 0, kind: 'alpha' }, children: [{ name: 'footnoteRef', attrs: { id: 1 }, children: [] }, { text: 'starts with a reference and ends with one' }, { name: 'footnoteRef', attrs: { id: 2 }, children: [] }] });
    expect(dump[7]).toEqual({ name: 'item', attrs: { depth: 1, kind: 'roman' }, children: [] });
  });

  it('any resolution the model can hold (property, 200 runs)', () => {
    fc.assert(
      fc.property(resolutionArbitrary, (res) => {
        expectSameAsEditor(res);
      }),
      { numRuns: 200 },
    );
  });

  it('the proposal map and the reasons come back as written', () => {
    const res = fromText(readFileSync(join(BUNDLED, files[0]), 'utf8'));
    const doc = sharedProposalDoc({ draft: res, baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'MOD', reasons: 'To reflect the outcome of WTDC-25.' });
    const back = readSharedProposal(doc);
    expect(back).toEqual({ draft: res, baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'MOD', reasons: 'To reflect the outcome of WTDC-25.' });
    expect(doc.share.has('proposal') && doc.share.has('reasons')).toBe(true);
  });
});

describe('reading a merged document never drops text (the loosened rule)', () => {
  const head = (): Y.XmlElement[] => [lineElement('numberLine', 'RESOLUTION 5 (Rev. Kigali, 2022)'), lineElement('title', 'T'), lineElement('conferenceLine', 'C,')];

  function fragmentOf(lines: Array<Y.XmlElement | Y.XmlText>): Y.XmlFragment {
    const fragment = new Y.Doc().getXmlFragment(DRAFT_FIELD);
    fragment.insert(0, lines);
    return fragment;
  }

  /** Every line's text is in the model once; the model adds only empty lines (a call opened for lines before the first). */
  function expectNothingDropped(fragment: Y.XmlFragment): Resolution {
    const res = readDraft(fragment);
    const texts = sharedLines(fragment).map((l) => l.text);
    expect(modelCensus(res).characters).toBe(lineCensus(texts).characters);
    const left = modelTexts(res);
    for (const t of texts) {
      const at = left.indexOf(t);
      expect(at, `"${t}" is in the model`).toBeGreaterThanOrEqual(0);
      left.splice(at, 1);
    }
    expect(left.every((t) => t === '')).toBe(true);
    return res;
  }

  it('an item and a paragraph before the first call open a call with an empty phrase (and the editor reads them the same)', () => {
    const fragment = fragmentOf([...head(), lineElement('item', 'orphan item', { depth: 0, kind: 'alpha' }), lineElement('paragraph', 'orphan paragraph;'), lineElement('call', 'resolves'), lineElement('item', 'kept', { depth: 0, kind: 'numeric' })]);
    const res = expectNothingDropped(fragment);
    expect(res.calls.map((c) => c.phrase)).toEqual(['', 'resolves']);
    expect(res.calls[0].blocks).toEqual([{ type: 'list', kind: 'alpha', items: [{ text: 'orphan item' }] }, { type: 'paragraph', text: 'orphan paragraph;' }]);
    const editor = toModel(yXmlFragmentToProseMirrorRootNode(fragment, schema));
    expect(editor).toEqual(res);
  });

  it('an item after the footnotes goes under the last call, as in toModel; a call with no lines is kept', () => {
    const fragment = fragmentOf([...head(), lineElement('call', 'considering'), lineElement('call', 'resolves'), lineElement('item', 'a', { depth: 0, kind: 'numeric' }), lineElement('footnote', 'note', { id: 1 }), lineElement('item', 'late', { depth: 0, kind: 'numeric' })]);
    const res = expectNothingDropped(fragment);
    expect(res).toEqual(toModel(yXmlFragmentToProseMirrorRootNode(fragment, schema)));
    expect(res.calls[1].blocks).toEqual([{ type: 'list', kind: 'numeric', items: [{ text: 'a' }, { text: 'late' }] }]);
    expect(toLines(res).at(-1)).toBe('[^1]: note');
  });

  it('a second head line, an unknown element and text outside any line are read as paragraphs', () => {
    const stray = new Y.XmlElement('blockquote');
    stray.insert(0, [new Y.XmlText('from a newer app')]);
    const fragment = fragmentOf([...head(), lineElement('call', 'resolves'), lineElement('title', 'a second title'), stray, new Y.XmlText('bare text')]);
    const res = expectNothingDropped(fragment);
    expect(res.title).toBe('T');
    expect(res.calls[0].blocks).toEqual([
      { type: 'paragraph', text: 'a second title' },
      { type: 'paragraph', text: 'from a newer app' },
      { type: 'paragraph', text: 'bare text' },
    ]);
  });

  it('attributes out of range read as the editor defaults; a depth jump is clamped as the labels are drawn', () => {
    const fragment = fragmentOf([...head(), lineElement('call', 'resolves'), lineElement('item', 'x', { depth: 3, kind: 'nonsense' }), lineElement('item', 'y', { depth: -2, kind: 'roman' })]);
    const res = expectNothingDropped(fragment);
    expect(res.calls[0].blocks).toEqual([{ type: 'list', kind: 'alpha', items: [{ text: 'x' }, { text: 'y' }] }]);
  });
});
