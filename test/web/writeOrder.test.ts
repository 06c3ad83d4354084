/**
 * The browser host answers a call after the writes that arrived before it: a page reloaded right
 * after a keystroke sends its last autosave as it goes, and the new page's first read must see it.
 */
import { describe, expect, it } from 'vitest';
import { WriteOrder } from '../../main/web/writeOrder';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WriteOrder', () => {
  it('a read that arrives while an earlier write is still being read waits for the write', async () => {
    const order = new WriteOrder();
    const events: string[] = [];
    const bodyRead = deferred();
    const write = order.arrive('patchContribution');
    const read = order.arrive('getDocument');
    const answered = read(async () => void events.push('read'));
    // the write's body is still arriving: the read waits
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual([]);
    const written = bodyRead.promise.then(() => write(async () => void events.push('write')));
    bodyRead.resolve();
    await Promise.all([answered, written]);
    expect(events).toEqual(['write', 'read']);
  });

  it('a read that arrived first, and a long read, hold no write up', async () => {
    const order = new WriteOrder();
    const events: string[] = [];
    const longRead = deferred();
    const importing = order.arrive('importWordDocument')(() => longRead.promise.then(() => void events.push('import')));
    await order.arrive('updateContribution')(async () => void events.push('write'));
    await order.arrive('getDocument')(async () => void events.push('read'));
    expect(events).toEqual(['write', 'read']);
    longRead.resolve();
    await importing;
    expect(events).toEqual(['write', 'read', 'import']);
  });

  it('a write that fails still lets the calls after it go', async () => {
    const order = new WriteOrder();
    const failing = order.arrive('saveContribution')(() => Promise.reject(new Error('disk full')));
    await expect(failing).rejects.toThrow('disk full');
    await expect(order.arrive('getDocument')(async () => 'read')).resolves.toBe('read');
  });
});
