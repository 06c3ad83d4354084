import { isDraftNewResolution } from '../../../shared/engine/compare';
import { resolutionNumberOf } from '../../../shared/grammar/numberLine';
import type { SharedProposal } from '../../../shared/collab/sharedProposal';
import { MAX_TOKEN_SECONDS, type Participant, type RoomVersionInfo } from '../../../shared/collab/roomApi';
import { toText } from '../../../shared/text/toText';
import type { ServerAddress } from '../../collab/roomClient';
import type { Corpus } from '../../services/corpus';
import { loadCollab, type Collab } from '../collabLoader';
import { editionCorpus } from '../editionOption';
import { formatOption, parseCommandArgs } from '../args';
import { UsageError, type CliIO, type Command } from '../command';
import { resolveOperand, type Operand } from '../operand';
import { ROOM_KEY_ENV } from './serve';

const HELP = `Co-drafting rooms on a server run with "resdraft serve". A room holds one proposal; its invite
tokens open it to edit or to read. URL is the server's address (ws://127.0.0.1:1234, or the wss://
or https:// address of the proxy in front of it).

  resdraft room create <draft> --server <url> [--expires 30d] [--edition <id>] [--format text|json]
      makes a room from a draft (a text, a bundled number, FILE.resdraft#34, FILE.docx#34) and
      prints the room id and two invite tokens, one to edit and one to read, valid for --expires
      (s, m, h or d: 90s, 45m, 12h, 30d; at most 366d). JSON: {"room", "edit", "read", "expires"}.
      The proposal's baseline is the one a contribution names, else the resolution its number
      line names in the edition (--edition, default kigali-2022); symbol and reasons come along.
      With ${ROOM_KEY_ENV} set, it is sent as the server's room key.
  resdraft room show <url> <room> --token <t> [--version v2|<name>] [--format text|json]
      prints the proposal as it stands in the text layout (or a named version). JSON adds the
      baseline, symbol, reasons, the participants in the room and the version (the number of edits
      the document holds, the same on every server and larger after each edit).
  resdraft room edit <url> <room> --token <t> --replace <old> --with <new> [--as <name>]
      a scripted participant: joins (as <name>, default "resdraft"), replaces <old>, which must
      occur exactly once in the text layout and lie within one line's text, with <new> (one
      line's text; "[^k]" is a footnote reference), waits for the server's acknowledgement, leaves.
  resdraft room version <url> <room> --token <t> [--name <name> [--as <name>]] [--format text|json]
      with --name (an edit token), keeps the room as it stands as a named version; without,
      lists the room's named versions (v1 is the oldest).

Exit code 0 on success, 2 when the input is wrong (a token that is wrong, expired, for another
room or read-only for an edit; an unknown room; a text not found once), 1 when the server
cannot be reached or does not answer.
`;

const EXPIRY_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `--expires`: a whole number and a unit, in seconds. */
function expirySeconds(value: string | undefined): number {
  const m = /^([0-9]{1,6})([smhd])$/.exec(value ?? '30d');
  const seconds = m ? Number(m[1]) * EXPIRY_UNITS[m[2]] : NaN;
  if (!m || seconds < 1 || seconds > MAX_TOKEN_SECONDS) throw new UsageError(`--expires "${value}" is not a duration from 1s to 366d; expected e.g. 90s, 45m, 12h or 30d`);
  return seconds;
}

/** The shared proposal a room starts from: the draft, and the baseline, symbol and reasons it comes with. */
function proposalOf(op: Operand, corpus: Corpus): SharedProposal {
  let baseline = op.baseline ?? null;
  if (!baseline && !isDraftNewResolution(op.resolution)) {
    const n = resolutionNumberOf(op.resolution.numberLine);
    if (n === undefined || !corpus.has(n)) {
      throw new UsageError(`${op.name}: the number line "${op.resolution.numberLine}" names no resolution of edition ${corpus.defaultEdition}; give another edition with --edition`);
    }
    baseline = { edition: corpus.defaultEdition, number: n };
  }
  return { draft: op.resolution, baseline, symbol: op.proposal?.symbol ?? 'auto', reasons: op.proposal?.reasons ?? '' };
}

/** A refusal of the co-drafting code as the CLI's exit code: the user's input is wrong (2), else it failed (1). */
function asUsage(collab: Collab, e: unknown): unknown {
  if ((e instanceof collab.RoomClientError && e.input) || e instanceof collab.LineEditError) return new UsageError(e.message);
  return e;
}

/** Runs a room action, turning the client's refusals into the CLI's exit codes. */
async function clientErrors<T>(collab: Collab, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw asUsage(collab, e);
  }
}

function token(values: { token?: string }): string {
  if (!values.token) throw new UsageError('missing --token <t>: the edit or read token of the invite');
  return values.token;
}

function address(collab: Collab, given: string): ServerAddress {
  try {
    return collab.serverAddress(given);
  } catch (e) {
    throw asUsage(collab, e);
  }
}

function target(collab: Collab, positionals: string[], action: string): { server: ServerAddress; room: string } {
  if (positionals.length !== 2) throw new UsageError(`expected the server's address and the room id: resdraft room ${action} <url> <room> --token <t>`);
  return { server: address(collab, positionals[0]), room: positionals[1] };
}

function versionLine(v: RoomVersionInfo): string {
  return `v${v.number}  ${v.time.slice(0, 19).replace('T', ' ')}  ${v.name}${v.by ? `  (by ${v.by})` : ''}\n`;
}

/** `room show`: the proposal as it stands, or a named version. */
async function show(collab: Collab, server: ServerAddress, room: string, t: string, version: string | undefined, format: 'text' | 'json', io: CliIO): Promise<number> {
  const { documentVersion, joinRoom, participantsOf, readSharedProposal, roomAccessOf, versionDoc } = collab;
  await roomAccessOf(server, room, t);
  let proposal: SharedProposal;
  let participants: Participant[] = [];
  let count: number;
  let named: RoomVersionInfo | undefined;
  if (version !== undefined) {
    const v = await versionDoc(server, room, t, version);
    proposal = readSharedProposal(v.doc);
    count = documentVersion(v.doc);
    named = v.version;
  } else {
    const session = await joinRoom(server, room, t);
    proposal = readSharedProposal(session.doc);
    count = documentVersion(session.doc);
    participants = participantsOf(session.provider.awareness?.getStates() ?? new Map());
    session.leave();
  }
  if (format === 'text') {
    io.stdout(toText(proposal.draft));
    return 0;
  }
  io.stdout(`${JSON.stringify({ room, ...proposal, text: toText(proposal.draft), participants, version: count, ...(named ? { named } : {}) }, null, 2)}\n`);
  return 0;
}

/** `room edit`: a scripted participant's one replacement. */
async function edit(collab: Collab, server: ServerAddress, room: string, t: string, old: string, text: string, name: string, io: CliIO): Promise<number> {
  const { checkReplacement, documentVersion, draftFragment, joinRoom, locateOnce, replaceInLine, roomAccessOf, sharedLines } = collab;
  checkReplacement(text);
  const access = await roomAccessOf(server, room, t);
  if (access.role !== 'edit') throw new collab.RoomClientError(`the token only reads room "${room}"; editing needs the room's edit token`, true);
  const session = await joinRoom(server, room, t, { name });
  try {
    const at = locateOnce(sharedLines(draftFragment(session.doc)), old);
    replaceInLine(at.line.node, at.from, at.to, text);
    await session.acknowledged();
    io.stdout(`replaced in room ${room}, acknowledged by the server (version ${documentVersion(session.doc)})\n`);
    return 0;
  } finally {
    session.leave();
  }
}

export const roomCommand: Command = {
  name: 'room',
  summary: 'co-drafting rooms on a server: create one from a draft, show, edit, name versions',
  usage: 'resdraft room create <draft> --server <url> [--expires 30d] | room show|edit|version <url> <room> --token <t> …',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      server: { type: 'string' },
      expires: { type: 'string' },
      edition: { type: 'string' },
      format: { type: 'string' },
      token: { type: 'string' },
      replace: { type: 'string' },
      with: { type: 'string' },
      as: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
    });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    const [action, ...rest] = positionals;
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    if (!['create', 'show', 'edit', 'version'].includes(action)) throw new UsageError(`expected create, show, edit or version; found ${action === undefined ? 'nothing' : `"${action}"`}`, true);
    const collab = await loadCollab();
    if (action === 'create') {
      if (rest.length !== 1) throw new UsageError('expected one draft: resdraft room create <draft> --server <url>');
      if (!values.server) throw new UsageError('missing --server <url>: the address of the co-drafting server (resdraft serve)');
      const server = address(collab, values.server);
      const expiresInSeconds = expirySeconds(values.expires);
      const corpus = editionCorpus(values.edition);
      const proposal = proposalOf(await resolveOperand(rest[0], io, corpus), corpus);
      const answer = await clientErrors(collab, () => collab.createRoom(server, { proposal, expiresInSeconds }, process.env[ROOM_KEY_ENV] || undefined));
      if (format === 'json') io.stdout(`${JSON.stringify(answer)}\n`);
      else io.stdout(`room: ${answer.room}\nedit: ${answer.edit}\nread: ${answer.read}\nexpires: ${answer.expires}\n`);
      return 0;
    }
    if (action === 'show') {
      const { server, room } = target(collab, rest, 'show');
      return clientErrors(collab, () => show(collab, server, room, token(values), values.version, format, io));
    }
    if (action === 'edit') {
      const { server, room } = target(collab, rest, 'edit');
      if (values.replace === undefined || values.with === undefined) throw new UsageError('expected --replace <old> --with <new>');
      return clientErrors(collab, () => edit(collab, server, room, token(values), values.replace as string, values.with as string, values.as ?? 'resdraft', io));
    }
    {
      const { server, room } = target(collab, rest, 'version');
      const t = token(values);
      if (values.name !== undefined) {
        const v = await clientErrors(collab, () => collab.saveVersion(server, room, t, values.name as string, values.as));
        io.stdout(format === 'json' ? `${JSON.stringify(v)}\n` : `kept as ${versionLine(v)}`);
        return 0;
      }
      const versions = await clientErrors(collab, () => collab.listVersions(server, room, t));
      if (format === 'json') io.stdout(`${JSON.stringify({ room, versions }, null, 2)}\n`);
      else io.stdout(versions.length ? versions.map(versionLine).join('') : `room ${room} has no named versions yet\n`);
      return 0;
    }
  },
};
