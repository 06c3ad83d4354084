import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DRAFT_FIELD, draftFragment, proposalMap, readSharedProposal, reasonsText, sharedProposalDoc, updateSharedProposal, type SharedProposal } from '../../shared/collab/sharedProposal';
import { getSchema } from '@tiptap/react';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { fromModel } from '../../renderer/editor/fromModel';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';

/**
 * A change made in one window outside the shared draft's editor (the reasons field, the symbol
 * buttons, a proposal carried onto another edition) goes into the room as the least change, so a
 * colleague's concurrent edit elsewhere survives the merge.
 */
const RES30 = readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-30.txt'), 'utf8');
const start: SharedProposal = { draft: fromText(RES30), baseline: { edition: 'kigali-2022', number: '30' }, symbol: 'auto', reasons: 'To align the text with the Plenipotentiary Conference.' };

/** Two participants holding the same room: `mine` and a colleague's. */
function twoCopies(): { mine: Y.Doc; theirs: Y.Doc; sync(): void } {
  const mine = sharedProposalDoc(start);
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  return {
    mine,
    theirs,
    sync: () => {
      Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(theirs)));
      Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));
    },
  };
}

describe('a change of a shared proposal made outside its editor', () => {
  it('changes nothing when nothing differs', () => {
    const doc = sharedProposalDoc(start);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    updateSharedProposal(doc, start);
    expect(updates).toEqual([]);
  });

  it('changes nothing of a draft the editor wrote (TipTap through y-tiptap) when only its status changed', () => {
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(getSchema(RESOLUTION_NODES), fromModel(start.draft), doc.getXmlFragment(DRAFT_FIELD));
    updateSharedProposal(doc, { ...start, draft: fromText(RES30), reasons: '' });
    const lines = draftFragment(doc).toArray();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    updateSharedProposal(doc, { ...start, draft: readSharedProposal(doc).draft, reasons: '' });
    expect(updates).toEqual([]);
    expect(draftFragment(doc).toArray()).toEqual(lines);
  });

  it("carries the reasons and the symbol as the least change: a colleague's concurrent typing in the reasons stays", () => {
    const { mine, theirs, sync } = twoCopies();
    reasonsText(theirs).insert(0, 'RCC: ');
    updateSharedProposal(mine, { ...start, reasons: 'To align the text with the Plenipotentiary Conference (Bucharest, 2022).', symbol: 'SUP' });
    sync();
    for (const doc of [mine, theirs]) {
      expect(reasonsText(doc).toString()).toBe('RCC: To align the text with the Plenipotentiary Conference (Bucharest, 2022).');
      expect(proposalMap(doc).get('symbol')).toBe('SUP');
    }
  });

  it("replaces only the draft's lines that differ: a colleague's concurrent edit of another line stays", () => {
    const { mine, theirs, sync } = twoCopies();
    const lines = draftFragment(theirs).toArray() as Y.XmlElement[];
    const last = lines[lines.length - 1];
    (last.toArray()[0] as Y.XmlText).insert(0, 'COLLEAGUE ');
    const carried = RES30.replace('resolves', 'resolves, as carried,');
    expect(carried).not.toBe(RES30);
    updateSharedProposal(mine, { ...start, draft: fromText(carried), baseline: { edition: 'baku-2025', number: '30' } });
    sync();
    const merged = readSharedProposal(mine);
    expect(readSharedProposal(theirs)).toEqual(merged);
    expect(merged.baseline).toEqual({ edition: 'baku-2025', number: '30' });
    const text = toText(merged.draft);
    expect(text).toContain('resolves, as carried,');
    expect(text).toContain('COLLEAGUE ');
    expect(text.replace('COLLEAGUE ', '')).toBe(toText(fromText(carried)));
  });
});
