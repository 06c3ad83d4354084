import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readAnnexText } from '../../shared/corpus/annexText';
import type { EditionManifest } from '../../shared/corpus/edition';
import { splitResolutions, type SplitResolution, type SplitResult, type UnplacedParagraph } from '../../shared/corpus/splitResolutions';
import { decodeText, TextDecodeError } from '../../shared/text/decodeText';
import { toText } from '../../shared/text/toText';
import { EDITION_ID_EXPECTED, isEditionId } from '../../shared/grammar/editionId';
import { parseConferenceLine, shortNameOfConference } from '../../shared/grammar/conferenceLine';
import { languageOfResolution, mostCommonLanguage } from '../../shared/grammar/textLanguage';
import { wordFileKind } from '../../shared/word/docxPackage';
import { writeFileAtomic } from './atomicWrite';
import { errorCode, writeProblem } from './saveErrors';
import { makeFolder } from './dataFolders';
import { Corpus } from './corpus';
import { InputRefusedError, readHeadSync, readInputBytesSync } from './inputFile';
import { WordReadError, wordReader } from './word/wordReader';

/** A problem with an edition import, in the user's terms (the CLI exits 2). */
export class EditionImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditionImportError';
  }
}

/** What an import stored and what it could not place. */
export interface EditionImportReport {
  id: string;
  dir: string;
  manifest: EditionManifest;
  unplaced: UnplacedParagraph[];
  frontMatter: number;
  /** What the user must be told about how the source was read (a decoded encoding, labels read by position). */
  notices: string[];
}

/** Options of {@link importEdition}. */
export interface EditionImportOptions {
  /** The folder of imported editions (see `editionsFolder.ts`). */
  editionsDir: string;
  /** Replace an imported edition of the same id (never a bundled one). */
  replace?: boolean;
  /** The corpus whose bundled ids may not be reused. */
  corpus?: Corpus;
}

/** The largest text export read (the whole WTDC-22 annex is about 1 MB). */
const MAX_TEXT_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * Read a source into resolutions: the ITU's .docx (in the Word reader's thread, bounded), or its
 * plain-text export (by the guarded reader and the shared decoding rule). A folder, FIFO, device
 * or socket is refused before it is opened.
 */
export async function readEditionSource(path: string): Promise<SplitResult & { notices: string[] }> {
  try {
    if (wordFileKind(readHeadSync(path, 8, { label: path })) !== 'other') {
      return { ...(await wordReader().read({ job: 'edition', path, name: path })), notices: [] };
    }
    const { bytes } = readInputBytesSync(path, { maxBytes: MAX_TEXT_SOURCE_BYTES, label: path, what: 'the text export of an edition' });
    const { text, notices } = decodeText(bytes, { name: path, lineEnds: 'keep', trailingBlankLines: 'keep' });
    return { ...splitResolutions(readAnnexText(text)), notices };
  } catch (e) {
    if (e instanceof InputRefusedError || e instanceof TextDecodeError || e instanceof WordReadError) throw new EditionImportError(e.message);
    throw e;
  }
}

/**
 * The manifest of an imported edition: the conference, place and year its first resolution's
 * conference line names, and the language its texts are written in (most of its number lines').
 */
function manifestFor(id: string, resolutions: SplitResolution[], source: string): EditionManifest {
  const confLine = resolutions[0].resolution.conferenceLine;
  const conference = parseConferenceLine(confLine);
  if (!conference || conference.name === '') {
    throw new EditionImportError(`${source}: the conference line "${confLine}" names no place and year; expected e.g. "The World Telecommunication Development Conference (Baku, 2025),"`);
  }
  const language = mostCommonLanguage(resolutions.map((r) => languageOfResolution(r.resolution))) ?? 'en';
  return {
    schema: 1,
    id,
    conference: conference.name,
    shortName: `${shortNameOfConference(conference.name, language)}-${String(conference.year).slice(2)}`,
    place: conference.place,
    year: conference.year,
    language,
    resolutions: resolutions.map((r) => ({ number: r.number, title: r.title, file: `res-${r.number}.txt` })),
  };
}

/**
 * Import an edition: read `source` (.docx or text export), cut it into resolutions, and store
 * them as `<editionsDir>/<id>/` (one `res-<n>.txt` per resolution and an `edition.json`). The
 * folder is written beside its place and renamed into it, so a failed import leaves nothing and
 * an existing edition is replaced whole or not at all.
 */
export async function importEdition(source: string, id: string, options: EditionImportOptions): Promise<EditionImportReport> {
  if (!isEditionId(id)) throw new EditionImportError(`edition name "${id}" is not valid; expected ${EDITION_ID_EXPECTED}`);
  const corpus = options.corpus ?? new Corpus(undefined, { userEditions: options.editionsDir });
  const bundled = corpus.editions().find((e) => e.id === id && e.bundled);
  if (bundled) throw new EditionImportError(`"${id}" is a bundled edition; choose another name, e.g. ${id}-import`);
  const target = join(options.editionsDir, id);
  if (existsSync(target) && !options.replace) throw new EditionImportError(`edition "${id}" already exists in ${options.editionsDir}; add --replace to replace it`);

  const split = await readEditionSource(source);
  const seen = new Set<string>();
  const resolutions = split.resolutions.filter((r) => {
    if (r.number === '') {
      split.unplaced.push({ resolution: null, position: 1, where: r.where, text: r.resolution.numberLine, reason: 'a draft new resolution is not an adopted text' });
      return false;
    }
    if (!seen.has(r.number)) return seen.add(r.number);
    split.unplaced.push({ resolution: r.number, position: 1, where: r.where, text: r.resolution.numberLine, reason: `Resolution ${r.number} appears twice; the first is kept` });
    return false;
  });
  if (resolutions.length === 0) {
    const why = split.unplaced[0] ? `; first problem: Resolution ${split.unplaced[0].resolution}, ${split.unplaced[0].where}: ${split.unplaced[0].reason}` : '';
    throw new EditionImportError(`${source}: no resolution found (expected number lines such as "RESOLUTION 5 (Rev. Kigali, 2022)")${why}`);
  }
  const manifest = manifestFor(id, resolutions, source);

  const temp = join(options.editionsDir, `.tmp-${id}.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    makeFolder(options.editionsDir);
    mkdirSync(temp);
  } catch (e) {
    throw storeFailure(id, target, e);
  }
  try {
    for (const r of resolutions) writeFileAtomic(join(temp, `res-${r.number}.txt`), toText(r.resolution));
    writeFileAtomic(join(temp, 'edition.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(target)) {
      const old = `${temp}.old`;
      renameSync(target, old);
      renameSync(temp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, target);
    }
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw storeFailure(id, target, e);
  }
  const notices = [...split.notices, ...resolutions.flatMap((r) => r.notices.map((n) => `Resolution ${r.number}, ${n}`))];
  return { id, dir: target, manifest, unplaced: split.unplaced, frontMatter: split.frontMatter, notices };
}

/** A failed write of an edition's files, in the user's words (never a temporary folder or an error code). */
function storeFailure(id: string, target: string, e: unknown): unknown {
  if (!errorCode(e)) return e;
  return new EditionImportError(`could not store the edition "${id}": ${writeProblem(e, target)}; nothing was imported`);
}

/** Whether a path exists and is a regular file. */
export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

