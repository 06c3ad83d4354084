import { useEffect, useRef } from 'react';
import type { HostApi, HostCommand } from '../../shared/host/hostApi';
import { commandForKey } from './shortcuts';

/** What the window does for each host command (menus, file association, window close). */
export interface CommandHandlers {
  save(): Promise<void>;
  saveAs(): Promise<void>;
  createVersion(): Promise<void>;
  newDocument(): Promise<void>;
  openDocument(path?: string): Promise<void>;
  /** Flush pending edits, then let the host close the window. */
  close(): Promise<void>;
  about(): Promise<void>;
}

function perform(h: CommandHandlers, command: HostCommand): Promise<void> {
  switch (command.type) {
    case 'save':
      return h.save();
    case 'saveAs':
      return h.saveAs();
    case 'createVersion':
      return h.createVersion();
    case 'new':
      return h.newDocument();
    case 'open':
      return h.openDocument(command.path);
    case 'closeRequested':
      return h.close();
    case 'about':
      return h.about();
  }
}

/**
 * Subscribes to the host's commands for the lifetime of the window; errors go to `onError`.
 * Where the host has no menus (the browser host, tests), the same commands' shortcuts
 * (Ctrl+S, Ctrl+Shift+S, Ctrl+Alt+S, Ctrl+O) are handled in the page.
 */
export function useHostCommands(host: HostApi, handlers: CommandHandlers, onError: (message: string) => void): void {
  const current = useRef(handlers);
  current.current = handlers;
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    const run = (command: HostCommand): void => {
      perform(current.current, command).catch((e: unknown) => report.current(e instanceof Error ? e.message : String(e)));
    };
    const unsubscribe = host.onCommand(run);
    let menus = false;
    let disposed = false;
    void host.getAppInfo().then(
      (info) => {
        menus = info.host === 'electron';
      },
      () => undefined,
    );
    const onKey = (e: KeyboardEvent): void => {
      if (menus || disposed || e.defaultPrevented) return;
      const command = commandForKey(e);
      if (!command) return;
      // not while the window asks a question (a name, whether to leave)
      if (document.querySelector('dialog[open][data-blocking]')) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      disposed = true;
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [host]);
}
