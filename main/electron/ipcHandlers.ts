// -------------------------------------------------------------------------------------------------
// SECURITY: every IPC call is checked twice before it reaches a service: the sender must be the
// top frame of our own app:// page (not an iframe, not a navigated-away page), and the arguments
// must match the method's schema exactly (see ../host/hostArgs.ts). Do not add unchecked channels.
// This file imports Electron types only, so tests can exercise it without Electron.
// -------------------------------------------------------------------------------------------------
import type { IpcMainInvokeEvent } from 'electron';
import { HOST_METHODS, ipcChannel, type InvokableMethod } from '../../shared/host/hostMethods';
import type { HostHandler } from '../host/hostHandlers';
import { isAppUrl } from './appOrigin';

/** The part of an IPC event the sender check reads. */
export type SenderInfo = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Refused IPC call: the sender is not our app page. */
export class UntrustedSenderError extends Error {
  constructor(method: string, url: string) {
    super(`Refused ${method}: the caller (${url || 'unknown frame'}) is not the Resolution Drafter window`);
    this.name = 'UntrustedSenderError';
  }
}

/** Whether an IPC event comes from the top frame of our `app://resdraft/` page. */
export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** The `ipcMain.handle` listener of one method: sender check, then the validating handler. */
export function ipcListener(method: InvokableMethod, handler: HostHandler) {
  return async (event: SenderInfo, ...args: unknown[]): Promise<unknown> => {
    if (!isTrustedSender(event)) throw new UntrustedSenderError(method, event.senderFrame?.url ?? '');
    return handler(args);
  };
}

/** The subset of `ipcMain` used to register handlers. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Registers exactly one checked handler per host method; returns the channels registered. */
export function registerHostIpc(ipc: IpcRegistrar, handlers: Record<InvokableMethod, HostHandler>): string[] {
  return HOST_METHODS.map((method) => {
    const channel = ipcChannel(method);
    ipc.handle(channel, ipcListener(method, handlers[method]));
    return channel;
  });
}
