// @vitest-environment happy-dom
/**
 * The editor and the store, bound (renderer/editor/draftBinding.ts), in a DOM without a browser:
 * the editor's edits go into the store as its source's draft edits; a draft another source puts in
 * (a colleague's review, later a co-drafting provider) comes into the editor, outside its undo
 * history, and the editor's own edits are not echoed back into it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/react';
import type { HostApi } from '../../shared/host/hostApi';
import type { List, Resolution } from '../../shared/model/resolution';
import { bindDraft } from '../../renderer/editor/draftBinding';
import { fromModel } from '../../renderer/editor/fromModel';
import { resolutionExtensions } from '../../renderer/editor/resolutionExtensions';
import { toModel } from '../../renderer/editor/toModel';
import { ContributionStore } from '../../renderer/store/contributionStore';
import { hostFixture, type HostFixture } from '../ipc/hostFixture';

const done: (() => void)[] = [];
afterEach(() => {
  for (const d of done.splice(0).reverse()) d();
});

const firstItem = (r: Resolution): string => (r.calls[0].blocks.find((b): b is List => b.type === 'list')!).items[0].text;

async function setUp(): Promise<{ store: ContributionStore; editor: Editor; id: string; fx: HostFixture }> {
  const fx = hostFixture();
  const store = new ContributionStore({ ...fx.service, onCommand: () => () => undefined } as HostApi);
  await store.start();
  const id = (await store.startProposal('17', false))!;
  const baseline = await store.loadBaseline({ edition: 'kigali-2022', number: '17' });
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: resolutionExtensions({ baseline, changesOf: (draft, moved) => store.outcomeFor(id, draft, moved)?.changes ?? null }),
    content: fromModel(store.proposal(id)!.draft),
  });
  const unbind = bindDraft(editor, store, id, { name: 'the editor' });
  done.push(() => fx.dispose(), () => store.dispose(), () => editor.destroy(), unbind);
  return { store, editor, id, fx };
}

/** The document position at the end of the first item's text. */
function endOfFirstItem(editor: Editor): number {
  let at = -1;
  editor.state.doc.forEach((node, offset) => {
    if (at < 0 && node.type.name === 'item') at = offset + node.nodeSize - 1;
  });
  return at;
}

describe('the editor bound to the store', () => {
  it('the editor’s edits go in as its own; the outcome the marks were drawn from is the store’s', async () => {
    const { store, editor, id } = await setUp();
    editor.chain().setTextSelection(endOfFirstItem(editor)).insertContent(' (edited)').run();
    expect(store.getState().lastSource?.name).toBe('the editor');
    expect(firstItem(store.proposal(id)!.draft)).toMatch(/ \(edited\)$/);
    expect(store.outcomeOf(id)!.symbol).toBe('MOD');
    expect(store.getState().edited).toBe(true);
  });

  it('a draft from another source comes into the editor, outside its undo history', async () => {
    const { store, editor, id } = await setUp();
    editor.chain().setTextSelection(endOfFirstItem(editor)).insertContent(' mine').run();
    const theirs = structuredClone(store.proposal(id)!.draft);
    theirs.title = `${theirs.title} (as a colleague wrote it)`;
    store.apply({ type: 'draft', proposalId: id, draft: theirs }, { name: 'a co-drafting provider' });
    expect(toModel(editor.state.doc).title).toBe(theirs.title);
    expect(firstItem(toModel(editor.state.doc))).toMatch(/ mine$/);
    // the store keeps the other source's draft (the editor does not echo it back)
    expect(store.proposal(id)!.draft).toBe(theirs);
    expect(store.getState().lastSource?.name).toBe('a co-drafting provider');
    // undo takes back this editor's own edit, not the other source's
    editor.commands.undo();
    const after = toModel(editor.state.doc);
    expect(after.title).toBe(theirs.title);
    expect(firstItem(after)).not.toMatch(/ mine$/);
    expect(firstItem(store.proposal(id)!.draft)).not.toMatch(/ mine$/);
  });
});
