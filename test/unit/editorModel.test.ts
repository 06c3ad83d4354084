import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { itemPlaces } from '../../renderer/editor/itemLabels';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { flatten } from '../../shared/engine/flatten';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const files = readdirSync(BUNDLED).filter((f) => f.endsWith('.txt')).sort();
const schema = getSchema(RESOLUTION_NODES);

describe('editor document <-> resolution model', () => {
  it('covers the 14 bundled texts', () => {
    expect(files).toHaveLength(14);
  });

  for (const file of files) {
    it(`round-trips ${file} byte for byte through a schema-checked editor document`, () => {
      const original = readFileSync(join(BUNDLED, file), 'utf8');
      const model = fromText(original);
      const doc = PMNode.fromJSON(schema, fromModel(model));
      doc.check();
      expect(toText(toModel(doc))).toBe(original);
      // one textblock per layout line, labels computed exactly as the layout prints them
      const lines = original.split('\n').slice(0, -1);
      expect(doc.childCount).toBe(lines.length);
      const flat = flatten(model);
      const labels = [...flat.head, ...flat.body, ...flat.footnotes].map((l) => (l.kind === 'item' ? l.label : undefined));
      expect(itemPlaces(doc).map((p) => p?.label)).toEqual(labels);
    });
  }

  it('accepts a document whose structure is not a resolution (a merge can leave one) and keeps its lines in the model', () => {
    const odd = { type: 'doc', content: [{ type: 'numberLine' }, { type: 'title' }, { type: 'conferenceLine' }, { type: 'item', content: [{ type: 'text', text: 'kept' }] }] };
    const doc = PMNode.fromJSON(schema, odd);
    expect(() => doc.check()).not.toThrow();
    expect(toModel(doc).calls).toEqual([{ phrase: '', blocks: [{ type: 'list', kind: 'alpha', items: [{ text: 'kept' }] }] }]);
  });
});

describe('toModel keeps what did not change', () => {
  it('after typing in one item, every other call of the model is the same object, and the model is the one a fresh document gives', () => {
    const model = fromText(readFileSync(join(BUNDLED, 'res-34.txt'), 'utf8'));
    const state = EditorState.create({ doc: PMNode.fromJSON(schema, fromModel(model)) });
    const before = toModel(state.doc);
    // the first item of the third call, typed into
    let calls = 0;
    let at = -1;
    state.doc.forEach((node, offset) => {
      if (node.type.name === 'call') calls++;
      if (at < 0 && calls === 3 && node.type.name === 'item') at = offset + 1;
    });
    const doc = state.apply(state.tr.insertText('digital ', at)).doc;
    const after = toModel(doc);
    expect(after.calls.map((c, i) => c === before.calls[i])).toEqual(before.calls.map((_c, i) => i !== 2));
    expect(after).toEqual(toModel(PMNode.fromJSON(schema, doc.toJSON())));
    expect(after.calls[2]).not.toEqual(before.calls[2]);
  });
});
