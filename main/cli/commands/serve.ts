import { join, resolve } from 'node:path';
import { dataFolderPaths } from '../../services/dataFolders';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { loadCollab } from '../collabLoader';

/** The default port of `resdraft serve` (Hocuspocus' own). */
export const DEFAULT_PORT = 1234;

/** The environment variable that holds a server's room key (never an option: it would show in process lists). */
export const ROOM_KEY_ENV = 'RESDRAFT_ROOM_KEY';

const HELP = `Runs a co-drafting server: participants join a room with an invite token and edit one
proposal together (Yjs over WebSocket, Hocuspocus).

  --host <address>   where to listen (default 127.0.0.1: this machine only; put a reverse proxy
                     with TLS in front to serve others, see the README)
  --port <n>         the port (default ${DEFAULT_PORT}; 0 picks a free one, printed)
  --data <folder>    where the rooms are stored (SQLite, WAL mode), default: a "collab" folder in
                     the data folder (RESDRAFT_DATA_DIR, else ~/Documents/Resolution Drafter).
                     Instances on one machine may share it.
  --redis <url>      redis://[user:password@]host[:port][/db]: instances on one Redis share their
                     rooms, so several can run behind a load balancer (they must share --data)

With ${ROOM_KEY_ENV} set in its environment, the server makes rooms only for requests that
carry that key (resdraft room create reads the same variable). Prints "listening on ws://HOST:PORT"
and each room made; never a token, a key or a password. Ctrl+C (SIGINT) or SIGTERM stops it:
connections are closed and every room stored. Exit code 2 on bad usage, 1 when it cannot start.
`;

function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^[0-9]{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port "${value}" is not a port; expected a number from 0 to 65535`);
  return Number(value);
}

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    const on = (signal: string): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolveSignal(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run a co-drafting server (rooms stored in a folder; with --redis, several instances)',
  usage: 'resdraft serve [--host 127.0.0.1] [--port 1234] [--data <folder>] [--redis <url>]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, redis: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, true);
    const host = values.host ?? '127.0.0.1';
    if (host === '') throw new UsageError('--host needs an address, e.g. 127.0.0.1 or 0.0.0.0');
    const port = portOption(values.port);
    const folder = values.data !== undefined ? resolve(values.data) : join(dataFolderPaths().documents, 'collab');
    const { RedisAddressError, redactedRedisUrl, redisAddress, startCollabServer } = await loadCollab();
    if (values.redis !== undefined) {
      try {
        redisAddress(values.redis);
      } catch (e) {
        if (e instanceof RedisAddressError) throw new UsageError(e.message);
        throw e;
      }
    }
    const roomKey = process.env[ROOM_KEY_ENV] || undefined;
    const signal = stopSignal();
    const server = await startCollabServer({ host, port, folder, redisUrl: values.redis, roomKey, log: (line) => io.stdout(`${line}\n`) });
    io.stdout(`listening on ${server.url}\n`);
    io.stdout(`rooms are stored in ${folder}\n`);
    if (values.redis) io.stdout(`sharing rooms with the other instances on Redis at ${redactedRedisUrl(values.redis)}\n`);
    if (roomKey) io.stdout(`making a room needs the room key (${ROOM_KEY_ENV})\n`);
    await signal;
    await server.stop();
    io.stdout('stopped: every room is stored\n');
    return 0;
  },
};
