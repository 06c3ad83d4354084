import { existsSync, statSync } from 'node:fs';
import { parseContributionText, ContributionFileError } from '../../shared/contribution/parseContribution';
import type { Resolution } from '../../shared/model/resolution';
import { decodeText, MAX_TEXT_INPUT_BYTES, TextDecodeError, tidyLines } from '../../shared/text/decodeText';
import { fromText } from '../../shared/text/fromText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { checkXmlCharacters } from '../../shared/text/xmlCharacters';
import { DraftLayoutError, draftTextOf } from '../../shared/contribution/proposalDraft';
import { findVersion, versionProposals } from '../../shared/contribution/versionChain';
import type { Proposal, StoredVersion } from '../../shared/contribution/schema';
import { MAX_CONTRIBUTION_BYTES } from '../services/contributionFile';
import { beginsLikeContribution } from '../services/contributionHead';
import { Corpus } from '../services/corpus';
import { fileIdentity, InputRefusedError, readHeadSync, readInputBytesSync, refusedAs, type InputRecord } from '../services/inputFile';
import { isWordPath } from '../services/wordDocument';
import { UsageError, type CliIO } from './command';
import { splitWordSpec, wordOperand } from './wordOperand';

/** A resolved compare/export operand: where it came from, its text and its parsed model. */
export interface Operand {
  name: string;
  text: string;
  resolution: Resolution;
  /** The adopted text a contribution's proposal names as its baseline (absent for texts and bundled numbers). */
  baseline?: { edition: string; number: string };
  /** A contribution's proposal: its symbol choice and reasons (absent for texts and bundled numbers). */
  proposal?: Pick<Proposal, 'symbol' | 'reasons'>;
}

/** An operand that may be empty: no baseline (a draft new resolution) or no draft (suppressed). */
export interface OptionalOperand {
  name: string;
  resolution: Resolution | null;
}

/**
 * A file operand over the text limit is read only when its first bytes show a contribution
 * (which may be larger); anything else that large is refused from its size, before it is read.
 */
function sizeLimitFor(path: string): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return MAX_TEXT_INPUT_BYTES; // the guarded reader names the problem
  }
  if (size <= MAX_TEXT_INPUT_BYTES) return MAX_TEXT_INPUT_BYTES;
  return beginsLikeContribution(readHeadSync(path, 4096, { label: path })) ? MAX_CONTRIBUTION_BYTES : MAX_TEXT_INPUT_BYTES;
}

/** The name standard input goes by in messages and in `compare --format json`. */
const STDIN = '<stdin>';

/** An input read and decoded by the shared rules, not yet parsed. */
interface RawInput {
  name: string;
  text: string;
  bytes: number;
  notices: string[];
}

/** Print what the user must be told about an input (a conversion, a decoded encoding). */
function announce(io: CliIO, notices: readonly string[]): void {
  for (const n of notices) io.stderr(`notice: ${n}\n`);
}

/** Runs a read, turning a refused input into a {@link UsageError} (exit 2) with its message. */
function refused<T>(read: () => T): T {
  return refusedAs(read, (message) => new UsageError(message));
}

/** Read a file by the guarded rule (`main/services/inputFile.ts`) and decode it, line ends kept. */
function readRawFile(path: string, inputs: InputRecord[]): RawInput {
  return refused(() => {
    const maxBytes = sizeLimitFor(path);
    const what = maxBytes === MAX_TEXT_INPUT_BYTES ? 'a resolution text' : 'a contribution file';
    const { bytes, identity } = readInputBytesSync(path, { maxBytes, label: path, what });
    inputs.push({ name: path, identity });
    const { text, notices } = decodeText(bytes, { name: path, lineEnds: 'keep', trailingBlankLines: 'keep' });
    return { name: path, text, bytes: bytes.length, notices };
  });
}

/**
 * Standard input as text, bounded and decoded by the shared rule (notices on standard error), and
 * which file it is when redirected (an output must never replace it).
 */
export async function readStdinInput(io: CliIO): Promise<{ text: string; identity: InputRecord['identity'] }> {
  const inputs: InputRecord[] = [];
  const raw = await readRawStdin(io, inputs);
  announce(io, raw.notices);
  return { text: raw.text, identity: inputs[0].identity };
}

async function readRawStdin(io: CliIO, inputs: InputRecord[]): Promise<RawInput> {
  const { bytes, identity } = await refusedAsync(() => io.readStdin(MAX_TEXT_INPUT_BYTES));
  inputs.push({ name: 'standard input', identity });
  const { text, notices } = refused(() => decodeText(bytes, { name: 'standard input', lineEnds: 'keep', trailingBlankLines: 'keep' }));
  return { name: STDIN, text, bytes: bytes.length, notices };
}

async function refusedAsync<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof InputRefusedError || e instanceof TextDecodeError) throw new UsageError(e.message);
    throw e;
  }
}

/** Whether decoded text is a contribution file (JSON) rather than the resolution text layout. */
function isJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** A raw input as the resolution text layout: line ends and trailing blank lines tidied, the user told. */
function asLayout(raw: RawInput, io: CliIO): string {
  if (raw.bytes > MAX_TEXT_INPUT_BYTES) {
    throw new UsageError(`${raw.name}: it is ${(raw.bytes / (1024 * 1024)).toFixed(1)} MB; a resolution text is at most ${MAX_TEXT_INPUT_BYTES / (1024 * 1024)} MB, so this is not one`);
  }
  const notices = [...raw.notices];
  const text = tidyLines(raw.text, { name: raw.name === STDIN ? 'standard input' : raw.name }, notices);
  announce(io, notices);
  return text;
}

/**
 * Resolve an operand: a bundled resolution number (`34`), `-` for standard input, a text file in
 * the resolution layout, or a contribution file with a proposal picked by its baseline number
 * (`draft.resdraft#34`; optional `@version` picks a saved version: `#34@v2` the second, oldest
 * first, or `#34@<name>` / `#34@<id>`).
 * Every file read is appended to `inputs` (so an output can be refused when it is one of them);
 * notices about the input (CR LF line ends, a decoded encoding) go to standard error.
 */
export async function resolveOperand(spec: string, io: CliIO, corpus: Corpus = new Corpus(), inputs: InputRecord[] = []): Promise<Operand> {
  if (/^[0-9]+$/.test(spec) && !existsSync(spec)) {
    if (!corpus.has(spec)) {
      throw new UsageError(`Resolution ${spec} is not bundled; bundled: ${corpus.list().map((r) => r.number).join(', ')}`);
    }
    return { name: `Resolution ${spec}`, text: corpus.text(spec), resolution: corpus.resolution(spec) };
  }
  if (spec === '-') {
    const raw = await readRawStdin(io, inputs);
    return parseNamed(STDIN, asLayout(raw, io));
  }
  const word = splitWordSpec(spec);
  if (isWordPath(word.path)) {
    inputs.push({ name: word.path, identity: fileIdentity(word.path) });
    return wordOperand(word.path, word.pick, corpus);
  }
  const hash = spec.lastIndexOf('#');
  const path = hash > 0 && !existsSync(spec) ? spec.slice(0, hash) : spec;
  const pick = path === spec ? undefined : spec.slice(hash + 1);
  const raw = readRawFile(path, inputs);
  if (pick !== undefined || isJson(raw.text)) {
    announce(io, raw.notices);
    return fromContribution(path, raw.text, pick);
  }
  return parseNamed(path, asLayout(raw, io));
}

/**
 * Like {@link resolveOperand}, but `none`, or an empty file or input, is an empty operand
 * (resolution null) instead of an error.
 */
export async function resolveOptionalOperand(
  spec: string | undefined,
  io: CliIO,
  corpus: Corpus = new Corpus(),
  inputs: InputRecord[] = [],
): Promise<OptionalOperand> {
  if (spec === undefined || (spec === 'none' && !existsSync(spec))) return { name: 'none', resolution: null };
  if (spec === '-') {
    const raw = await readRawStdin(io, inputs);
    const text = asLayout(raw, io);
    return text === '' ? { name: STDIN, resolution: null } : parseNamed(STDIN, text);
  }
  if (existsSync(spec) && statSync(spec).isFile() && statSync(spec).size === 0) return { name: spec, resolution: null };
  return resolveOperand(spec, io, corpus, inputs);
}

/**
 * Whether a file operand is a whole contribution file (JSON) rather than a draft. Reads it by the
 * guarded rule; an input that cannot be read is "not a contribution" here and is reported when
 * it is read as an operand.
 */
export function isContributionInput(spec: string): boolean {
  if (spec === '-' || !existsSync(spec)) return false;
  try {
    const { bytes } = readInputBytesSync(spec, { maxBytes: sizeLimitFor(spec) });
    return isJson(decodeText(bytes, { name: spec, lineEnds: 'keep', trailingBlankLines: 'keep' }).text);
  } catch {
    return false;
  }
}

function parseNamed(name: string, text: string): Operand {
  try {
    checkXmlCharacters(text);
    return { name, text, resolution: fromText(text) };
  } catch (e) {
    if (e instanceof ResolutionParseError) throw new UsageError(`${name}: ${e.message}`);
    throw e;
  }
}

function fromContribution(path: string, text: string, pick: string | undefined): Operand {
  let contribution;
  try {
    contribution = parseContributionText(text);
  } catch (e) {
    if (e instanceof ContributionFileError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
  const [which, versionKey] = (pick ?? '').split('@');
  let proposals = contribution.proposals;
  let where = path;
  if (versionKey !== undefined) {
    const version = versionByKey(contribution.versions, versionKey);
    if (!version) throw new UsageError(`${path}: no version "${versionKey}"; ${describeVersions(contribution.versions)}`);
    proposals = versionProposals(contribution.versions, version.id);
    where = `${path}@${versionKey}`;
  }
  const describe = (): string => proposals.map((p) => (p.baseline ? p.baseline.number : p.id)).join(', ') || 'none';
  let proposal;
  if (!which) {
    if (proposals.length !== 1) throw new UsageError(`${where}: holds ${proposals.length} proposals (${describe()}); pick one with ${path}#<number>`);
    proposal = proposals[0];
  } else {
    proposal = proposals.find((p) => p.baseline?.number === which || p.id === which);
    if (!proposal) throw new UsageError(`${where}: no proposal on Resolution ${which}; proposals: ${describe()}`);
  }
  const name = `${where}#${which || proposal.baseline?.number || proposal.id}`;
  try {
    const text = draftTextOf(proposal);
    checkXmlCharacters(text);
    const picked = { symbol: proposal.symbol, reasons: proposal.reasons };
    return proposal.baseline ? { name, text, resolution: proposal.draft, baseline: proposal.baseline, proposal: picked } : { name, text, resolution: proposal.draft, proposal: picked };
  } catch (e) {
    if (e instanceof DraftLayoutError) throw new UsageError(`${name}: the draft is not finished: ${e.message}`);
    if (e instanceof ResolutionParseError) throw new UsageError(`${name}: ${e.message}`);
    throw e;
  }
}

/**
 * A saved version by what the user typed after `@`: `v2` is the second version (oldest first, as
 * `resdraft list FILE.resdraft` lists them), anything else
 * a version's id or its name (the newest of that name).
 */
export function versionByKey(versions: readonly StoredVersion[], key: string): StoredVersion | undefined {
  const serial = /^v([0-9]+)$/.exec(key);
  if (serial) return versions[Number(serial[1]) - 1];
  return findVersion(versions, key);
}

/** The versions a contribution has, as `@v1` … for a message: `versions: v1 "Saved" (2025-03-01), v2 …`. */
function describeVersions(versions: readonly StoredVersion[]): string {
  if (versions.length === 0) return 'the file has no saved versions';
  return `versions: ${versions.map((v, i) => `v${i + 1} "${v.name}" (${v.time.slice(0, 10)})`).join(', ')}`;
}
