// -------------------------------------------------------------------------------------------------
// SECURITY: the sandboxed preload (built as CommonJS: an ESM preload fails under sandbox: true).
// It exposes exactly the HostApi through contextBridge, each method a fixed ipcRenderer.invoke
// channel. Never expose ipcRenderer itself or a generic send(channel, ...).
// -------------------------------------------------------------------------------------------------
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostApi, HostCommand } from '../../shared/host/hostApi';
import { COMMAND_CHANNEL, HOST_METHODS, ipcChannel } from '../../shared/host/hostMethods';

/** Electron prefixes remote errors with "Error invoking remote method '…': Error: "; keep the user's message. */
function cleanError(e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  return new Error(msg.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, ''));
}

const api: Record<string, unknown> = {};
for (const method of HOST_METHODS) {
  const channel = ipcChannel(method);
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args).catch((e: unknown) => Promise.reject(cleanError(e)));
}
api.onCommand = (listener: (command: HostCommand) => void) => {
  const wrapped = (_event: IpcRendererEvent, command: HostCommand) => listener(command);
  ipcRenderer.on(COMMAND_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('resdraftHost', api as unknown as HostApi);
