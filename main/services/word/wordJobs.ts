import { closeSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { splitResolutions, type SplitResult } from '../../../shared/corpus/splitResolutions';
import { readDocx } from '../../../shared/word/docxParagraphs';
import { WORD_READ_LIMITS, type WordReadLimits } from '../../../shared/word/readLimits';
import { readWordContribution, type WordContribution } from '../../../shared/word/wordContribution';
import type { ByteSource, RawInflater } from '../../../shared/word/zipArchive';
import { openInputSync } from '../inputFile';

/** What the Word reader can be asked to read, and what each answers. */
export interface WordJobs {
  /** A Word contribution (ours or anyone's): its proposals, both sides of every revision, per author. */
  contribution: WordContribution;
  /** The ITU's Word document of adopted resolutions (an edition): its resolutions, every revision accepted. */
  edition: SplitResult;
}

/** One request to the Word reader: a file (as the user named it) and what to read it as. */
export interface WordRequest<K extends keyof WordJobs = keyof WordJobs> {
  job: K;
  path: string;
  /** The name messages give the file (what the user typed, or its file name). */
  name: string;
  limits?: WordReadLimits;
}

/** Node's zlib (native, several times faster than inflating in JavaScript), never past `maxBytes`. */
const zlibInflate: RawInflater = (compressed, maxBytes) => {
  try {
    return new Uint8Array(inflateRawSync(compressed, { maxOutputLength: maxBytes + 1 }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw e;
  }
};

/**
 * Run one job in this thread: open the file by the guarded rule (a folder, FIFO, device or socket
 * refused before it is opened; a file over the limit refused from its size) and read only the
 * parts of it the reader uses, with positioned reads on the descriptor.
 */
export function runWordJob<K extends keyof WordJobs>(request: WordRequest<K>): WordJobs[K] {
  const limits = request.limits ?? WORD_READ_LIMITS;
  const file = openInputSync(request.path, { maxBytes: limits.maxFileBytes, label: request.name, what: 'a Word document' });
  const src: ByteSource = {
    size: file.size,
    read(offset, length) {
      const buf = new Uint8Array(Math.max(0, Math.min(length, file.size - offset)));
      let got = 0;
      while (got < buf.length) {
        const n = readSync(file.fd, buf, got, buf.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return got === buf.length ? buf : buf.subarray(0, got);
    },
  };
  try {
    const content = readDocx(src, request.name, limits, zlibInflate);
    const out: WordJobs[keyof WordJobs] = request.job === 'edition' ? splitResolutions(content.draft) : readWordContribution(content);
    return out as WordJobs[K];
  } finally {
    closeSync(file.fd);
  }
}
