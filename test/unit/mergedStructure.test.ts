import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema, Node } from '@tiptap/react';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { toModel } from '../../renderer/editor/toModel';
import { isResolutionDoc, keepsResolutionStructure } from '../../renderer/editor/resolutionStructure';
import { fitStructure } from '../../renderer/editor/structureFit';
import { EditorState } from '@tiptap/pm/state';
import { readDraft } from '../../shared/collab/readLines';
import { checkContribution } from '../../shared/checks/checkContribution';
import { draftLayoutText, DraftLayoutError } from '../../shared/contribution/draftLayout';
import { toLines } from '../../shared/text/toText';

/**
 * Documents a merge of concurrent edits can leave (the server fuzz, test/collab/fuzz.test.ts,
 * found each shape: a line before the first call, an item after a footnote, a call left empty, a
 * head line deleted or doubled). The old schema rule (`numberLine title conferenceLine (call
 * (paragraph | item)+)+ footnote*`) rejected every one; the editor's schema accepts them, reads
 * every character into the model by the shared reader, and the checks and the export name the
 * line out of place.
 */

const schema = getSchema(RESOLUTION_NODES);
const OLD_RULE = 'numberLine title conferenceLine (call (paragraph | item)+)+ footnote*';
const oldSchema: Schema = getSchema([...RESOLUTION_NODES.filter((e) => e.name !== 'doc'), Node.create({ name: 'doc', topNode: true, content: OLD_RULE })]);

type Line = { type: string; text?: string; attrs?: Record<string, unknown> };
const line = (type: string, text?: string, attrs?: Record<string, unknown>): Line => ({ type, text, attrs });
const item = (text: string, depth = 0, kind = 'alpha'): Line => line('item', text, { depth, kind });
const HEAD = [line('numberLine', 'RESOLUTION 30 (Rev. Kigali, 2022)'), line('title', 'Role of the ITU'), line('conferenceLine', 'The World Telecommunication Development Conference (Kigali, 2022),')];

function docJSON(lines: Line[]): Record<string, unknown> {
  return {
    type: 'doc',
    content: lines.map((l) => ({ type: l.type, ...(l.attrs ? { attrs: l.attrs } : {}), ...(l.text ? { content: [{ type: 'text', text: l.text }] } : {}) })),
  };
}

const MERGED: Array<[string, Line[]]> = [
  ['an item before the first call', [...HEAD, item('that a colleague typed here;'), line('call', 'resolves'), item('to go on.', 0, 'numeric')]],
  ['an item after a footnote', [...HEAD, line('call', 'resolves'), item('to go on,', 0, 'numeric'), line('footnote', 'A note.', { id: 1 }), item('and a late item.', 0, 'numeric')]],
  ['a call with nothing under it', [...HEAD, line('call', 'considering'), line('call', 'resolves'), item('to go on.', 0, 'numeric')]],
  ['a deleted title and a doubled conference line', [HEAD[0], HEAD[2], HEAD[2], line('call', 'resolves'), item('to go on.', 0, 'numeric')]],
  ['no line at all (everyone deleted everything)', []],
];

const characters = (lines: Line[]): number => lines.reduce((n, l) => n + (l.text?.length ?? 0), 0);

describe('the editor schema accepts any sequence of lines a merge can produce', () => {
  for (const [name, lines] of MERGED) {
    it(`${name}: the old rule rejected it; the schema accepts it and the model keeps every character, read as the shared document is`, () => {
      expect(() => PMNode.fromJSON(oldSchema, docJSON(lines)).check()).toThrow();
      const doc = PMNode.fromJSON(schema, docJSON(lines));
      expect(() => doc.check()).not.toThrow();
      const model = toModel(doc);
      expect(toLines(model).join('').length).toBeGreaterThanOrEqual(characters(lines));
      const ydoc = new Y.Doc();
      const fragment = ydoc.getXmlFragment('draft');
      prosemirrorJSONToYXmlFragment(schema, docJSON(lines), fragment);
      expect(model).toEqual(readDraft(fragment));
    });
  }

  it('a line before the first call is a check finding that names it, and the export refuses the draft naming it', () => {
    const model = toModel(PMNode.fromJSON(schema, docJSON(MERGED[0][1])));
    const findings = checkContribution({ proposals: [{ id: 'p', baseline: null, symbol: 'auto', draft: model, reasons: 'Why.' }], target: null, baselineOf: () => null, editions: [] });
    const found = findings.find((f) => f.code === 'line-without-call');
    expect(found?.message).toContain('“that a colleague typed here;” has no call above it');
    expect(found?.severity).toBe('error');
    expect(() => draftLayoutText(model)).toThrow(DraftLayoutError);
    expect(() => draftLayoutText(model)).toThrow(/above “that a colleague typed here;”/);
  });

  it('an edit that breaks the old structure is applied as typed: joining the first call line into the conference line deletes nothing', () => {
    const doc = PMNode.fromJSON(schema, docJSON([...HEAD, line('call', 'resolves'), item('to go on.', 0, 'numeric')]));
    let callStart = 0;
    doc.forEach((node, offset) => {
      if (node.type.name === 'call') callStart = offset;
    });
    // delete the boundary between the conference line and the call line (Backspace at the call's start)
    const joined = doc.replace(callStart - 1, callStart + 1, doc.slice(callStart - 1, callStart - 1));
    expect(() => joined.check()).not.toThrow();
    expect(joined.textContent.length).toBe(doc.textContent.length);
    const model = toModel(joined);
    expect(model.conferenceLine).toBe(`${HEAD[2].text}resolves`);
    expect(model.calls[0].phrase).toBe('');
  });

  it('the structural commands keep a resolution a resolution, and act in a document a merge left out of order', () => {
    const nodes = (lines: Line[]): PMNode[] => {
      const out: PMNode[] = [];
      PMNode.fromJSON(schema, docJSON(lines)).forEach((n) => out.push(n));
      return out;
    };
    const good = nodes([...HEAD, line('call', 'resolves'), item('to go on.', 0, 'numeric')]);
    const stray = nodes(MERGED[0][1]);
    expect(keepsResolutionStructure(good, good)).toBe(true);
    expect(keepsResolutionStructure(good, [...good.slice(0, 3), good[4], good[3]])).toBe(false);
    expect(keepsResolutionStructure(good, good.slice(0, 4))).toBe(false);
    expect(keepsResolutionStructure(stray, stray.slice(1))).toBe(true);
    expect(keepsResolutionStructure(stray, [...stray.slice(0, 3), ...stray.slice(4)])).toBe(true);
  });

  it("this window's own edit that breaks a resolution is laid out again as one, deleting nothing; a merged document is left as it is", () => {
    const good = PMNode.fromJSON(schema, docJSON([...HEAD, line('call', 'resolves'), item('to go on.', 0, 'numeric'), line('call', 'instructs'), item('to report.', 0, 'numeric')]));
    const state = EditorState.create({ doc: good });
    const emptied = state.apply(state.tr.delete(0, good.content.size));
    expect(isResolutionDoc(emptied.doc)).toBe(false);
    const refilled = emptied.apply(fitStructure(good, emptied)!);
    expect(isResolutionDoc(refilled.doc)).toBe(true);
    // a cut from inside the conference line to inside the first call line: its item is left with no call above
    let from = -1;
    let to = -1;
    good.forEach((n, at) => {
      if (n.type.name === 'conferenceLine') from = at + 5;
      if (n.textContent === 'resolves') to = at + 4;
    });
    const cut = state.apply(state.tr.delete(from, to));
    expect(isResolutionDoc(cut.doc)).toBe(false);
    const fit = fitStructure(good, cut);
    expect(fit).not.toBeNull();
    const after = cut.apply(fit!).doc;
    expect(isResolutionDoc(after)).toBe(true);
    expect(after.textContent).toBe(cut.doc.textContent);
    const merged = PMNode.fromJSON(schema, docJSON(MERGED[0][1]));
    const odd = EditorState.create({ doc: merged });
    expect(fitStructure(merged, odd.apply(odd.tr.insertText('x', 1)))).toBeNull();
  });
});
