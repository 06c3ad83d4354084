/**
 * The renderer's contribution store, without a DOM, against the real host service on temporary
 * folders (the same service the browser host and the desktop app run): edits in from more than one
 * source, outcomes computed once, adopted texts keyed by edition and number, autosave, the save
 * workflow as the host answers it, and conflicts shown only when they are real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../shared/host/hostApi';
import type { List, Resolution } from '../../shared/model/resolution';
import { ContributionStore } from '../../renderer/store/contributionStore';
import type { EditSource } from '../../renderer/store/contributionEdit';
import { hostFixture, type HostFixture } from '../ipc/hostFixture';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const fixtures: HostFixture[] = [];
const stores: ContributionStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.dispose();
  for (const f of fixtures.splice(0)) f.dispose();
});

function hostOf(fx: HostFixture, override: Partial<HostApi> = {}): HostApi {
  return { ...fx.service, onCommand: () => () => undefined, ...override } as HostApi;
}

async function openStore(host: HostApi): Promise<ContributionStore> {
  const store = new ContributionStore(host);
  stores.push(store);
  await store.start();
  return store;
}

function fixture(): HostFixture {
  const fx = hostFixture();
  fixtures.push(fx);
  return fx;
}

const until = async (ok: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

const firstList = (r: Resolution): List => r.calls[0].blocks.find((b): b is List => b.type === 'list')!;
const withWord = (r: Resolution, word: string): Resolution => {
  const d = structuredClone(r);
  firstList(d).items[0].text = `${word} ${firstList(d).items[0].text}`;
  return d;
};

describe('the store owns the contribution: edits in, state out', () => {
  it('marks a proposal against the edition it names, whatever edition the window lists (baselines keyed by edition and number)', async () => {
    const fx = fixture();
    const kigali34 = readFileSync(join(BUNDLED, 'res-34.txt'), 'utf8');
    const baku34 = kigali34.replaceAll('Kigali, 2022', 'Baku, 2025');
    const host = hostOf(fx, {
      listEditions: async () => [...(await fx.service.listEditions()), { id: 'baku-2025', conference: 'WTDC-25', shortName: 'WTDC-25', place: 'Baku', year: 2025, resolutions: 14, language: 'en', bundled: false }],
      getBaselineText: async (n, edition) => (edition === 'baku-2025' ? (n === '34' ? baku34 : fx.service.getBaselineText(n)) : fx.service.getBaselineText(n, edition)),
      listResolutions: async (edition) => (await fx.service.listResolutions()).map((r) => ({ ...r, edition: edition ?? r.edition })),
    });
    const store = await openStore(host);
    const id = await store.startProposal('34', false);
    expect(id).not.toBeNull();
    await until(() => store.outcomeOf(id!) !== null, 'the Kigali text');
    expect(store.outcomeOf(id!)!.symbol).toBe('NOC');
    store.chooseEdition('baku-2025');
    await store.loadBaseline({ edition: 'baku-2025', number: '34' });
    expect(store.getState().edition).toBe('baku-2025');
    expect(store.baseline({ edition: 'baku-2025', number: '34' })!.numberLine).toBe('RESOLUTION 34 (Rev. Baku, 2025)');
    expect(store.baseline({ edition: 'kigali-2022', number: '34' })!.numberLine).toBe('RESOLUTION 34 (Rev. Kigali, 2022)');
    // the Kigali proposal is still marked against Kigali's text: no change, NOC
    expect(store.outcomeOf(id!)!.symbol).toBe('NOC');
    expect(store.outcomeOf(id!)!.units).toHaveLength(0);
    // a proposal started now names the edition chosen
    const second = await store.startProposal('5', false);
    expect(store.proposal(second!)!.baseline).toEqual({ edition: 'baku-2025', number: '5' });
  });

  it('takes edits from more than one source; each edit names its source, the state before is left as it was', async () => {
    const store = await openStore(hostOf(fixture()));
    const id = (await store.startProposal('17', false))!;
    const editor: EditSource = { name: 'editor of Resolution 17' };
    const colleague: EditSource = { name: 'a colleague’s review' };
    const seen: string[] = [];
    const off = store.subscribe(() => seen.push(store.getState().lastSource?.name ?? 'none'));
    const before = store.getState();
    const draft = withWord(store.proposal(id)!.draft, 'first');
    store.apply({ type: 'draft', proposalId: id, draft }, editor);
    store.apply({ type: 'reasons', proposalId: id, reasons: 'Because.' }, colleague);
    off();
    expect(seen).toEqual([editor.name, colleague.name]);
    expect(store.proposal(id)!.draft).toBe(draft);
    expect(store.proposal(id)!.reasons).toBe('Because.');
    expect(before.content!.proposals.find((p) => p.id === id)!.reasons).toBe('');
    expect(before.content!.proposals.find((p) => p.id === id)!.draft).not.toBe(draft);
    // an edit that changes nothing is no edit
    const now = store.getState();
    store.apply({ type: 'reasons', proposalId: id, reasons: 'Because.' }, colleague);
    expect(store.getState()).toBe(now);
  });

  it('computes a proposal’s outcome once per draft: what the editor asked for is what every view reads', async () => {
    const store = await openStore(hostOf(fixture()));
    const id = (await store.startProposal('45', false))!;
    await store.loadBaseline({ edition: 'kigali-2022', number: '45' });
    const draft = structuredClone(store.proposal(id)!.draft);
    firstList(draft).items.splice(2, 0, { text: 'Resolution 999 (Baku, 2025) of this conference, on something new;' });
    const asked = store.outcomeFor(id, draft);
    store.apply({ type: 'draft', proposalId: id, draft });
    expect(store.outcomeOf(id)).toBe(asked);
    expect(asked!.units).toHaveLength(1);
    expect(asked!.symbol).toBe('MOD');
    store.apply({ type: 'symbol', proposalId: id, symbol: 'SUP' });
    expect(store.outcomeOf(id)!.symbol).toBe('SUP');
  });

  it('the draft new resolution template names the contribution’s place and year as they are now', async () => {
    const store = await openStore(hostOf(fixture()));
    const settings = store.getState().content!.settings;
    store.setSettings({ ...settings, conference: { ...settings.conference, place: 'Baku', year: 2029 } });
    const id = store.newDraft()!;
    expect(store.proposal(id)!.draft.conferenceLine).toBe('The World Telecommunication Development Conference (Baku, 2029),');
  });
});

describe('the document with the host: autosave, save, conflicts', () => {
  it('journals edits, says "edited" exactly while the document holds unsaved edits, and asks for a name when the host says so', async () => {
    const fx = fixture();
    const store = await openStore(hostOf(fx));
    expect(store.getState().edited).toBe(false);
    const id = (await store.startProposal('17', false))!;
    expect(store.getState().edited).toBe(true);
    await store.flush();
    expect((await fx.service.getDocument(store.docId!)).contribution.proposals.map((p) => p.id)).toEqual([id]);
    expect(store.getState().edited).toBe(true);
    await store.save();
    const question = store.getState().saveName;
    expect(question).toMatchObject({ suggested: 'Contribution.resdraft', folder: fx.folders.documents, confirmReplace: null });
    await store.answerSaveName('mine', false);
    expect(store.getState().saveName).toBeNull();
    expect(store.getState().doc!.name).toBe('mine.resdraft');
    expect(store.getState().edited).toBe(false);
    // Save As onto an existing name asks before replacing it
    await store.saveAs();
    await store.answerSaveName('mine', false);
    expect(store.getState().saveName?.confirmReplace).toBe('mine.resdraft');
    store.cancelSaveName();
    expect(store.getState().saveName).toBeNull();
  });

  it('autosaves what changed: a typed word sends the draft’s changed call, and the host holds what the window holds', async () => {
    const fx = fixture();
    const sent: { method: string; bytes: number; args: unknown[] }[] = [];
    const spy =
      <K extends 'updateContribution' | 'patchContribution'>(method: K) =>
      (...args: Parameters<HostApi[K]>): ReturnType<HostApi[K]> => {
        sent.push({ method, bytes: JSON.stringify(args).length, args });
        return (fx.service[method] as (...a: Parameters<HostApi[K]>) => ReturnType<HostApi[K]>)(...args);
      };
    const store = await openStore(hostOf(fx, { updateContribution: spy('updateContribution'), patchContribution: spy('patchContribution') }));
    const id = (await store.startProposal('34', false))!;
    await store.flush();
    sent.length = 0;
    const draft = withWord(store.proposal(id)!.draft, 'digital');
    store.apply({ type: 'draft', proposalId: id, draft });
    store.apply({ type: 'draft', proposalId: id, draft: withWord(draft, 'inclusive') });
    await store.flush();
    expect(sent.map((s) => s.method)).toEqual(['patchContribution']);
    const [, delta] = sent[0].args as [string, { drafts: { id: string; patch: { calls: { at: number; remove: number } } }[] }];
    expect(delta.drafts.map((d) => [d.id, d.patch.calls.at, d.patch.calls.remove])).toEqual([[id, 0, 1]]);
    expect(sent[0].bytes).toBeLessThan(JSON.stringify(store.getState().content).length / 4);
    const held = store.getState().content!;
    expect((await fx.service.getDocument(store.docId!)).contribution).toEqual({ settings: held.settings, proposals: held.proposals });
  });

  it('a change the host does not take is sent whole, and nothing is lost', async () => {
    const fx = fixture();
    const store = await openStore(hostOf(fx, { patchContribution: async () => Promise.reject(new Error('The autosave does not fit the draft.')) }));
    const id = (await store.startProposal('34', false))!;
    store.apply({ type: 'draft', proposalId: id, draft: withWord(store.proposal(id)!.draft, 'digital') });
    await store.flush();
    expect(store.getState().error).toBeNull();
    expect((await fx.service.getDocument(store.docId!)).contribution.proposals[0].draft).toEqual(store.proposal(id)!.draft);
  });

  it('flushes pending edits at once when the page goes (no wait for the autosave timer)', async () => {
    const fx = fixture();
    const store = await openStore(hostOf(fx));
    const id = (await store.startProposal('17', false))!;
    await store.flush();
    store.apply({ type: 'reasons', proposalId: id, reasons: 'typed just before a reload' });
    store.flushOnLeave();
    // no timer ran: the write was sent by flushOnLeave itself
    await new Promise((r) => setTimeout(r, 50));
    expect((await fx.service.getDocument(store.docId!)).contribution.proposals[0].reasons).toBe('typed just before a reload');
  });

  it('two windows: another window’s save is no conflict; a change of content is one only when this window has edits of its own', async () => {
    const fx = fixture();
    const host = hostOf(fx);
    const a = await openStore(host);
    const id = (await a.startProposal('17', false))!;
    await a.flush();
    const b = await openStore(host);
    expect(b.docId).toBe(a.docId);
    await b.save();
    await b.answerSaveName('shared', false);
    expect(b.getState().doc!.dirty).toBe(false);

    // A holds an edit not yet sent: its status says edited, the check finds no conflict, the edit gets through
    a.apply({ type: 'reasons', proposalId: id, reasons: 'A, after B saved' });
    expect(a.getState().edited).toBe(true);
    await a.checkNow();
    expect(a.getState().conflict).toBeNull();
    await a.flush();
    expect(a.getState().conflict).toBeNull();
    expect((await fx.service.getDocument(a.docId!)).contribution.proposals[0].reasons).toBe('A, after B saved');

    // B has neither A's edit nor one of its own: it is told nothing …
    await b.checkNow();
    expect(b.getState().conflict).toBeNull();
    expect(b.getState().edited).toBe(false);
    // … until it edits the old text: that is a real conflict, and nothing of B's is written over A's
    b.apply({ type: 'reasons', proposalId: id, reasons: 'B, on the old text' });
    await b.flush();
    expect(b.getState().conflict?.kind).toBe('other-window');
    expect(b.getState().edited).toBe(true);
    expect((await fx.service.getDocument(a.docId!)).contribution.proposals[0].reasons).toBe('A, after B saved');
    await b.reloadTheirs();
    expect(b.getState().conflict).toBeNull();
    expect(b.proposal(id)!.reasons).toBe('A, after B saved');
  });
});
