// -------------------------------------------------------------------------------------------------
// SECURITY: what a page may make the app do outside itself. Downloads are refused outright (the app
// never downloads; a page that starts one is not ours or is misbehaving). A link leaves the app for
// the system browser or mail client only right after the user clicked or pressed a key in that
// page (a user activation, as browsers require for pop-ups), one link per activation, and only
// https: or mailto: (checked by the caller). Do not relax.
// This file imports Electron types only, so tests can exercise it without Electron.
// -------------------------------------------------------------------------------------------------
import type { DownloadItem, Event, HandlerDetails, InputEvent, WebContents } from 'electron';

/** Input events that are a user's own action in the page (Chromium's activation-triggering events). */
const ACTIVATING = new Set<InputEvent['type']>(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'char', 'gestureTap', 'touchEnd', 'pointerDown', 'pointerUp']);

/** How long a click or key press lets a link open: Chromium's transient user activation (5 s). */
export const ACTIVATION_MS = 5000;

/**
 * The user activation of one page, as the main process sees its input events: set by a click, a
 * key press or a tap, used up by the first link it opens, and gone after {@link ACTIVATION_MS}.
 */
export class UserActivation {
  private at = -Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  /** Records an input event sent to the page. */
  note(type: InputEvent['type']): void {
    if (ACTIVATING.has(type)) this.at = this.now();
  }

  /** Whether the user acted in the page just now; the activation is used up either way. */
  consume(): boolean {
    const fresh = this.now() - this.at <= ACTIVATION_MS;
    this.at = -Infinity;
    return fresh;
  }
}

/** The parts of a WebContents the guards use. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const activations = new WeakMap<object, UserActivation>();

/**
 * Guards one page: its input events feed its {@link UserActivation}; a new window it asks for is
 * always denied, and its URL goes to `openExternal` only when the user just clicked (or pressed a
 * key) in the page. Returns the page's activation.
 */
export function guardPageLinks(contents: GuardedContents, openExternal: (url: string) => Promise<void>, activation = new UserActivation()): UserActivation {
  activations.set(contents, activation);
  contents.on('input-event', (_event: Event, input: InputEvent) => activation.note(input.type));
  contents.setWindowOpenHandler(({ url }: HandlerDetails) => {
    if (activation.consume()) openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  return activation;
}

/** A link the page asked to open without the user's click or key press; nothing was opened. */
export class NoUserActivationError extends Error {
  constructor() {
    super('A link opens only when you click it: nothing was opened.');
    this.name = 'NoUserActivationError';
  }
}

/**
 * The host API's `openExternal` for one page: opens `url` (via `openExternal`, which checks it is
 * https: or mailto:) only right after a click or key press in that page, else rejects.
 */
export async function openFromPage(contents: object, url: string, openExternal: (url: string) => Promise<void>): Promise<void> {
  if (!activations.get(contents)?.consume()) throw new NoUserActivationError();
  await openExternal(url);
}

/** The part of a Session that downloads go through. */
export interface DownloadingSession {
  on(event: 'will-download', listener: (event: Event, item: DownloadItem, webContents: WebContents) => void): unknown;
}

/** Refuses every download a page starts (the app never downloads anything). */
export function refuseDownloads(session: DownloadingSession): void {
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
}
