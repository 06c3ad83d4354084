/**
 * `npm run bench:collab` — live co-drafting under load (issue 25 point 6): 100 rooms × 10
 * participants (providers in this process, each on its own WebSocket) on one `resdraft serve`
 * (the built CLI, a child process), then the same across two instances on one Redis (a private
 * redis-server) with each room's participants split over both. In every room a random participant
 * types one keystroke every 100 ms on average; a keystroke's fan-out is the time from the edit to
 * the moment all nine others have it. Prints fan-out median / p95 / p99, the server's memory per
 * room (its resident set, measured from /proc, after the rooms were opened, less before), and the
 * machine's load average (other work on the machine slows everything). Environment:
 * RESDRAFT_BENCH_ROOMS (100), RESDRAFT_BENCH_PEOPLE (10), RESDRAFT_BENCH_SECONDS (10 of typing).
 * `--json`: the last line is `{"collab": {...}}`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createRoom, joinRoom, serverAddress, type RoomSession } from '../../main/collab/roomClient';
import type { CreateRoomAnswer } from '../../shared/collab/roomApi';
import { draftFragment } from '../../shared/collab/sharedProposal';
import { fromText } from '../../shared/text/fromText';
import { startRedis, startServe, stopAll, type ServeProcess } from '../collab/collabProcesses';

const ROOMS = Number(process.env.RESDRAFT_BENCH_ROOMS ?? 100);
const PEOPLE = Number(process.env.RESDRAFT_BENCH_PEOPLE ?? 10);
const SECONDS = Number(process.env.RESDRAFT_BENCH_SECONDS ?? 10);
const DRAFT = fromText(readFileSync(join(import.meta.dirname, '../../resources/baseline/kigali-2022/res-34.txt'), 'utf8'));

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/** The resident set of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

/** The CPU time a process has used, in seconds (Linux: user + system, from /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Run `work` on every item, at most `limit` at once. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface Room {
  invite: CreateRoomAnswer;
  people: RoomSession[];
}

/** Open the rooms and seat their participants, round-robin over the servers. */
async function seat(servers: ServeProcess[]): Promise<Room[]> {
  const rooms: Room[] = [];
  for (let i = 0; i < ROOMS; i++) {
    const invite = await createRoom(serverAddress(servers[i % servers.length].url), { proposal: { draft: DRAFT, baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', reasons: '' }, expiresInSeconds: 3600 });
    rooms.push({ invite, people: [] });
  }
  const seats = rooms.flatMap((room) => Array.from({ length: PEOPLE }, (_, k) => ({ room, k })));
  await pool(seats, 20, async ({ room, k }) => {
    const server = servers[k % servers.length];
    room.people.push(await joinRoom(serverAddress(server.url), room.invite.room, room.invite.edit, { name: `P${k}`, timeoutMs: 60_000 }));
  });
  return rooms;
}

/** Type in every room for SECONDS; the fan-out of each keystroke, in ms. */
async function type(rooms: Room[]): Promise<{ fanOut: number[]; missed: number }> {
  const fanOut: number[] = [];
  let missed = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    rooms.map(async (room) => {
      await sleep(Math.random() * 100);
      while (Date.now() < until) {
        const typist = room.people[Math.floor(Math.random() * room.people.length)];
        const others = room.people.filter((p) => p !== typist);
        let waiting = others.length;
        let done: () => void = () => undefined;
        const all = new Promise<void>((resolve) => (done = resolve));
        const listeners = others.map((p) => {
          const on = (): void => {
            p.doc.off('update', on);
            if (--waiting === 0) done();
          };
          p.doc.on('update', on);
          return { p, on };
        });
        const t0 = performance.now();
        const title = draftFragment(typist.doc).get(1) as Y.XmlElement;
        (title.get(0) as Y.XmlText).insert(0, 'k');
        const arrived = await Promise.race([all.then(() => true), sleep(5000).then(() => false)]);
        if (arrived) fanOut.push(performance.now() - t0);
        else {
          missed += 1;
          for (const { p, on } of listeners) p.doc.off('update', on);
        }
        await sleep(50 + Math.random() * 100);
      }
    }),
  );
  return { fanOut, missed };
}

interface Figures {
  instances: number;
  rooms: number;
  participants: number;
  keystrokes: number;
  missed: number;
  fanOutMedianMs: number;
  fanOutP95Ms: number;
  fanOutP99Ms: number;
  memoryPerRoomMb: number[];
  /** The servers' CPU use while the participants typed, in % of one core. */
  serverCpuPercent: number[];
  clientCpuPercent: number;
  serverRssMb: number[];
  loadAverage: number;
}

async function scenario(servers: ServeProcess[]): Promise<Figures> {
  const before = servers.map((s) => rssMb(s.child.pid as number));
  const rooms = await seat(servers);
  await sleep(1000);
  const loaded = servers.map((s) => rssMb(s.child.pid as number));
  const cpu0 = servers.map((s) => cpuSeconds(s.child.pid as number));
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const { fanOut, missed } = await type(rooms);
  const wall = (performance.now() - t0) / 1000;
  const client = process.cpuUsage(client0);
  const figures: Figures = {
    instances: servers.length,
    rooms: ROOMS,
    participants: ROOMS * PEOPLE,
    keystrokes: fanOut.length,
    missed,
    fanOutMedianMs: Number(percentile(fanOut, 0.5).toFixed(1)),
    fanOutP95Ms: Number(percentile(fanOut, 0.95).toFixed(1)),
    fanOutP99Ms: Number(percentile(fanOut, 0.99).toFixed(1)),
    memoryPerRoomMb: loaded.map((mb, i) => Number(((mb - before[i]) / ROOMS).toFixed(2))),
    serverCpuPercent: servers.map((s, i) => Math.round(((cpuSeconds(s.child.pid as number) - cpu0[i]) / wall) * 100)),
    clientCpuPercent: Math.round(((client.user + client.system) / 1e6 / wall) * 100),
    serverRssMb: servers.map((s) => Math.round(rssMb(s.child.pid as number))),
    loadAverage: Number(loadavg()[0].toFixed(1)),
  };
  for (const room of rooms) for (const p of room.people) p.leave();
  return figures;
}

function print(title: string, f: Figures): void {
  console.log(`${title}: ${f.rooms} rooms × ${PEOPLE} participants (${f.participants} connections), ${SECONDS} s of typing`);
  console.log(`  keystroke fan-out to the 9 others: median ${f.fanOutMedianMs} ms, p95 ${f.fanOutP95Ms} ms, p99 ${f.fanOutP99Ms} ms over ${f.keystrokes} keystrokes (${f.missed} not seen by all within 5 s)`);
  console.log(`  server memory per room (resident set after opening the rooms, less before): ${f.memoryPerRoomMb.map((mb) => `${mb} MB`).join(' and ')}; resident set at the end: ${f.serverRssMb.map((mb) => `${mb} MB`).join(' and ')}`);
  console.log(`  CPU while typing: server ${f.serverCpuPercent.map((p) => `${p}%`).join(' and ')} of a core; the ${f.participants} participants (this process) ${f.clientCpuPercent}%`);
  console.log(`  load average ${f.loadAverage} on ${cpus().length} cores (the participants run in the benchmark's own process on the same machine)`);
}

const work = mkdtempSync(join(tmpdir(), 'resdraft-bench-collab-'));
try {
  const one = await startServe({ data: join(work, 'one') });
  const single = await scenario([one]);
  print('one instance', single);
  await one.stop();
  const redis = await startRedis();
  const pair = await Promise.all([startServe({ data: join(work, 'pair'), redis: redis.url }), startServe({ data: join(work, 'pair'), redis: redis.url })]);
  const shared = await scenario(pair);
  print('two instances on one Redis (each room\'s participants split over both)', shared);
  await Promise.all(pair.map((s) => s.stop()));
  await redis.stop();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ collab: { single, shared } }));
} finally {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
