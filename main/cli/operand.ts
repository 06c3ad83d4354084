import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseContributionText, ContributionFileError } from '../../shared/contribution/parseContribution';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { ResolutionParseError } from '../../shared/text/parseError';
import { DraftLayoutError, draftTextOf } from '../../shared/contribution/proposalDraft';
import { findVersion, versionProposals } from '../../shared/contribution/versionChain';
import { Corpus } from '../services/corpus';
import { isWordPath } from '../services/wordDocument';
import { UsageError, type CliIO } from './command';
import { splitWordSpec, wordOperand } from './wordOperand';

/** A resolved compare/export operand: where it came from, its text and its parsed model. */
export interface Operand {
  name: string;
  text: string;
  resolution: Resolution;
}

/** An operand that may be empty: no baseline (a draft new resolution) or no draft (suppressed). */
export interface OptionalOperand {
  name: string;
  resolution: Resolution | null;
}

const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/**
 * Resolve an operand: a bundled resolution number (`34`), `-` for standard input, a text file in
 * the resolution layout, or a contribution file with a proposal picked by its baseline number
 * (`draft.resdraft#34`; optional `@version` picks a saved version by id or name: `#34@v2`).
 */
export async function resolveOperand(spec: string, io: CliIO, corpus: Corpus = new Corpus()): Promise<Operand> {
  if (/^[0-9]+$/.test(spec) && !existsSync(spec)) {
    if (!corpus.has(spec)) {
      throw new UsageError(`Resolution ${spec} is not bundled; bundled: ${corpus.list().map((r) => r.number).join(', ')}`);
    }
    return { name: `Resolution ${spec}`, text: corpus.text(spec), resolution: corpus.resolution(spec) };
  }
  if (spec === '-') return parseNamed('<stdin>', withoutBom(await io.readStdin()));
  const word = splitWordSpec(spec);
  if (isWordPath(word.path)) return wordOperand(word.path, word.pick, corpus);
  const hash = spec.lastIndexOf('#');
  const path = hash > 0 && !existsSync(spec) ? spec.slice(0, hash) : spec;
  const pick = path === spec ? undefined : spec.slice(hash + 1);
  const text = readTextFile(path);
  if (pick !== undefined || /^\s*\{/.test(text)) return fromContribution(path, text, pick);
  return parseNamed(path, text);
}

/**
 * Like {@link resolveOperand}, but `none`, or an empty file or input, is an empty operand
 * (resolution null) instead of an error.
 */
export async function resolveOptionalOperand(spec: string | undefined, io: CliIO, corpus: Corpus = new Corpus()): Promise<OptionalOperand> {
  if (spec === undefined || (spec === 'none' && !existsSync(spec))) return { name: 'none', resolution: null };
  if (spec === '-') {
    const text = withoutBom(await io.readStdin());
    return text === '' ? { name: '<stdin>', resolution: null } : parseNamed('<stdin>', text);
  }
  if (existsSync(spec) && statSync(spec).isFile() && statSync(spec).size === 0) return { name: spec, resolution: null };
  return resolveOperand(spec, io, corpus);
}

/** A UTF-8 byte-order mark (Windows editors write one) marks the encoding; it is not text. */
function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function readTextFile(path: string): string {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  const st = statSync(path);
  if (st.isDirectory()) throw new UsageError(`${path}: is a directory; expected a resolution text file`);
  if (st.size > MAX_TEXT_BYTES) throw new UsageError(`${path}: ${st.size} bytes is too large for a resolution text`);
  return withoutBom(readFileSync(path, 'utf8'));
}

function parseNamed(name: string, text: string): Operand {
  try {
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
    const version = findVersion(contribution.versions, versionKey);
    if (!version) {
      throw new UsageError(`${path}: no version "${versionKey}"; versions: ${contribution.versions.map((v) => v.id).join(', ') || 'none'}`);
    }
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
    return { name, text: draftTextOf(proposal), resolution: proposal.draft };
  } catch (e) {
    if (e instanceof DraftLayoutError) throw new UsageError(`${name}: the draft is not finished: ${e.message}`);
    throw e;
  }
}
