import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { fromModel } from '../../renderer/editor/fromModel';
import { layoutChecksPlugin, layoutProblem, layoutWarnings } from '../../renderer/editor/layoutChecks';
import { randomEditSequence } from '../support/randomEdits';
import { adopted } from '../support/longResolution';

const schema = getSchema(RESOLUTION_NODES);
const block = (type: string, text: string, attrs?: Record<string, unknown>) => schema.nodes[type].create(attrs ?? null, text ? schema.text(text) : undefined);

describe('layout checks', () => {
  it('accepts lines that read back as what they are', () => {
    expect(layoutProblem(block('paragraph', 'to report to the Council;'))).toBeNull();
    expect(layoutProblem(block('call', 'resolves to instruct the Director of the Telecommunication Development Bureau'))).toBeNull();
    expect(layoutProblem(block('item', 'that skills matter,', { depth: 0, kind: 'alpha' }))).toBeNull();
  });

  it('flags what the layout cannot carry, saying why', () => {
    expect(layoutProblem(block('paragraph', 'to report to the Council'))).toMatch(/ends with , ; \. or :/);
    expect(layoutProblem(block('call', 'considering,'))).toMatch(/no end punctuation/);
    expect(layoutProblem(block('item', '', { depth: 0, kind: 'alpha' }))).toMatch(/Empty item/);
    expect(layoutProblem(block('footnote', '', { id: 1 }))).toMatch(/Empty footnote/);
    expect(layoutProblem(block('title', ''))).toMatch(/must not be empty/);
  });
});

describe('the layout checks follow every transaction, looking again only at the lines it replaced', () => {
  it('after every edit of a seeded sequence the warnings are those of the document checked whole', () => {
    const base = adopted('34');
    let state = EditorState.create({ doc: PMNode.fromJSON(schema, fromModel(base)), plugins: [layoutChecksPlugin()] });
    const warnings = (s: EditorState): string[] =>
      (s.plugins[0].getState(s) as DecorationSet)
        .find()
        .map((d) => `${d.from}-${d.to} ${JSON.stringify((d as unknown as { type: { attrs: unknown } }).type.attrs)}`)
        .sort();
    const whole = (s: EditorState): string[] =>
      layoutWarnings(s.doc)
        .find()
        .map((d) => `${d.from}-${d.to} ${JSON.stringify((d as unknown as { type: { attrs: unknown } }).type.attrs)}`)
        .sort();
    let seen = 0;
    for (const step of randomEditSequence(base, 2701, 40)) {
      const next = schema.nodeFromJSON(fromModel(step.draft));
      const from = state.doc.content.findDiffStart(next.content);
      if (from === null) continue;
      const { a, b } = state.doc.content.findDiffEnd(next.content)!;
      state = state.apply(state.tr.replace(from, Math.max(a, from), next.slice(from, Math.max(b, from))));
      // and a line emptied: an item or paragraph left without its text is flagged
      let pos = 0;
      const index = 5 + (seen % 20);
      for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
      state = state.apply(state.tr.delete(pos + 1, pos + 1 + state.doc.child(index).content.size));
      expect(warnings(state), step.what).toEqual(whole(state));
      seen += warnings(state).length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
