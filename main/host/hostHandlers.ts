import type { z } from 'zod';
import { HOST_METHODS, type InvokableMethod } from '../../shared/host/hostMethods';
import { HOST_ARGS } from './hostArgs';
import type { HostImpl } from './hostService';

/** Arguments that do not match a method's schema. */
export class HostArgumentError extends Error {
  constructor(method: string, detail: string) {
    super(`Invalid arguments for ${method}: ${detail}`);
    this.name = 'HostArgumentError';
  }
}

/** A validated entry point: raw arguments in (from IPC or HTTP), result out. */
export type HostHandler = (rawArgs: unknown) => Promise<unknown>;

function describe(issues: z.core.$ZodIssue[]): string {
  const i = issues[0];
  const where = i.path.length ? `argument ${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : 'arguments';
  return `${where}: ${i.message}`;
}

/** Whether `name` is one of the host methods (a string from the network or an IPC channel). */
export function isHostMethod(name: string): name is InvokableMethod {
  return (HOST_METHODS as readonly string[]).includes(name);
}

/**
 * One handler per host method: validates the raw argument array against {@link HOST_ARGS} (exact
 * tuple, nothing extra) and only then calls the implementation.
 */
export function createHostHandlers(impl: HostImpl): Record<InvokableMethod, HostHandler> {
  const out = {} as Record<InvokableMethod, HostHandler>;
  for (const method of HOST_METHODS) {
    const schema = HOST_ARGS[method] as z.ZodTuple;
    const fn = impl[method] as (...args: unknown[]) => Promise<unknown>;
    out[method] = async (rawArgs: unknown) => {
      if (!Array.isArray(rawArgs)) throw new HostArgumentError(method, 'expected an argument list');
      const parsed = schema.safeParse(rawArgs);
      if (!parsed.success) throw new HostArgumentError(method, describe(parsed.error.issues));
      return fn(...(parsed.data as unknown[]));
    };
  }
  return out;
}
