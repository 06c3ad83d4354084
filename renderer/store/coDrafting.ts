import type { Proposal } from '../../shared/contribution/schema';
import { formatInvite, parseInvite, type Invite } from '../../shared/collab/invite';
import type { SharedProposal } from '../../shared/collab/sharedProposal';
import type { CoDraftingSession, SessionState } from '../collab/coDraftingSession';
import { createRoom, roomAccess, roomServer, roomVersions, saveRoomVersion, type RoomServer } from '../collab/roomHttp';
import type { RoomVersionInfo } from '../../shared/collab/roomApi';
import type { ContributionEdit, EditSource } from './contributionEdit';
import { t } from '../app/uiLanguage';

const STRINGS = {
  get readOnlyInvite() {
    return t('coDrafting.readOnlyInvite');
  },
  get joinedAlready() {
    return t('coDrafting.joinedAlready');
  },
  onResolution: (number: string): string => t('coDrafting.onResolution', { number }),
  notAllowed: (server: string, allowed: string): string => (allowed ? t('coDrafting.notAllowed', { server, allowed }) : t('coDrafting.noServers', { server })),
  get notLoaded() {
    return t('coDrafting.notLoaded');
  },
};

/** The source of the edits that come from a shared proposal's document (a colleague's, or this window's editor through it). */
export const CO_DRAFTING_SOURCE: EditSource = { name: 'the co-drafting room' };

/** The co-drafting code (Yjs, its provider, IndexedDB): not in the window's first bundle, loaded when a proposal is first shared, joined or reopened shared. */
const sessionCode = (): Promise<typeof import('../collab/coDraftingSession')> => import('../collab/coDraftingSession');

/** How long an invite made here lasts: 30 days. */
const INVITE_SECONDS = 30 * 24 * 3600;
/** How long to wait for a room's first content. */
const LOAD_MS = 15_000;

/** What is kept on this machine of a shared proposal: the invite that opens it, and the edits that wait for the server. */
interface Link {
  invite: string;
  name: string;
  canEdit: boolean;
  waiting: number;
}

/** Where the links and the participant's name are kept (the page's storage: in the desktop app, Electron's in the data folder). */
const LINKS_KEY = 'resdraft.coDrafting.links';
const NAME_KEY = 'resdraft.coDrafting.name';

/** The two invites of a room made from a proposal. */
export interface Invites {
  edit: string;
  read: string;
  expires: string;
}

/** What the co-drafting part of the store needs of the store. */
export interface CoDraftingHost {
  proposal(id: string): Proposal | undefined;
  /** The proposal the contribution has on a resolution, if any (one per resolution). */
  proposalOn(number: string): Proposal | undefined;
  apply(edit: ContributionEdit, source: EditSource): void;
  newProposalId(): string;
  publish(shared: Readonly<Record<string, SessionState>>): void;
  /** The co-drafting servers the host lets the page connect to. */
  servers(): Promise<string[]>;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The store's live co-drafting sessions, one per shared proposal (keyed by the proposal's id). A
 * session's document is the proposal: every change of it (a colleague's edit, or this window's
 * editor, which is bound to the document) goes into the store as an edit from
 * {@link CO_DRAFTING_SOURCE}, read by the one reader of lines (`shared/collab/readLines.ts`), so
 * the engine's marks are computed from the shared draft here as for any proposal. The invites are
 * kept on this machine, so a shared proposal opens its room again after a reload.
 */
export class CoDrafting {
  private readonly sessions = new Map<string, CoDraftingSession>();
  /** Proposals whose session is being opened (its code is loading). */
  private readonly opening = new Set<string>();
  private disposed = false;
  private states: Record<string, SessionState> = {};

  constructor(private readonly host: CoDraftingHost) {}

  /** The session of a shared proposal, if it is one. */
  session(proposalId: string): CoDraftingSession | undefined {
    return this.sessions.get(proposalId);
  }

  /** The name this participant joins with, if given before. */
  participantName(): string {
    return storage()?.getItem(NAME_KEY) ?? '';
  }

  private links(): Record<string, Link> {
    try {
      return JSON.parse(storage()?.getItem(LINKS_KEY) ?? '{}') as Record<string, Link>;
    } catch {
      return {};
    }
  }

  private saveLink(proposalId: string, link: Link | null): void {
    const links = this.links();
    if (link) links[proposalId] = link;
    else delete links[proposalId];
    storage()?.setItem(LINKS_KEY, JSON.stringify(links));
  }

  /** Opens the rooms of the shared proposals of a contribution just adopted; leaves those of proposals it no longer has. */
  resume(proposals: readonly Proposal[]): void {
    const ids = new Set(proposals.map((p) => p.id));
    for (const [id, session] of this.sessions) {
      if (ids.has(id)) continue;
      session.leave();
      this.sessions.delete(id);
    }
    for (const [id, link] of Object.entries(this.links())) {
      const invite = parseInvite(link.invite);
      if (!ids.has(id) || this.sessions.has(id) || this.opening.has(id) || 'error' in invite) continue;
      this.opening.add(id);
      void this.open(id, invite, link)
        .then((session) => {
          // the proposal left the contribution while the code loaded: its room is left again
          if (!this.host.proposal(id)) {
            session.leave();
            this.sessions.delete(id);
          }
          this.publishAll();
        })
        .catch((e: unknown) => console.error(`co-drafting: the room of proposal ${id} could not be opened`, e))
        .finally(() => this.opening.delete(id));
    }
    this.publishAll();
  }

  private async open(proposalId: string, invite: Invite, link: Link): Promise<CoDraftingSession> {
    const { CoDraftingSession } = await sessionCode();
    if (this.disposed) throw new Error('The window is closing.');
    const session = new CoDraftingSession(invite, link.name, link.canEdit, link.waiting, (waiting) => {
      const known = this.links()[proposalId];
      if (known) this.saveLink(proposalId, { ...known, waiting });
    });
    this.sessions.set(proposalId, session);
    let last: SharedProposal | null = null;
    const take = (): void => {
      if (!session.getState().loaded || !this.host.proposal(proposalId)) return;
      const now = session.proposal();
      if (now.draft !== last?.draft) this.host.apply({ type: 'draft', proposalId, draft: now.draft }, CO_DRAFTING_SOURCE);
      if (now.reasons !== last?.reasons) this.host.apply({ type: 'reasons', proposalId, reasons: now.reasons }, CO_DRAFTING_SOURCE);
      if (now.symbol !== last?.symbol) this.host.apply({ type: 'symbol', proposalId, symbol: now.symbol }, CO_DRAFTING_SOURCE);
      last = now;
    };
    session.doc.on('update', take);
    session.subscribe(() => {
      if (this.states[proposalId] !== session.getState()) {
        take();
        this.publishAll();
      }
    });
    return session;
  }

  private publishAll(): void {
    const next: Record<string, SessionState> = {};
    for (const [id, session] of this.sessions) next[id] = session.getState();
    this.states = next;
    this.host.publish(next);
  }

  /** The servers the page may connect to, the first one first (the share dialog proposes it). */
  servers(): Promise<string[]> {
    return this.host.servers();
  }

  private async allowed(server: RoomServer): Promise<void> {
    const servers = await this.host.servers();
    if (!servers.includes(server.ws)) throw new Error(STRINGS.notAllowed(server.given, servers.join(', ')));
  }

  private rememberName(name: string): void {
    storage()?.setItem(NAME_KEY, name);
  }

  /**
   * Shares a proposal: makes a room from it on the server (`POST /rooms`, as `resdraft room
   * create` does), opens it here with the edit token, and gives the two invites to copy.
   */
  async share(proposalId: string, serverText: string, name: string): Promise<Invites> {
    const p = this.host.proposal(proposalId);
    if (!p) throw new Error('The proposal is no longer in the contribution.');
    const server = roomServer(serverText);
    await this.allowed(server);
    const answer = await createRoom(server, { proposal: { draft: p.draft, baseline: p.baseline, symbol: p.symbol, reasons: p.reasons }, expiresInSeconds: INVITE_SECONDS });
    this.rememberName(name);
    const edit = formatInvite({ server: server.ws, room: answer.room, token: answer.edit });
    const link: Link = { invite: edit, name, canEdit: true, waiting: 0 };
    this.saveLink(proposalId, link);
    await this.open(proposalId, { server: server.ws, room: answer.room, token: answer.edit }, link);
    this.publishAll();
    return { edit, read: formatInvite({ server: server.ws, room: answer.room, token: answer.read }), expires: answer.expires };
  }

  /**
   * Joins a room with an invite: the shared proposal becomes a proposal of the contribution (once
   * its content has arrived); resolves to its id, or rejects with a message for the user.
   */
  async join(inviteText: string, name: string): Promise<{ id: string; notice: string | null }> {
    const invite = parseInvite(inviteText);
    if ('error' in invite) throw new Error(invite.error);
    for (const link of Object.values(this.links())) {
      const known = parseInvite(link.invite);
      if (!('error' in known) && known.room === invite.room && known.server === invite.server && [...this.sessions.values()].some((s) => s.invite.room === invite.room)) throw new Error(STRINGS.joinedAlready);
    }
    const server = roomServer(invite.server);
    await this.allowed(server);
    const access = await roomAccess(server, invite.room, invite.token);
    this.rememberName(name);
    const id = this.host.newProposalId();
    const link: Link = { invite: formatInvite(invite), name, canEdit: access.role === 'edit', waiting: 0 };
    const session = await this.open(id, invite, link);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(session.getState().refusal ?? STRINGS.notLoaded));
      }, LOAD_MS);
      const check = (): void => {
        const s = session.getState();
        if (s.status === 'refused') {
          clearTimeout(timer);
          stop();
          reject(new Error(s.refusal ?? STRINGS.notLoaded));
        } else if (s.status === 'online') {
          clearTimeout(timer);
          stop();
          resolve();
        }
      };
      const stop = session.subscribe(check);
      check();
    }).catch((e: unknown) => {
      session.leave();
      this.sessions.delete(id);
      this.publishAll();
      throw e;
    });
    const shared = session.proposal();
    if (shared.baseline && this.host.proposalOn(shared.baseline.number)) {
      session.leave();
      this.sessions.delete(id);
      this.publishAll();
      throw new Error(STRINGS.onResolution(shared.baseline.number));
    }
    this.saveLink(id, link);
    this.host.apply({ type: 'addProposal', proposal: { id, baseline: shared.baseline, symbol: shared.symbol, draft: shared.draft, reasons: shared.reasons } }, CO_DRAFTING_SOURCE);
    this.publishAll();
    return { id, notice: access.role === 'edit' ? null : STRINGS.readOnlyInvite };
  }

  /**
   * A shared proposal changed in this window outside the shared draft's editor (its reasons, its
   * symbol, the proposal replaced whole): the room is brought to it, so that the colleagues see it
   * and the room's next update does not bring the old value back. A reader's window changes
   * nothing in the room; nor does one whose room has not loaded yet.
   */
  carry(proposalId: string): void {
    const session = this.sessions.get(proposalId);
    const p = this.host.proposal(proposalId);
    if (!session || !p || !session.canEdit || !session.getState().loaded) return;
    session.update({ draft: p.draft, baseline: p.baseline, symbol: p.symbol, reasons: p.reasons });
  }

  /** The room's named versions (oldest first). */
  versions(proposalId: string): Promise<RoomVersionInfo[]> {
    const session = this.sessions.get(proposalId);
    if (!session) return Promise.resolve([]);
    return roomVersions(roomServer(session.invite.server), session.invite.room, session.invite.token);
  }

  /** Keeps the room as it stands under a name. */
  saveVersion(proposalId: string, name: string): Promise<RoomVersionInfo> {
    const session = this.sessions.get(proposalId);
    if (!session) return Promise.reject(new Error('The proposal is not shared.'));
    return saveRoomVersion(roomServer(session.invite.server), session.invite.room, session.invite.token, name, session.name);
  }

  /** A proposal left the contribution (discarded): its room is left, and forgotten on this machine. */
  forget(proposalId: string): void {
    const session = this.sessions.get(proposalId);
    if (!session) return;
    session.leave();
    this.sessions.delete(proposalId);
    this.saveLink(proposalId, null);
    this.publishAll();
  }

  /** Leaves every room (the window goes). */
  dispose(): void {
    this.disposed = true;
    for (const session of this.sessions.values()) session.leave();
    this.sessions.clear();
  }
}
