import { useEffect, useRef } from 'react';
import type { HostApi } from '../../shared/host/hostApi';

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

/** Subscribes to the host's commands for the lifetime of the window; errors go to `onError`. */
export function useHostCommands(host: HostApi, handlers: CommandHandlers, onError: (message: string) => void): void {
  const current = useRef(handlers);
  current.current = handlers;
  const report = useRef(onError);
  report.current = onError;
  useEffect(
    () =>
      host.onCommand((command) => {
        const h = current.current;
        const run = (): Promise<void> => {
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
        };
        run().catch((e: unknown) => report.current(e instanceof Error ? e.message : String(e)));
      }),
    [host],
  );
}
