import { useEffect } from 'react';
import { commandsIn, allKeysOf, type WindowCommandId } from '../../shared/commands/commandTable';
import { chordMatches, isPrintable, type Chord } from '../../shared/commands/keys';
import type { HostApi, HostCommand } from '../../shared/host/hostApi';
import type { CommandRegistry } from './commandRegistry';

/** Commands that still run while a dialog is open over the window (one that asks a question stops them too). */
const UNDER_DIALOGS = new Set<WindowCommandId>(['save', 'saveAs', 'createVersion', 'open']);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** The window commands bound to keys, each key once: built from the command table. */
const WINDOW_KEYS: { id: WindowCommandId; chord: Chord }[] = commandsIn('window').flatMap((c) => allKeysOf(c.id).map((chord) => ({ id: c.id as WindowCommandId, chord })));

/**
 * The page's key handling and the host's commands, both from the command table: a key of a window
 * command runs it, unless the host's own menus take that key (`AppInfo.menuKeys`: the page asks
 * the host, never which host it is) or an editor already answered it; a host command (a menu item,
 * a file to open, the window closing) runs the same handler. `other` performs the host commands
 * that are no window command (About, closing).
 */
export function useCommandKeys(host: HostApi, registry: CommandRegistry, other: (command: HostCommand) => void): void {
  useEffect(() => {
    let menuKeys: readonly Chord[] | null = null;
    let disposed = false;
    host.getAppInfo().then(
      (info) => (menuKeys = info.menuKeys ?? []),
      () => (menuKeys = []),
    );
    const onKey = (e: KeyboardEvent): void => {
      // until the host has answered, its menus may take any key: the page takes none
      if (disposed || menuKeys === null || e.defaultPrevented) return;
      const taken = menuKeys;
      const hit = WINDOW_KEYS.find(({ id, chord }) => !taken.includes(chord) && chordMatches(chord, e) && !(isPrintable(chord) && typingIn(e.target)) && registry.has(id));
      if (!hit || document.querySelector('dialog[open][data-blocking]')) return;
      if (!UNDER_DIALOGS.has(hit.id) && document.querySelector('dialog[open]')) return;
      e.preventDefault();
      registry.run(hit.id);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = host.onCommand((command) => {
      if (command.type === 'about' || command.type === 'closeRequested') other(command);
      else registry.run(command.type, command.type === 'open' ? command.path : undefined);
    });
    return () => {
      disposed = true;
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [host, registry, other]);
}
