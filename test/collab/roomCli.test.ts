import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resdraft, type CliResult } from '../support/runCli';
import { freePort, startServe, stopAll, type ServeProcess } from './collabProcesses';

/**
 * Co-drafting through the CLI as the README documents it: `resdraft serve`, a room made from a
 * draft, scripted participants, SIGKILL and a restart on the same data, tokens refused where they
 * do not belong. Every process is the built CLI (the package's bin).
 */

const EXAMPLES = join(import.meta.dirname, '../../examples');
let work: string;
let server: ServeProcess;

interface Invite {
  room: string;
  edit: string;
  read: string;
  expires: string;
}

async function create(draft: string, ...more: string[]): Promise<Invite> {
  const r = await resdraft(['room', 'create', draft, '--server', server.url, '--format', 'json', ...more]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Invite;
}

async function show(invite: Invite, token = invite.read, ...more: string[]): Promise<CliResult> {
  return resdraft(['room', 'show', server.url, invite.room, '--token', token, ...more]);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resdraft-rooms-'));
  server = await startServe({ data: join(work, 'store') });
});
afterAll(async () => {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
});

describe('resdraft room, against resdraft serve', () => {
  let invite: Invite;

  it('room create prints the room id and two tokens; show prints the draft in the text layout', async () => {
    invite = await create(join(EXAMPLES, 'draft.txt'));
    expect(Object.keys(invite)).toEqual(['room', 'edit', 'read', 'expires']);
    expect(invite.edit).not.toBe(invite.read);
    expect(invite.edit).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const shown = await show(invite);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(readFileSync(join(EXAMPLES, 'draft.txt'), 'utf8'));
    const text = await resdraft(['room', 'create', join(EXAMPLES, 'draft.txt'), '--server', server.url]);
    expect(text.stdout).toMatch(/^room: \S+\nedit: \S+\nread: \S+\nexpires: \d{4}-\d\d-\d\dT/);
  });

  it('two scripted participants edit different items at the same moment: both edits are in', async () => {
    const [a, b] = await Promise.all([
      resdraft(['room', 'edit', server.url, invite.room, '--token', invite.edit, '--replace', 'growing general awareness', '--with', 'growing awareness', '--as', 'Alice']),
      resdraft(['room', 'edit', server.url, invite.room, '--token', invite.edit, '--replace', 'are steadily increasing', '--with', 'are increasing year on year', '--as', 'Bob']),
    ]);
    expect([a.stderr, b.stderr]).toEqual(['', '']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toMatch(/^replaced in room \S+, acknowledged by the server \(version \d+\)\n$/);
    const shown = (await show(invite)).stdout;
    expect(shown).toContain('a)\tthat there is a growing awareness at the global level');
    expect(shown).toContain('are increasing year on year;');
  });

  it('SIGKILL of the server and a restart on the same data: both edits are still there', async () => {
    const port = server.port;
    await server.kill9();
    expect(server.child.signalCode).toBe('SIGKILL');
    expect((await show(invite)).code).toBe(1);
    server = await startServe({ data: join(work, 'store'), port });
    const shown = await show(invite);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('growing awareness at the global level');
    expect(shown.stdout).toContain('are increasing year on year;');
  });

  it('a token of one room is refused in another, a read token cannot edit, an expired token opens nothing', async () => {
    const other = await create('5');
    const wrongRoom = await show(other, invite.edit);
    expect(wrongRoom.code).toBe(2);
    expect(wrongRoom.stderr).toBe(`resdraft room: the token is for another room, not "${other.room}"\n`);
    const readEdit = await resdraft(['room', 'edit', server.url, invite.room, '--token', invite.read, '--replace', 'growing awareness', '--with', 'x']);
    expect(readEdit.code).toBe(2);
    expect(readEdit.stderr).toBe(`resdraft room: the token only reads room "${invite.room}"; editing needs the room's edit token\n`);
    const shortLived = await create('5', '--expires', '1s');
    await new Promise((r) => setTimeout(r, 1200));
    const expired = await show(shortLived);
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/^resdraft room: the token has expired \(expired on \d{4}-.*\); ask the room's creator for a new invite\n$/);
    const unknown = await show({ ...invite, room: 'no-such-room' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('resdraft room: there is no room "no-such-room" on this server (check the room id in the invite)\n');
    const garbled = await show(invite, `${invite.read.slice(0, -1)}x`);
    expect(garbled.stderr).toBe('resdraft room: the token opens no room on this server (check that the invite was copied whole)\n');
  });

  it('an edit that cannot be placed is refused before anything changes (exit 2), and so is bad usage', async () => {
    const before = (await show(invite)).stdout;
    const edit = (old: string, text = 'x'): Promise<CliResult> => resdraft(['room', 'edit', server.url, invite.room, '--token', invite.edit, '--replace', old, '--with', text]);
    const absent = await edit('Nairobi');
    expect([absent.code, absent.stderr]).toEqual([2, 'resdraft room: "Nairobi" is not in the proposal\'s text\n']);
    const twice = await edit('disaster');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/occurs \d+ times in the proposal's text; give more of the text around it/);
    const acrossLines = await edit('response\nThe World');
    expect(acrossLines.stderr).toMatch(/spans more than the text of one line/);
    const newLine = await edit('growing awareness', 'two\nlines');
    expect(newLine.stderr).toMatch(/without a line break or a tab/);
    expect((await show(invite)).stdout).toBe(before);
    const badExpiry = await resdraft(['room', 'create', '5', '--server', server.url, '--expires', '3 weeks']);
    expect([badExpiry.code, badExpiry.stderr]).toEqual([2, 'resdraft room: --expires "3 weeks" is not a duration from 1s to 366d; expected e.g. 90s, 45m, 12h or 30d\n']);
    const badServer = await resdraft(['room', 'show', 'ftp://x', invite.room, '--token', invite.read]);
    expect(badServer.code).toBe(2);
    expect(badServer.stderr).toMatch(/it must start with ws:\/\/, wss:\/\/, http:\/\/ or https:\/\//);
    const noToken = await resdraft(['room', 'show', server.url, invite.room]);
    expect([noToken.code, noToken.stderr]).toEqual([2, 'resdraft room: missing --token <t>: the edit or read token of the invite\n']);
  });

  it('resdraft serve refuses bad options (exit 2) and says why it cannot start (exit 1)', async () => {
    const port = await resdraft(['serve', '--port', 'abc']);
    expect([port.code, port.stderr]).toEqual([2, 'resdraft serve: --port "abc" is not a port; expected a number from 0 to 65535\n']);
    const scheme = await resdraft(['serve', '--redis', 'http://127.0.0.1:6379']);
    expect([scheme.code, scheme.stderr]).toEqual([2, 'resdraft serve: --redis must be a redis:// or rediss:// address, not http://\n']);
    const noRedis = await resdraft(['serve', '--port', '0', '--data', join(work, 'never'), '--redis', `redis://:s3cret@127.0.0.1:${await freePort()}`]);
    expect(noRedis.code).toBe(1);
    expect(noRedis.stderr).toMatch(/^resdraft serve: cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\n$/);
    const taken = await resdraft(['serve', '--port', String(server.port), '--data', join(work, 'never')]);
    expect([taken.code, taken.stderr]).toEqual([1, `resdraft serve: port ${server.port} on 127.0.0.1 is in use; choose another with --port\n`]);
  });

  it('an unreachable server is a failure (exit 1) in the user\'s words', async () => {
    const stopped = await startServe({ data: join(work, 'other') });
    const url = stopped.url;
    expect(await stopped.stop()).toBe(0);
    expect(stopped.output()).toContain('stopped: every room is stored');
    const r = await resdraft(['room', 'show', url, invite.room, '--token', invite.read]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`resdraft room: cannot reach the co-drafting server at ${url} (connection refused)\n`);
  });

  it('show --format json adds baseline, symbol, reasons, participants and version; a room from FILE.resdraft#N keeps its symbol and reasons', async () => {
    const json = JSON.parse((await show(invite, invite.read, '--format', 'json')).stdout) as Record<string, unknown>;
    expect(json.baseline).toEqual({ edition: 'kigali-2022', number: '34' });
    expect(json.symbol).toBe('auto');
    expect(json.participants).toEqual([]);
    expect(typeof json.version).toBe('number');
    expect(json.text).toBe((await show(invite)).stdout);
    const fromFile = await create(`${join(EXAMPLES, 'apt.resdraft')}#34`);
    const proposal = JSON.parse((await show(fromFile, fromFile.read, '--format', 'json')).stdout) as { symbol: string; reasons: string; baseline: unknown };
    const file = JSON.parse(readFileSync(join(EXAMPLES, 'apt.resdraft'), 'utf8')) as { proposals: Array<{ baseline: { number: string }; symbol: string; reasons: string }> };
    const source = file.proposals.find((p) => p.baseline?.number === '34');
    expect(source?.reasons.length).toBeGreaterThan(0);
    expect({ symbol: proposal.symbol, reasons: proposal.reasons }).toEqual({ symbol: source?.symbol, reasons: source?.reasons });
  });

  it('named versions: kept with an edit token, listed, shown; a read token cannot name one', async () => {
    const kept = await resdraft(['room', 'version', server.url, invite.room, '--token', invite.edit, '--name', 'after the first meeting', '--as', 'Coordinator']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/^kept as v1 {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}after the first meeting {2}\(by Coordinator\)\n$/);
    const before = (await show(invite)).stdout;
    expect((await resdraft(['room', 'edit', server.url, invite.room, '--token', invite.edit, '--replace', 'growing awareness', '--with', 'growing worldwide awareness'])).code).toBe(0);
    const listed = await resdraft(['room', 'version', server.url, invite.room, '--token', invite.read, '--format', 'json']);
    expect((JSON.parse(listed.stdout) as { versions: Array<{ name: string }> }).versions.map((v) => v.name)).toEqual(['after the first meeting']);
    expect((await show(invite, invite.read, '--version', 'v1')).stdout).toBe(before);
    expect((await show(invite, invite.read, '--version', 'after the first meeting')).stdout).toBe(before);
    expect((await show(invite)).stdout).toContain('growing worldwide awareness');
    const missing = await show(invite, invite.read, '--version', 'v9');
    expect([missing.code, missing.stderr]).toEqual([2, `resdraft room: room "${invite.room}" has no version "v9"\n`]);
    const byReader = await resdraft(['room', 'version', server.url, invite.room, '--token', invite.read, '--name', 'x']);
    expect([byReader.code, byReader.stderr]).toEqual([2, `resdraft room: the token only reads room "${invite.room}"; editing needs the room's edit token\n`]);
  });

  it('the server never prints a token; with a room key, rooms are made only with it (and the key is never printed)', async () => {
    expect(server.output()).toMatch(/^listening on ws:\/\/127\.0\.0\.1:\d+\nrooms are stored in .*\n/);
    for (const secret of [invite.edit, invite.read]) expect(server.output()).not.toContain(secret);
    const key = 'k3y-0f-th1s-s3rv3r-for-the-test-only';
    const guarded = await startServe({ data: join(work, 'guarded'), env: { RESDRAFT_ROOM_KEY: key } });
    const withoutKey = await resdraft(['room', 'create', '5', '--server', guarded.url]);
    expect(withoutKey.code).toBe(2);
    expect(withoutKey.stderr).toBe('resdraft room: this server makes rooms only with its room key: set RESDRAFT_ROOM_KEY to the key its administrator gave you\n');
    const withKey = await resdraftWithEnv(['room', 'create', '5', '--server', guarded.url, '--format', 'json'], { RESDRAFT_ROOM_KEY: key });
    expect(withKey.code).toBe(0);
    expect(guarded.output()).toContain('making a room needs the room key (RESDRAFT_ROOM_KEY)');
    expect(guarded.output()).not.toContain(key);
    await guarded.stop();
  });
});

/** The CLI with extra environment variables. */
async function resdraftWithEnv(args: string[], env: Record<string, string>): Promise<CliResult> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await resdraft(args);
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
  }
}
