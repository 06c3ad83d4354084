import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineAuthors, participantName, recordParticipant } from '../../shared/collab/participantNames';
import { draftFragment, sharedProposalDoc } from '../../shared/collab/sharedProposal';
import { locateOnce, replaceInLine } from '../../shared/collab/lineEdit';
import { sharedLines } from '../../shared/collab/readLines';
import { lineElement } from '../../shared/collab/lineElements';
import { fromText } from '../../shared/text/fromText';

const DRAFT = fromText(readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-30.txt'), 'utf8'));

/** A participant's copy of the room: the room's start applied, its name recorded. */
function participant(room: Y.Doc, name: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room));
  recordParticipant(doc, name);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function indexOfLine(doc: Y.Doc, text: string): number {
  return sharedLines(draftFragment(doc)).findIndex((l) => l.text.includes(text));
}

describe('who wrote a line of the shared draft', () => {
  it('names the participants whose live edits make up a line; the text the room started with is no one’s', () => {
    const room = sharedProposalDoc({ draft: DRAFT, baseline: { edition: 'kigali-2022', number: '30' }, symbol: 'auto', reasons: '' });
    const amina = participant(room, 'Amina');
    const bruno = participant(room, 'Bruno');
    const edit = (doc: Y.Doc, old: string, next: string): void => {
      const at = locateOnce(sharedLines(draftFragment(doc)), old);
      replaceInLine(at.line.node, at.from, at.to, next);
    };
    edit(amina, 'on bridging the digital divide', 'on bridging the digital divide and gaps');
    edit(bruno, 'on transforming our world', 'on transforming our shared world');
    edit(bruno, 'on bridging the digital', 'on closing the digital');
    draftFragment(bruno).insert(5, [lineElement('item', 'a line Bruno added;', { depth: 0, kind: 'alpha' })]);
    sync(amina, bruno);

    for (const doc of [amina, bruno]) {
      expect(participantName(doc, amina.clientID)).toBe('Amina');
      expect(lineAuthors(doc, draftFragment(doc), indexOfLine(doc, 'digital divide and gaps')).sort()).toEqual(['Amina', 'Bruno']);
      expect(lineAuthors(doc, draftFragment(doc), indexOfLine(doc, 'our shared world'))).toEqual(['Bruno']);
      expect(lineAuthors(doc, draftFragment(doc), indexOfLine(doc, 'a line Bruno added;'))).toEqual(['Bruno']);
      expect(lineAuthors(doc, draftFragment(doc), indexOfLine(doc, 'the outcomes of both phases'))).toEqual([]);
    }
  });

  it('a participant whose inserted text was all deleted again no longer counts', () => {
    const room = sharedProposalDoc({ draft: DRAFT, baseline: { edition: 'kigali-2022', number: '30' }, symbol: 'auto', reasons: '' });
    const amina = participant(room, 'Amina');
    const at = locateOnce(sharedLines(draftFragment(amina)), 'on bridging the digital divide');
    replaceInLine(at.line.node, at.to, at.to, ' xyz');
    const line = indexOfLine(amina, 'divide xyz');
    expect(lineAuthors(amina, draftFragment(amina), line)).toEqual(['Amina']);
    const again = locateOnce(sharedLines(draftFragment(amina)), ' xyz');
    replaceInLine(again.line.node, again.from, again.to, '');
    expect(lineAuthors(amina, draftFragment(amina), line)).toEqual([]);
  });
});

