/**
 * The editor's model in every language: each test text goes into the editor document and back
 * byte for byte (abjad letters, `bbis)` items, Chinese and Arabic lines), with the labels the editor
 * draws equal to the layout's; into a shared (co-drafted) draft exactly as y-tiptap writes the
 * editor's document and back; and after every transaction of random edits in the language's own
 * words (word tokens as the engine cuts them, so Chinese is edited word by word) the revision marks
 * the editor holds are the engine's `compare(baseline, toModel(doc))`, whose word-diff obeys both
 * laws (accept-all gives the draft, reject-all the baseline) with marks only at word boundaries.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { compare } from '../../shared/engine/compare';
import { flatten } from '../../shared/engine/flatten';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { isWordToken, tokenize } from '../../shared/engine/tokenize';
import type { Resolution } from '../../shared/model/resolution';
import { toText } from '../../shared/text/toText';
import { fromModel } from '../../renderer/editor/fromModel';
import { toModel } from '../../renderer/editor/toModel';
import { itemPlaces } from '../../renderer/editor/itemLabels';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { enter } from '../../renderer/editor/keyboard';
import { moveItemDown, moveItemUp } from '../../renderer/editor/moveItems';
import { revisionMarksKey, revisionMarksPlugin } from '../../renderer/editor/revisionMarks';
import { acceptAll, rejectAll, readWordDiff } from '../support/wordDiffLaws';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { DRAFT_FIELD, draftFragment, sharedProposalDoc } from '../../shared/collab/sharedProposal';
import { readDraft } from '../../shared/collab/readLines';
import { fragmentDump } from '../collab/fragmentDump';
import { expectedResolutions, expectedText, TEXTS, type LanguageTexts } from './texts';
import { applyGuarded, runCommand } from '../support/editorSteps';

const schema = getSchema(RESOLUTION_NODES);

function lines(doc: PMNode): { pos: number; node: PMNode }[] {
  const out: { pos: number; node: PMNode }[] = [];
  doc.forEach((node, pos) => {
    if (['item', 'paragraph', 'call', 'title'].includes(node.type.name)) out.push({ pos, node });
  });
  return out;
}

/** One edit in the language's words, at word boundaries of the line as the engine cuts it. */
function step(state: EditorState, t: LanguageTexts, [what, which, where, much]: [number, number, number, number]): EditorState {
  const all = lines(state.doc);
  const line = all[which % all.length];
  const text = line.node.textContent;
  const tokens = tokenize(text);
  const starts: number[] = [];
  tokens.reduce((at, tok) => (starts.push(at), at + tok.length), 0);
  const words = tokens.map((tok, k) => (isWordToken(tok) ? k : -1)).filter((k) => k >= 0);
  if (words.length === 0) return state;
  const k = words[where % words.length];
  const from = line.pos + 1 + starts[k];
  const to = from + tokens[k].length;
  const word = t.vocabulary[much % t.vocabulary.length];
  const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, to)));
  switch (what % 6) {
    case 0:
      return applyGuarded(caret, caret.tr.insertText(word, from, to));
    case 1:
      return applyGuarded(caret, caret.tr.insertText(`${t.joiner}${word}`, to));
    case 2:
      return applyGuarded(caret, caret.tr.delete(from, to));
    case 3:
      return line.node.type.name === 'item' ? runCommand(caret, enter) : caret;
    case 4:
      return runCommand(caret, moveItemUp);
    default:
      return runCommand(caret, moveItemDown);
  }
}

/** Offsets where the tokens of `text` start or end. */
function tokenEdges(text: string): Set<number> {
  const edges = new Set<number>([0]);
  let at = 0;
  for (const tok of tokenize(text)) edges.add((at += tok.length));
  return edges;
}

/** The laws of the word-diff of a resolution and its baseline, line by line, and marks at token edges. */
function checkLaws(base: Resolution, draft: Resolution): void {
  const marked = toWordDiff(compare(base, draft));
  expect(acceptAll(marked)).toBe(toText(draft));
  expect(rejectAll(marked)).toBe(toText(base));
  for (const side of ['draft', 'base'] as const) {
    let text = '';
    const edges: number[] = [];
    for (const piece of readWordDiff(marked)) {
      if (piece.op === (side === 'draft' ? 'delete' : 'insert')) continue;
      if (piece.op !== 'equal') edges.push(text.length, text.length + piece.text.length);
      text += piece.text;
    }
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const allowed = new Set<number>();
    lineStarts.forEach((start, i) => {
      const end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
      const line = text.slice(start, end);
      // a label and its tab, or a footnote's `[^k]: `, then the text's own tokens
      const note = line.startsWith('[^');
      const body = line.includes('\t') ? line.indexOf('\t') + 1 : note ? line.indexOf(': ') + 2 : 0;
      // a relabel's mark ends where its label does: before the tab, or before a footnote's `: `
      const labelEnd = note ? body - 2 : Math.max(0, body - 1);
      for (const e of [0, labelEnd, body, ...[...tokenEdges(line.slice(body))].map((x) => x + body), line.length + 1]) allowed.add(start + e);
    });
    for (const e of edges) expect(allowed.has(e), `${side}: a mark edge inside a word at ${JSON.stringify(text.slice(Math.max(0, e - 8), e + 8))}`).toBe(true);
  }
}

describe.each(TEXTS)('$name texts in the editor', (t) => {
  const bases = expectedResolutions(t);

  it('go into the editor document and back byte for byte, with the labels the layout prints', () => {
    bases.forEach((model, i) => {
      const doc = PMNode.fromJSON(schema, fromModel(model));
      doc.check();
      expect(toText(toModel(doc))).toBe(expectedText(t.code, t.numbers[i]));
      const flat = flatten(model);
      expect(itemPlaces(doc).map((p) => p?.label)).toEqual([...flat.head, ...flat.body, ...flat.footnotes].map((l) => (l.kind === 'item' ? l.label : undefined)));
    });
  });

  it('go into a shared (co-drafted) draft as y-tiptap writes the editor document, and read back the same, bis items included', () => {
    for (const model of bases) {
      const ours = draftFragment(sharedProposalDoc({ draft: model, baseline: null, symbol: 'auto', reasons: '' }));
      const theirs = new Y.Doc().getXmlFragment(DRAFT_FIELD);
      prosemirrorJSONToYXmlFragment(schema, fromModel(model), theirs);
      expect(fragmentDump(ours)).toEqual(fragmentDump(theirs));
      expect(readDraft(ours)).toEqual(model);
    }
  });

  it('hold the engine’s marks after every transaction, and the marks obey both laws at word boundaries', () => {
    for (const [i, base] of bases.entries()) {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(200), fc.nat(400), fc.nat(40)), { minLength: 1, maxLength: 10 }), (steps) => {
          let state = EditorState.create({ doc: PMNode.fromJSON(schema, fromModel(base)), plugins: [revisionMarksPlugin(base, 'marked')] });
          for (const s of steps) {
            state = step(state, t, s);
            const marks = revisionMarksKey.getState(state)!;
            const model = toModel(state.doc);
            expect(marks.model).toEqual(model);
            expect(marks.changes).toEqual(compare(base, model, { moved: marks.moved }));
          }
          checkLaws(base, toModel(state.doc));
        }),
        { numRuns: 12, seed: 2400 + i },
      );
    }
  });
});
