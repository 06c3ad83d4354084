import type { EditionSummary, ResolutionSummary } from '../../shared/corpus/edition';
import type { Provenance } from '../../shared/contribution/provenanceSchema';
import type { ContributionContent, ContributionSettings, Proposal, ProposalBaseline } from '../../shared/contribution/schema';
import { LiveComparison } from '../../shared/engine/liveComparison';
import { proposalOutcome, type ProposalOutcome } from '../../shared/engine/proposalOutcome';
import { resolutionNumberOf } from '../../shared/grammar/numberLine';
import type { HostApi, OpenDocument, RecoveryNotice } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { AdoptedTexts } from './adoptedTexts';
import { applyEdit, WINDOW_SOURCE, type ContributionEdit, type EditSource } from './contributionEdit';
import { DocumentSync, type SyncState } from './documentSync';
import { draftSkeleton } from './skeleton';
import { CO_DRAFTING_SOURCE, CoDrafting } from './coDrafting';
import type { SessionState } from '../collab/coDraftingSession';
import { t } from '../app/uiLanguage';

/** The edition the window drafts against when the contribution names none. */
export const DEFAULT_EDITION_ID = 'kigali-2022';
/** How often the window asks whether another window or program changed the document. */
const CHECK_MS = 4000;

/** Everything the window shows of the open contribution; a new object after every change (views compare parts of it by identity). */
export interface ContributionState extends SyncState {
  /** The settings and proposals as this window holds them; null while the document opens. */
  content: ContributionContent | null;
  /** Bumped whenever another document (or another state of it) is adopted: views built on the old one start again. */
  generation: number;
  /** Who made the last edit of the content. */
  lastSource: EditSource | null;
  /** A message the user dismisses (About, a version recorded). */
  notice: string | null;
  /** Unsaved edits were recovered from the journal after a crash (until dismissed). */
  recovered: RecoveryNotice | null;
  /** How the file was read, when worth telling (until dismissed). */
  fileNotices: string[] | null;
  /** The edition the window drafts against (new proposals name it), its resolutions, and every edition the host offers. */
  edition: string;
  resolutions: ResolutionSummary[];
  editions: EditionSummary[];
  /** Bumped when an adopted text arrives (an outcome that waited for it can be computed now). */
  texts: number;
  /** The live co-drafting session of each shared proposal, by proposal id (`coDrafting`). */
  shared: Readonly<Record<string, SessionState>>;
}

/** A common proposal the coordinator's desk merged, to adopt into the contribution. */
export interface MergedProposal {
  number: string;
  edition: string;
  draft: Resolution;
  reasons: string;
  provenance: Provenance;
  /** The administrations supporting it (by default, the sources it was compiled from). */
  cosignatories: string[];
}

/** Where a new proposal is put, for the window to show it. */
export type Added = { ok: true; id: string } | { ok: false; error: string };

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface Memo {
  draft: Resolution;
  symbol: Proposal['symbol'];
  baseline: Resolution | null;
  moved: string;
  outcome: ProposalOutcome;
}

/**
 * The open contribution, owned by one plain object: its content, each proposal's engine outcome
 * (computed once per draft and read by every view), the adopted texts by edition and number, and
 * the document's life with the host (autosave, save, conflicts: {@link DocumentSync}). Views read
 * it through `useStore` and change it only with {@link apply}: edits in, state out. An edit names
 * its source, so a second source (a colleague's review, a live co-drafting provider) feeds the
 * same store as the editor does, and each view can tell its own edits from others'.
 */
export class ContributionStore {
  private readonly listeners = new Set<() => void>();
  private readonly texts: AdoptedTexts;
  private readonly sync: DocumentSync;
  private readonly memo = new Map<string, Memo>();
  /** Each proposal's live comparison with its adopted text: a new draft's outcome is updated from the last one's. */
  private readonly live = new Map<string, LiveComparison>();
  private readonly moved = new Map<string, readonly number[]>();
  private checkTimer: ReturnType<typeof setInterval> | null = null;
  private opening: Promise<void> | null = null;
  private state: ContributionState;
  /** The live co-drafting sessions of the shared proposals: the one place a room's edits come in from. */
  readonly coDrafting: CoDrafting;

  constructor(private readonly host: HostApi) {
    this.coDrafting = new CoDrafting({ proposal: (id) => this.proposal(id), proposalOn: (n) => this.proposalOn(n), apply: (edit, source) => this.apply(edit, source), newProposalId: newId, publish: (shared) => this.update({ shared }), servers: async () => (await this.host.getAppInfo()).coDraftingServers ?? [] });
    this.texts = new AdoptedTexts(host, () => this.update({ texts: this.state.texts + 1 }));
    this.sync = new DocumentSync(host, { content: () => this.state.content, publish: () => this.update({}), adopt: (doc) => this.adopt(doc) });
    this.state = {
      ...this.sync.state,
      content: null,
      generation: 0,
      lastSource: null,
      notice: null,
      recovered: null,
      fileNotices: null,
      edition: DEFAULT_EDITION_ID,
      resolutions: [],
      editions: [],
      texts: 0,
      shared: {},
    };
  }

  /** Subscribes to every change (`useSyncExternalStore`); returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The state now: the same object until something changes. */
  getState = (): ContributionState => this.state;

  private update(patch: Partial<ContributionState>): void {
    this.state = { ...this.state, ...patch, ...this.sync.state };
    for (const l of this.listeners) l();
  }

  /** Opens the session's document (or a new one) and the editions, once, and asks now and then for changes made elsewhere. */
  start(): Promise<void> {
    this.checkTimer ??= setInterval(() => void this.sync.check(), CHECK_MS);
    this.opening ??= (async () => {
      this.texts.editions().then((editions) => this.update({ editions }), () => undefined);
      try {
        const opened = (await this.host.restoreSession().catch(() => null)) ?? (await this.host.newContribution());
        this.adopt(opened);
      } catch (e) {
        this.sync.fail(messageOf(e));
      }
    })();
    return this.opening;
  }

  /** Stops the polling (the window goes). */
  dispose(): void {
    if (this.checkTimer) clearInterval(this.checkTimer);
    this.checkTimer = null;
    this.coDrafting.dispose();
  }

  /** A document the host returned becomes the open one: views start again on it. */
  adopt(doc: OpenDocument): void {
    const content = structuredClone(doc.contribution);
    this.sync.take(doc, content);
    this.memo.clear();
    this.live.clear();
    this.moved.clear();
    const named = content.proposals.find((p) => p.baseline !== null)?.baseline?.edition;
    this.update({ content, generation: this.state.generation + 1, lastSource: null, recovered: doc.recovered, fileNotices: doc.fileNotices?.length ? doc.fileNotices : null });
    this.chooseEdition(named ?? DEFAULT_EDITION_ID);
    for (const p of content.proposals) if (p.baseline) void this.texts.load(p.baseline).catch(() => undefined);
    this.coDrafting.resume(content.proposals);
  }

  /** Edits in: the content changes, the views follow, the host journals it within the autosave window. */
  apply(edit: ContributionEdit, source: EditSource = WINDOW_SOURCE): void {
    const content = this.state.content;
    if (!content) return;
    if (edit.type === 'draft' && edit.moved) this.moved.set(edit.proposalId, edit.moved);
    const next = applyEdit(content, edit);
    if (next === content) return;
    this.update({ content: next, lastSource: source });
    this.sync.edit();
    if (edit.type === 'removeProposal') this.coDrafting.forget(edit.proposalId);
    // a shared proposal's draft is written into its room by the editor bound to it; the rest of a change made here is carried
    if (source === CO_DRAFTING_SOURCE) return;
    if (edit.type === 'reasons' || edit.type === 'symbol') this.coDrafting.carry(edit.proposalId);
    if (edit.type === 'proposal') this.coDrafting.carry(edit.proposal.id);
  }

  /** A proposal of the open contribution. */
  proposal(id: string): Proposal | undefined {
    return this.state.content?.proposals.find((p) => p.id === id);
  }

  /** The adopted text of `ref` once read (it is read now if it is not); undefined meanwhile. */
  baseline(ref: ProposalBaseline): Resolution | undefined {
    const found = this.texts.baseline(ref);
    if (!found) this.texts.load(ref).catch((e: unknown) => this.sync.fail(t('store.loadFailed', { n: ref.number, edition: ref.edition, reason: messageOf(e) })));
    return found;
  }

  /** The adopted text of `ref`, read when needed. */
  loadBaseline(ref: ProposalBaseline): Promise<Resolution> {
    return this.texts.load(ref);
  }

  /** Whether an edition holds a resolution of that number (undefined while its list is read). */
  holds(edition: string, number: string): boolean | undefined {
    return this.texts.holds(edition, number);
  }

  /** The editions as the citation checks read them. */
  knownEditions(): ReturnType<AdoptedTexts['knownEditions']> {
    return this.texts.knownEditions();
  }

  /**
   * The engine's outcome of a proposal as it stands (symbol, change set, counted changes, view),
   * computed once per draft; null while its adopted text is being read.
   */
  outcomeOf(id: string): ProposalOutcome | null {
    const p = this.proposal(id);
    return p ? this.outcome(p, p.draft, this.moved.get(id)) : null;
  }

  /**
   * The outcome of a draft an editor holds before it is applied (it will be: the editor's next
   * edit carries the same draft object, so the outcome is computed once). `moved`: the draft lines
   * the delegate moved, the engine's hint for a tie.
   */
  outcomeFor(id: string, draft: Resolution, moved?: readonly number[]): ProposalOutcome | null {
    const p = this.proposal(id);
    if (!p) return null;
    if (moved) this.moved.set(id, moved);
    return this.outcome(p, draft, moved ?? this.moved.get(id));
  }

  private outcome(p: Proposal, draft: Resolution, moved: readonly number[] | undefined): ProposalOutcome | null {
    const baseline = p.baseline ? this.baseline(p.baseline) : null;
    if (baseline === undefined) return null;
    const key = moved?.join(',') ?? '';
    const hit = this.memo.get(p.id);
    if (hit && hit.draft === draft && hit.symbol === p.symbol && hit.baseline === baseline && hit.moved === key) return hit.outcome;
    let live = this.live.get(p.id);
    if (baseline && live?.baseline !== baseline) this.live.set(p.id, (live = new LiveComparison(baseline)));
    const outcome = proposalOutcome({ symbol: p.symbol, baseline, draft }, { moved, live });
    this.memo.set(p.id, { draft, symbol: p.symbol, baseline, moved: key, outcome });
    return outcome;
  }

  /** The draft lines the delegate moved in a proposal, as its editor last told (the engine's hint for a tie). */
  movedOf(id: string): readonly number[] {
    return this.moved.get(id) ?? [];
  }

  /** The edition the window drafts against: its resolutions are listed, new proposals name it. */
  chooseEdition(edition: string): void {
    this.update({ edition, resolutions: edition === this.state.edition ? this.state.resolutions : [] });
    this.texts.resolutions(edition).then(
      (resolutions) => this.state.edition === edition && this.update({ resolutions }),
      (e: unknown) => this.sync.fail(messageOf(e)),
    );
  }

  /** The proposal on resolution `number` of the contribution, if any (one per resolution). */
  proposalOn(number: string): Proposal | undefined {
    return this.state.content?.proposals.find((p) => p.baseline?.number === number);
  }

  private add(proposal: Proposal): string {
    this.apply({ type: 'addProposal', proposal });
    return proposal.id;
  }

  /** A proposal on resolution `number` of the chosen edition, its draft the adopted text (`suppress`: SUP). */
  async startProposal(number: string, suppress: boolean): Promise<string | null> {
    const ref = { edition: this.state.edition, number };
    try {
      const draft = structuredClone(await this.texts.load(ref));
      return this.add({ id: newId(), baseline: ref, symbol: suppress ? 'SUP' : 'auto', draft, reasons: '' });
    } catch (e) {
      this.sync.fail(t('store.startFailed', { n: number, reason: messageOf(e) }));
      return null;
    }
  }

  /** A draft new resolution from the template, for the contribution's target conference. */
  newDraft(): string | null {
    const content = this.state.content;
    if (!content) return null;
    const serial = content.proposals.filter((p) => p.baseline === null).length + 1;
    return this.add({ id: newId(), baseline: null, symbol: 'auto', draft: draftSkeleton(content.settings, serial), reasons: '' });
  }

  /**
   * An imported text as a draft: a proposal on the resolution of the chosen edition its number line
   * names, else a draft new resolution. Refused when the contribution has a proposal on it already.
   */
  importDraft(draft: Resolution): Added {
    const named = resolutionNumberOf(draft.numberLine);
    const number = named && this.state.resolutions.some((r) => r.number === named) ? named : null;
    if (number && this.proposalOn(number)) {
      return { ok: false, error: t('store.hasProposalImported', { n: number }) };
    }
    return { ok: true, id: this.add({ id: newId(), baseline: number ? { edition: this.state.edition, number } : null, symbol: 'auto', draft, reasons: '' }) };
  }

  /**
   * The coordinator's merged draft as a common proposal with its provenance and co-signatories.
   * When the contribution has a proposal on the resolution already, it is refused unless `replace`
   * (the delegate confirmed): then a named version records the contribution first, and the merge
   * takes that proposal's place.
   */
  async adoptMerged(m: MergedProposal, replace: boolean): Promise<Added> {
    const existing = this.proposalOn(m.number);
    if (existing && !replace) return { ok: false, error: t('store.hasProposal', { n: m.number }) };
    const proposal: Proposal = { id: existing?.id ?? newId(), baseline: { edition: m.edition, number: m.number }, symbol: 'auto', draft: m.draft, reasons: m.reasons, provenance: m.provenance, status: 'common' };
    if (m.cosignatories.length) proposal.cosignatories = m.cosignatories;
    if (!existing) return { ok: true, id: this.add(proposal) };
    if (!(await this.createVersion(t('store.beforeAdopt', { n: m.number })))) return { ok: false, error: t('carry.notRecorded') };
    this.apply({ type: 'proposal', proposal });
    return { ok: true, id: existing.id };
  }

  /** The contribution's settings changed (a dialog). */
  setSettings(settings: ContributionSettings): void {
    this.apply({ type: 'settings', settings });
  }

  /** Sends pending edits and waits for the host's answer. */
  flush(): Promise<void> {
    return this.sync.flush();
  }

  /** The page is going away: what is not sent goes now. */
  flushOnLeave(): void {
    this.sync.flushOnLeave();
  }

  /** Asks now whether the document changed elsewhere (the window came back to the front). */
  checkNow(): Promise<void> {
    return this.sync.check();
  }

  /** Whether leaving the document (New, Open) loses edits not saved to its file: pending edits are sent first. */
  async hasUnsavedEdits(): Promise<boolean> {
    await this.sync.flush();
    return this.state.doc?.dirty ?? false;
  }

  save(after?: () => Promise<void>): Promise<void> {
    return this.sync.save(after);
  }

  saveAs(): Promise<void> {
    return this.sync.saveAs();
  }

  answerSaveName(name: string, overwrite: boolean): Promise<void> {
    return this.sync.answerSaveName(name, overwrite);
  }

  cancelSaveName(): void {
    this.sync.cancelSaveName();
  }

  reloadTheirs(): Promise<void> {
    return this.sync.reloadTheirs();
  }

  keepMineAsCopy(): Promise<void> {
    return this.sync.keepMineAsCopy();
  }

  theirs(): Promise<ContributionContent> {
    return this.sync.theirs();
  }

  /** Runs a host operation on the document that returns another state of it (open, new, restore a version), adopting the result; errors are shown. */
  async replaceWith(open: () => Promise<OpenDocument | null>): Promise<OpenDocument | null> {
    try {
      const doc = await open();
      if (doc) this.adopt(doc);
      return doc;
    } catch (e) {
      this.sync.fail(messageOf(e));
      return null;
    }
  }

  /** The open document's id in the host, or null while it opens. */
  get docId(): string | null {
    return this.sync.id;
  }

  /** Records a named version of the proposals (in the file on the next save); false when it could not be (the error is shown). */
  async createVersion(name: string): Promise<boolean> {
    const id = this.sync.id;
    if (!id) return false;
    try {
      await this.sync.flush();
      await this.host.createVersion(id, name);
      this.update({ notice: t('store.versionRecorded', { name }) });
      return true;
    } catch (e) {
      this.sync.fail(messageOf(e));
      return false;
    }
  }

  /** A message for the user (About); `null` dismisses it. */
  tell(notice: string | null): void {
    this.update({ notice });
  }

  /** An error for the user; `null` dismisses it. */
  fail(error: string | null): void {
    this.sync.fail(error);
  }

  /** The recovery and file-reading notices are dismissed. */
  dismissOpenNotices(which: 'recovered' | 'fileNotices'): void {
    this.update(which === 'recovered' ? { recovered: null } : { fileNotices: null });
  }
}
