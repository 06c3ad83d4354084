import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { enter, nest, unnest } from '../../renderer/editor/keyboard';
import { insertCall, insertFootnote } from '../../renderer/editor/insertCommands';
import { listKindForCall as kindForCall } from '../../shared/grammar/callPhrase';
import { guardStructure } from '../../renderer/editor/structureGuard';
import { pasteLines, plainToLines } from '../../renderer/editor/plainPaste';
import { splitLabelledLine as splitLabel } from '../../shared/grammar/labelledLine';
import { moveItemDown, moveItemUp } from '../../renderer/editor/moveItems';
import { deleteEmptyBackward, deleteEmptyForward } from '../../renderer/editor/emptyBlocks';
import { clipboardOf, cutBlocks, pasteBlocks, wholeBlocks } from '../../renderer/editor/blockClipboard';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const schema = getSchema(RESOLUTION_NODES);
const RES5 = readFileSync(join(BUNDLED, 'res-5.txt'), 'utf8');
const RES18 = readFileSync(join(BUNDLED, 'res-18.txt'), 'utf8');

/** A state with the caret at the end (or `offset` into) the line that starts with `start`. */
function stateAt(text: string, start: string, offset?: number): EditorState {
  const doc = PMNode.fromJSON(schema, fromModel(fromText(text)));
  let pos = -1;
  doc.forEach((node, at) => {
    if (pos < 0 && node.textContent.startsWith(start)) pos = at + 1 + (offset ?? node.content.size);
  });
  if (pos < 0) throw new Error(`no line starts with "${start}"`);
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
}

/** Apply a command and the structure guard, as the editor does. */
function run(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  const fix = guardStructure(next);
  return fix ? next.apply(fix) : next;
}

const lines = (s: EditorState): string[] => toText(toModel(s.doc)).split('\n');

describe('keyboard model (commands on editor state)', () => {
  it('Enter at the end of an item opens the next item of the same list; labels follow', () => {
    const s = run(stateAt(RES5, 'Resolution\u00A030 (Rev.'), enter);
    const out = lines(s);
    expect(out[5].startsWith('b)\tResolution\u00A030')).toBe(true);
    expect(out[6]).toBe('c)\t');
    expect(out[7].startsWith('d)\tResolutions 166')).toBe(true);
    expect(out.length).toBe(RES5.split('\n').length + 1);
  });

  it('Enter in the middle of an item splits it into two items', () => {
    const s = run(stateAt(RES5, 'Resolution\u00A030 (Rev.', 'Resolution\u00A030'.length), enter);
    expect(lines(s).slice(5, 7)).toEqual(['b)\tResolution\u00A030', expect.stringMatching(/^c\)\t \(Rev\. Dubai, 2018\)/)]);
  });

  it('Enter on an empty item leaves the list (a sub-item goes up a level first)', () => {
    let s = run(stateAt(RES5, 'Resolution\u00A030 (Rev.'), enter);
    s = run(s, nest);
    expect(lines(s)[6]).toBe('i)\t');
    s = run(s, enter);
    expect(lines(s)[6]).toBe('c)\t');
    s = run(s, enter);
    expect(s.doc.child(6).type.name).toBe('paragraph');
    // what followed starts a new list after the paragraph
    expect(lines(s)[7].startsWith('a)\tResolutions 166')).toBe(true);
  });

  it('Tab nests an item under the previous one as i), Shift-Tab brings it back', () => {
    const start = stateAt(RES5, 'Resolutions 166');
    const nested = run(start, nest);
    expect(lines(nested)[6].startsWith('i)\tResolutions 166')).toBe(true);
    expect(lines(nested)[7]).toMatch(/^c\)\tResolution.135 /);
    const back = run(nested, unnest);
    expect(toText(toModel(back.doc))).toBe(RES5);
  });

  it('Tab on the first item of a list does nothing (no parent to nest under)', () => {
    const s = stateAt(RES5, 'Resolutions 25 and 123');
    const after = run(s, nest);
    expect(toText(toModel(after.doc))).toBe(RES5);
  });

  it('Shift-Tab on a top-level item turns it into a paragraph', () => {
    const s = run(stateAt(RES5, 'Resolutions 54 and 74'), unnest);
    expect(lines(s)[10].startsWith('Resolutions 54 and 74')).toBe(true);
    expect(s.doc.child(10).type.name).toBe('paragraph');
  });

  it('insert call adds the phrase and a first item of the right kind after the current call', () => {
    expect(kindForCall('resolves to instruct the Director of the Telecommunication Development Bureau')).toBe('numeric');
    expect(kindForCall('recognizing further')).toBe('alpha');
    const s = run(stateAt(RES5, 'Resolution\u00A030 (Rev.'), (st, d) => insertCall('considering further', st, d));
    const out = lines(s);
    const at = out.indexOf('considering further');
    expect(out[at - 1].startsWith('g)\tResolutions 54 and 74')).toBe(true);
    expect(out[at + 1]).toBe('a)\t');
    expect(out[at + 2]).toBe('recognizing');
  });

  it('insert footnote numbers the new note in order of first reference and renumbers the others', () => {
    const before = fromText(RES18);
    const s = run(stateAt(RES18, 'The World Telecommunication'), insertFootnote);
    const model = toModel(s.doc);
    expect(model.footnotes.map((f) => f.id)).toEqual([...Array(before.footnotes.length + 1).keys()].map((i) => i + 1));
    expect(model.conferenceLine.endsWith('[^1]')).toBe(true);
    expect(model.footnotes[0].text).toBe('');
    expect(model.footnotes.slice(1).map((f) => f.text)).toEqual(before.footnotes.map((f) => f.text));
    // the cursor is in the new (first) footnote body
    expect(s.selection.$from.parent.type.name).toBe('footnote');
    expect(s.selection.$from.parent.attrs.id).toBe(1);
  });

  it('deleting a footnote reference removes its body and renumbers', () => {
    const base = fromText(readFileSync(join(BUNDLED, 'res-17.txt'), 'utf8'));
    if (base.footnotes.length < 2) throw new Error('Resolution 17 should have footnotes');
    const doc = PMNode.fromJSON(schema, fromModel(base));
    let refPos = -1;
    doc.descendants((n, pos) => {
      if (refPos < 0 && n.type.name === 'footnoteRef') refPos = pos;
    });
    const state = EditorState.create({ doc });
    const deleted = state.apply(state.tr.delete(refPos, refPos + 1));
    const fixed = deleted.apply(guardStructure(deleted)!);
    const model = toModel(fixed.doc);
    expect(model.footnotes.map((f) => f.text)).toEqual(base.footnotes.slice(1).map((f) => f.text));
    expect(model.footnotes.map((f) => f.id)).toEqual(model.footnotes.map((_f, i) => i + 1));
  });
});

describe('plain paste', () => {
  it('splits a label from its text only when it clearly is one', () => {
    expect(splitLabel('c)\tthe need to act;')).toEqual({ label: 'c)', text: 'the need to act;' });
    expect(splitLabel('ii)\u00A0\u00A0 sub-item')).toEqual({ label: 'ii)', text: 'sub-item' });
    expect(splitLabel('2022 was a year')).toEqual({ text: '2022 was a year' });
    expect(splitLabel('text\twith a tab')).toEqual({ text: 'text with a tab' });
    expect(plainToLines('a)\tone;\r\n\r\nb)\ttwo,\n')).toEqual(['a)\tone;', 'b)\ttwo,']);
  });

  it('pasting labelled lines into an item makes items of that list; into a title joins them', () => {
    const s = run(stateAt(RES5, 'Resolution\u00A030 (Rev.'), (st, d) => pasteLines([' and more;', 'x)\tfirst pasted;', 'second pasted;'], st, d));
    const out = lines(s);
    expect(out[5].endsWith('countries with economies in transition; and more;')).toBe(true);
    expect(out.slice(6, 8)).toEqual(['c)\tfirst pasted;', 'd)\tsecond pasted;']);
    expect(out[8].startsWith('e)\tResolutions 166')).toBe(true);
    const t = run(stateAt(RES5, 'Enhanced participation'), (st, d) => pasteLines([' one', 'two'], st, d));
    expect(lines(t)[1]).toBe('Enhanced participation by developing countries in the activities of the Union one two');
    expect(lines(t).length).toBe(RES5.split('\n').length);
  });
});

describe('moving items (Alt+Shift+↑/↓)', () => {
  const RES30 = readFileSync(join(BUNDLED, 'res-30.txt'), 'utf8');

  it('moves an item with its sub-items above the previous item and back', () => {
    const up = run(stateAt(RES30, 'to propose at the forthcoming plenipotentiary'), moveItemUp);
    const out = lines(up);
    const at = out.findIndex((l) => l.startsWith('10\tto propose at the forthcoming'));
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 5).map((l) => l.split('\t')[0])).toEqual(['i)', 'ii)', 'iii)', '11']);
    expect(out[at + 4].startsWith('11\tto develop and implement')).toBe(true);
    expect(toText(toModel(run(up, moveItemDown).doc))).toBe(RES30);
  });

  it('moves the first item of a call to the end of the previous call; refuses at the top and where a call would be left empty', () => {
    const s = run(stateAt(RES5, 'the multifarious difficulties'), moveItemUp);
    const out = lines(s);
    expect(out[out.indexOf('recognizing') - 1].startsWith('h)\tthe multifarious difficulties')).toBe(true);
    expect(moveItemUp(stateAt(RES5, 'Resolutions 25 and 123'))).toBe(false);
    // "noting" in Resolution 18 has a single paragraph: moving it out would leave the call empty
    expect(moveItemUp(stateAt(RES18, 'the long-term technical assistance'))).toBe(false);
  });
});

describe('deleting empty lines', () => {
  it('Backspace deletes an empty item and the caret goes to the end of the line before', () => {
    const withEmpty = run(stateAt(RES5, 'Resolution\u00A030 (Rev.'), enter);
    expect(lines(withEmpty)).toHaveLength(RES5.split('\n').length + 1);
    const back = run(withEmpty, deleteEmptyBackward);
    expect(toText(toModel(back.doc))).toBe(RES5);
    expect(back.selection.$from.parent.textContent.startsWith('Resolution\u00A030 (Rev.')).toBe(true);
    expect(back.selection.$from.parentOffset).toBe(back.selection.$from.parent.content.size);
    const fwd = run(withEmpty, deleteEmptyForward);
    expect(toText(toModel(fwd.doc))).toBe(RES5);
    expect(fwd.selection.$from.parentOffset).toBe(0);
    // a line with text is not an empty line: the default Backspace applies
    expect(deleteEmptyBackward(stateAt(RES5, 'Resolution\u00A030 (Rev.'))).toBe(false);
  });

  it('the emptied only paragraph of a call goes with its call', () => {
    const state = stateAt(RES18, 'the long-term technical assistance', 0);
    const para = state.selection.$from;
    const emptied = state.apply(state.tr.delete(para.pos, para.pos + para.parent.content.size));
    const out = lines(run(emptied, deleteEmptyBackward));
    const expected = RES18.split('\n');
    const noting = expected.indexOf('noting');
    expect(out).toEqual([...expected.slice(0, noting), ...expected.slice(noting + 2)]);
  });
});

describe('whole items on the clipboard', () => {
  it('cut of a whole item with a footnote and paste elsewhere keeps the footnote text', () => {
    const state = stateAt(RES5, 'Resolutions 25 and 123', 0);
    let doc = state.doc;
    let end = -1;
    doc.forEach((n, at) => {
      if (end < 0 && n.textContent.startsWith('Resolutions 25 and 123')) end = at + 1 + n.content.size;
    });
    const selected = state.apply(state.tr.setSelection(TextSelection.create(doc, state.selection.from, end)));
    const range = wholeBlocks(selected)!;
    expect(range.to - range.from).toBe(1);
    const { json, text } = clipboardOf(selected, range);
    expect(text.startsWith('a)\tResolutions 25 and 123')).toBe(true);
    const cut = run(selected, (s, d) => cutBlocks(s, range, d));
    expect(lines(cut).some((l) => l.includes('Resolutions 25 and 123'))).toBe(false);
    expect(toModel(cut.doc).footnotes.map((f) => f.text)).not.toContain(fromText(RES5).footnotes[0].text);
    // paste at the start of the first item of "recognizing"
    doc = cut.doc;
    let target = -1;
    doc.forEach((n, at) => {
      if (target < 0 && n.textContent.startsWith('the multifarious difficulties')) target = at + 1;
    });
    const caret = cut.apply(cut.tr.setSelection(TextSelection.create(doc, target)));
    const pasted = run(caret, (s, d) => pasteBlocks(json, s, d));
    const out = lines(pasted);
    const at = out.findIndex((l) => l.includes('Resolutions 25 and 123'));
    expect(out[at - 1]).toBe('recognizing');
    expect(out[at + 1].includes('the multifarious difficulties')).toBe(true);
    expect(toModel(pasted.doc).footnotes.map((f) => f.text)).toEqual(fromText(RES5).footnotes.map((f) => f.text));
  });
});
