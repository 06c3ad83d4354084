import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, HOST_METHODS } from '../../shared/host/hostMethods';

const exposed: Record<string, unknown> = {};
// a plain function, not vi.fn(): vitest reports a vi.fn's rejected promise as a failure of its own
let invokeImpl: (...a: unknown[]) => Promise<unknown> = async () => undefined;
const invokeCalls: unknown[][] = [];
const invoke = (...a: unknown[]) => {
  invokeCalls.push(a);
  return invokeImpl(...a);
};
const listeners = new Map<string, (...a: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...a: unknown[]) => invoke(...a),
    on: (ch: string, l: (...a: unknown[]) => void) => listeners.set(ch, l),
    removeListener: (ch: string) => listeners.delete(ch),
  },
}));

beforeAll(async () => {
  await import('../../main/preload/preload');
});
beforeEach(() => {
  invokeCalls.length = 0;
});

describe('preload', () => {
  it('exposes exactly the HostApi as window.resdraftHost, each method a fixed invoke channel', async () => {
    expect(Object.keys(exposed)).toEqual(['resdraftHost']);
    const api = exposed.resdraftHost as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...HOST_METHODS, 'onCommand'].sort());
    invokeImpl = async () => 'ok';
    await expect(api.getBaselineText('34')).resolves.toBe('ok');
    expect(invokeCalls).toEqual([['resdraft:getBaselineText', '34']]);
  });

  it('strips Electron\'s remote-method prefix from errors', async () => {
    const api = exposed.resdraftHost as Record<string, (...a: unknown[]) => Promise<unknown>>;
    invokeImpl = async () => {
      throw new Error("Error invoking remote method 'resdraft:openContribution': Error: Cannot open \"x.resdraft\": empty");
    };
    const err = await api.openContribution('x').then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toBe('Cannot open "x.resdraft": empty');
  });

  it('onCommand passes the command, not the IPC event, and unsubscribes', () => {
    const api = exposed.resdraftHost as { onCommand: (l: (c: unknown) => void) => () => void };
    const got: unknown[] = [];
    const off = api.onCommand((c) => got.push(c));
    listeners.get(COMMAND_CHANNEL)!({ sender: 'secret event' }, { type: 'save' });
    expect(got).toEqual([{ type: 'save' }]);
    off();
    expect(listeners.has(COMMAND_CHANNEL)).toBe(false);
  });
});
