import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { syncBeforeUpdates } from '../../shared/collab/syncBeforeUpdates';
import { AWARENESS_USER, isRoomRefusal, participantsOf, type Participant } from '../../shared/collab/roomApi';
import { draftFragment, readSharedProposal, updateSharedProposal, type SharedProposal } from '../../shared/collab/sharedProposal';
import type { Invite } from '../../shared/collab/invite';
import { lineAuthors, recordParticipant } from '../../shared/collab/participantNames';
import { t } from '../app/uiLanguage';

const STRINGS = {
  refused: (reason: string): string => t('coDrafting.refused', { reason }),
};

/** Where a shared proposal's connection stands. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** What the window shows of a shared proposal's session; a new object after every change. */
export interface SessionState {
  status: ConnectionStatus;
  /** The room's first content has arrived (from this machine's copy on disk or from the server). */
  loaded: boolean;
  /** Edits made here that the server has not acknowledged yet (made offline, or on their way). */
  waiting: number;
  participants: Participant[];
  /** Why the server refused, when it did. */
  refusal: string | null;
}

/** The longest wait between two attempts to reach the server again. */
const MAX_RETRY_MS = 4000;

/**
 * One shared proposal's live session: the room's Yjs document, kept on this machine's disk
 * (IndexedDB, through `y-indexeddb`: in the browser host the page's storage, in the desktop app
 * Electron's renderer storage in the app's data folder), kept in sync with the room by the
 * Hocuspocus provider when there is a connection, the participants' awareness, and how many of
 * this participant's edits wait for the server. Edits made offline stay on disk and merge when the
 * connection returns (Yjs merges them). Owned by the store (`renderer/store/coDrafting.ts`); the
 * editor binds to its document with TipTap's Collaboration extension.
 */
export class CoDraftingSession {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  /** The room's copy on this machine; none where the page has no IndexedDB (the store's tests in Node). */
  private readonly disk: IndexeddbPersistence | null;
  private readonly listeners = new Set<() => void>();
  private state: SessionState;
  private serverSynced = false;

  constructor(
    readonly invite: Invite,
    readonly name: string,
    /** Whether the invite's token edits (a reader writes nothing, not even its name). */
    readonly canEdit: boolean,
    /** Edits waiting when the session was last left (kept beside the invite), shown until the server acknowledges them. */
    waiting: number,
    private readonly onWaiting: (waiting: number) => void,
  ) {
    this.state = { status: 'connecting', loaded: false, waiting, participants: [], refusal: null };
    this.disk = typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(`resdraft-room-${invite.room}`, this.doc);
    this.socket = new HocuspocusProviderWebsocket({ url: invite.server, maxDelay: MAX_RETRY_MS });
    syncBeforeUpdates(this.socket);
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: invite.room, token: invite.token, document: this.doc });
    this.provider.attach();
    this.provider.setAwarenessField(AWARENESS_USER, { name, hue: hueOf(name) });
    void this.disk?.whenSynced.then(() => this.set({ loaded: true }));
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider || (this.disk && origin === this.disk)) return;
      // an edit of this participant: it waits until the server has acknowledged it
      this.set({ waiting: this.state.waiting + 1 });
    });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.set({ status: this.serverSynced ? 'online' : 'connecting' });
      else if (status === 'disconnected' && this.state.status !== 'refused') {
        this.serverSynced = false;
        this.set({ status: 'offline' });
      }
    });
    this.provider.on('synced', () => {
      this.serverSynced = true;
      if (canEdit) recordParticipant(this.doc, name);
      this.set({ status: 'online', loaded: true });
      this.settleWaiting();
    });
    this.provider.on('unsyncedChanges', () => this.settleWaiting());
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.set({ status: 'refused', refusal: STRINGS.refused(isRoomRefusal(reason) ? reason : 'unknown') }));
    this.provider.on('awarenessChange', () => this.set({ participants: participantsOf(this.provider.awareness?.getStates() ?? new Map()) }));
  }

  /** Once connected and synced with nothing unacknowledged, nothing of this participant waits any more. */
  private settleWaiting(): void {
    if (this.serverSynced && !this.provider.hasUnsyncedChanges && this.state.waiting > 0) this.set({ waiting: 0 });
  }

  private set(patch: Partial<SessionState>): void {
    const waitingChanged = patch.waiting !== undefined && patch.waiting !== this.state.waiting;
    this.state = { ...this.state, ...patch };
    if (waitingChanged) this.onWaiting(this.state.waiting);
    for (const l of this.listeners) l();
  }

  /** Subscribes to every change of the session's state; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The session's state now: the same object until something changes. */
  getState = (): SessionState => this.state;

  /** Brings the room to a proposal changed in this window outside the shared draft's editor (the least change: `updateSharedProposal`). */
  update(proposal: SharedProposal): void {
    updateSharedProposal(this.doc, proposal);
  }

  /** The shared proposal as it stands in the document. */
  proposal(): SharedProposal {
    return readSharedProposal(this.doc);
  }

  /** Who wrote a line of the draft (its editor block index): the participants whose edits make it up. */
  authorsOfLine(index: number): string[] {
    return lineAuthors(this.doc, draftFragment(this.doc), index);
  }

  /** Leave the room (this machine's copy stays on disk). */
  leave(): void {
    this.provider.destroy();
    this.socket.destroy();
    void this.disk?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}

/** How many caret colours there are (`rd-peer-0` … in sharedDocument.css). */
export const HUES = 8;

/** A participant's caret colour, the same for a name everywhere. */
function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % HUES;
}
