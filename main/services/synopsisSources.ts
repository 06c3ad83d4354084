import { basename, extname } from 'node:path';
import { DraftLayoutError, finishedDraftOf } from '../../shared/contribution/proposalDraft';
import { proposalNumber, proposalNumberProblem } from '../../shared/export/proposalNumber';
import type { Resolution } from '../../shared/model/resolution';
import { resolutionNumberOf } from '../../shared/grammar/numberLine';
import { buildSynopsis } from '../../shared/synopsis/buildSynopsis';
import type { NewResolutionNote } from '../../shared/synopsis/synopsisJson';
import type { Synopsis, SynopsisInput } from '../../shared/synopsis/synopsisTypes';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { sourceShortCode } from '../../shared/export/revisionAuthor';
import { ResolutionParseError } from '../../shared/text/parseError';
import { settingsFromCover } from '../../shared/word/toContribution';
import { readContributionFile } from './contributionFile';
import { readHeadSync, readTextInputSync, refusedAs } from './inputFile';
import { Corpus, DEFAULT_EDITION } from './corpus';
import { WordDocumentError, describeProposal, isWordPath, openWordDocument } from './wordDocument';

/** A source that cannot be read or compiled; the message names the file and what was expected. Nothing is written. */
export class SynopsisSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynopsisSourceError';
  }
}

/** One proposal found in a source file, before it is grouped by resolution. */
export interface SourceProposal extends SynopsisInput {
  /** The adopted resolution it revises, or null for a draft new resolution. */
  baseline: { edition: string; number: string } | null;
  /** The file it came from (what the output must never overwrite), or `-`. */
  file: string;
}

/**
 * Reads a file of another kind into proposals (the seam for Word contributions: register a reader
 * for `.docx` that yields each proposal's draft, source name, number and reasons).
 */
export type SourceReader = (path: string, options: SourceOptions) => SourceProposal[] | Promise<SourceProposal[]>;

/** How sources are read. */
export interface SourceOptions {
  /** The edition a draft text revises (a text names its resolution, not its edition). */
  edition?: string;
}

/** Readers by file extension (lower case, with the dot), tried before the built-in ones. */
export const SOURCE_READERS = new Map<string, SourceReader>();

const MAX_TEXT_BYTES = 16 * 1024 * 1024;

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Runs a read by the guarded rule, turning a refused input into a {@link SynopsisSourceError}. */
function guarded<T>(read: () => T): T {
  return refusedAs(read, (message) => new SynopsisSourceError(message));
}

function parseDraft(where: string, text: string): Resolution {
  try {
    return fromText(text);
  } catch (e) {
    if (e instanceof ResolutionParseError) throw new SynopsisSourceError(`${where}: ${e.message}`);
    throw e;
  }
}


function fromContributionFile(path: string): SourceProposal[] {
  let contribution;
  try {
    contribution = readContributionFile(path).contribution;
  } catch (e) {
    // every error of the contribution reader is a sentence naming the file (not a file, damaged, …)
    throw new SynopsisSourceError(e instanceof Error ? e.message : String(e));
  }
  const source = contribution.settings.source.trim();
  const code = sourceShortCode(contribution.settings);
  const bad = proposalNumberProblem(contribution.settings);
  if (bad) throw new SynopsisSourceError(`${path}: ${bad.label} "${bad.value}": ${bad.message}`);
  return contribution.proposals.map((p, i) => {
    const serial = i + 1;
    const what = p.baseline ? `proposal ${serial} (Resolution ${p.baseline.number})` : `proposal ${serial} (draft new resolution "${p.id}")`;
    let draft: Resolution;
    try {
      draft = finishedDraftOf(p, `${path}: ${what}`);
    } catch (e) {
      if (e instanceof DraftLayoutError) throw new SynopsisSourceError(e.message);
      throw e;
    }
    const proposal = proposalNumber(contribution.settings, serial);
    return {
      name: code || proposal || source || basename(path),
      ...(source ? { source } : {}),
      proposal,
      reasons: p.reasons,
      origin: p.baseline ? `${path}#${p.baseline.number}` : `${path}#${p.id}`,
      draft,
      suppressed: p.symbol === 'SUP',
      baseline: p.baseline && p.symbol !== 'ADD' ? { edition: p.baseline.edition, number: p.baseline.number } : null,
      file: path,
    };
  });
}

/**
 * A Word contribution: each proposal's accepted text is its draft (SUP suppresses), named after
 * the cover's `Source:` (or the file name), with the proposal numbers and reasons it prints.
 */
async function fromWordFile(path: string, options: SourceOptions): Promise<SourceProposal[]> {
  let doc;
  try {
    doc = await openWordDocument(path);
  } catch (e) {
    if (e instanceof WordDocumentError) throw new SynopsisSourceError(e.message);
    throw e;
  }
  const word = doc.contribution;
  const settings = settingsFromCover(word.cover, word.proposals.map((p) => p.number), new Date().getUTCFullYear());
  const source = settings.source.trim();
  const code = sourceShortCode(settings);
  return word.proposals.map((p) => {
    const suppressed = p.symbol === 'SUP';
    if (!suppressed && p.draft === null) {
      throw new SynopsisSourceError(`${path}: ${describeProposal(p)} at ${p.where}: the accepted text is not a whole resolution`);
    }
    return {
      name: code || p.number || source || basename(path),
      ...(source ? { source } : {}),
      proposal: p.number,
      reasons: p.reasons,
      origin: `${path}#${p.number || p.resolution || 'new'}`,
      draft: suppressed ? null : p.draft,
      suppressed,
      baseline: p.resolution && p.symbol !== 'ADD' ? { edition: options.edition ?? DEFAULT_EDITION, number: p.resolution } : null,
      file: path,
    };
  });
}

function fromDraftText(path: string, text: string, options: SourceOptions): SourceProposal {
  const draft = parseDraft(path, text);
  const number = resolutionNumberOf(draft.numberLine);
  if (number === undefined && !draft.numberLine.startsWith('DRAFT NEW RESOLUTION')) {
    throw new SynopsisSourceError(`${path}: line 1: the number line "${draft.numberLine}" names no resolution; expected "RESOLUTION <n> (Rev. …)"`);
  }
  return {
    name: path === '-' ? '<stdin>' : basename(path),
    proposal: '',
    reasons: '',
    origin: path === '-' ? '<stdin>' : path,
    draft,
    baseline: number === undefined ? null : { edition: options.edition ?? DEFAULT_EDITION, number },
    file: path,
  };
}

/**
 * Read one source: a contribution file (`.resdraft`, JSON: every proposal, named after its
 * cover's source, numbered with its prefix, with its reasons), a draft in the resolution text
 * layout (named after the file; it revises the resolution its number line names), a Word
 * contribution (`.docx`: each proposal's accepted text, named after its cover's source), or `-`
 * with `stdin` for a draft on standard input.
 */
export async function readSource(path: string, options: SourceOptions = {}, stdin?: string): Promise<SourceProposal[]> {
  if (path === '-') return [fromDraftText('-', withoutBom(stdin ?? ''), options)];
  // a folder, FIFO, device or socket is refused before it is opened (the guarded reader)
  const head = guarded(() => Buffer.from(readHeadSync(path, 4096, { label: path })).toString('utf8'));
  const reader = SOURCE_READERS.get(extname(path).toLowerCase());
  if (reader) return reader(path, options);
  if (isWordPath(path)) return fromWordFile(path, options);
  if (/^\uFEFF?\s*\{/.test(head)) return fromContributionFile(path);
  const { text } = guarded(() => readTextInputSync(path, { maxBytes: MAX_TEXT_BYTES, label: path, what: 'a draft text', lineEnds: 'keep', trailingBlankLines: 'keep' }));
  return [fromDraftText(path, withoutBom(text), options)];
}

/** Every synopsis a set of sources gives: one per resolution they revise, plus the draft new resolutions. */
export interface CompiledSynopses {
  synopses: Synopsis[];
  newResolutions: NewResolutionNote[];
}

function numeric(a: string, b: string): number {
  return Number(a) - Number(b) || a.localeCompare(b);
}

/** Unique names within one resolution: a repeated name gets its proposal number (or origin) added. */
function uniqueNames(list: SourceProposal[]): SynopsisInput[] {
  const count = new Map<string, number>();
  for (const p of list) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  const used = new Set<string>();
  return list.map((p) => {
    let name = count.get(p.name)! > 1 ? `${p.name} (${p.proposal || p.origin})` : p.name;
    for (let k = 2; used.has(name); k++) name = `${p.name} (${p.proposal || p.origin}) #${k}`;
    used.add(name);
    return { name, ...(p.source ? { source: p.source } : {}), proposal: p.proposal, reasons: p.reasons, origin: p.origin, draft: p.draft, suppressed: p.suppressed };
  });
}

/** The text a proposal puts forward, to tell the same proposal given twice. */
function sameProposal(a: SourceProposal, b: SourceProposal): boolean {
  const text = (p: SourceProposal): string => (p.suppressed || !p.draft ? 'SUP' : toText(p.draft));
  return a.name === b.name && a.proposal === b.proposal && a.reasons === b.reasons && text(a) === text(b);
}

/** Refuses a source given twice: the same file, or another file holding the very same proposal (it would count as an agreement with itself). */
function refuseRepeats(list: readonly SourceProposal[]): void {
  list.forEach((p, i) => {
    for (const q of list.slice(0, i)) {
      if (q.file === p.file && q.file !== '-' && q.origin === p.origin) throw new SynopsisSourceError(`${p.file} is given twice: give each source once`);
      if (sameProposal(q, p)) {
        const what = p.proposal ? `the same proposal (${p.proposal} of ${p.name})` : `the same draft of ${p.name}`;
        throw new SynopsisSourceError(`${q.origin} and ${p.origin} hold ${what}: give each source once`);
      }
    }
  });
}

/**
 * Group the proposals by the resolution they revise and build each synopsis against the
 * resolution's adopted text. Throws {@link SynopsisSourceError} when two sources revise
 * different editions of the same resolution (naming both), when the same source is given twice
 * (the same file, or the same proposal in two files), when a baseline is not known, or when
 * `only` names a resolution no source revises.
 */
export function compileSynopses(proposals: readonly SourceProposal[], corpus: Corpus = new Corpus(), only?: string): CompiledSynopses {
  const groups = new Map<string, SourceProposal[]>();
  const newResolutions: NewResolutionNote[] = [];
  for (const p of proposals) {
    if (!p.baseline) {
      if (p.draft) newResolutions.push({ source: p.name, proposal: p.proposal, numberLine: p.draft.numberLine, title: p.draft.title });
      continue;
    }
    const list = groups.get(p.baseline.number) ?? [];
    const other = list.find((q) => q.baseline!.edition !== p.baseline!.edition);
    if (other) {
      throw new SynopsisSourceError(
        `the sources revise different editions of Resolution ${p.baseline.number}: ${other.origin} revises ${other.baseline!.edition}, ${p.origin} revises ${p.baseline.edition}; give sources on one edition`,
      );
    }
    list.push(p);
    groups.set(p.baseline.number, list);
  }
  let numbers = [...groups.keys()].sort(numeric);
  if (only !== undefined) {
    if (!groups.has(only)) {
      throw new SynopsisSourceError(`no source revises Resolution ${only}; the sources revise ${numbers.length ? numbers.map((n) => `Resolution ${n}`).join(', ') : 'no adopted resolution'}`);
    }
    numbers = [only];
  }
  const synopses = numbers.map((number) => {
    const list = groups.get(number)!;
    refuseRepeats(list);
    const edition = list[0].baseline!.edition;
    let resolution: Resolution;
    try {
      resolution = corpus.resolution(number, edition);
    } catch (e) {
      throw new SynopsisSourceError(`${list[0].origin}: ${(e as Error).message}`);
    }
    return buildSynopsis({ number, edition, resolution }, uniqueNames(list));
  });
  return { synopses, newResolutions: only === undefined ? newResolutions : [] };
}
