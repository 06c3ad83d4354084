import { afterAll, beforeAll } from 'vitest';
import { startWebHost, type WebHost } from '../browser/harness';

/** A browser host shared by the tests of one file: its port and app prefix (`/app/`) once started. */
export interface WebHostSession {
  host: WebHost;
  port: number;
  prefix: string;
}

/** Starts a signed-in browser host before the file's tests and closes it after them. */
export function useWebHost(): WebHostSession {
  const session = {} as WebHostSession;
  beforeAll(async () => {
    session.host = await startWebHost();
    const u = new URL(session.host.url);
    session.port = Number(u.port);
    session.prefix = u.pathname;
  });
  afterAll(() => session.host.close());
  return session;
}
