import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoDoc } from '../lo/loReadBack';

/** The script that makes .docx inputs in LibreOffice and reads them back. */
export const WORD_DOCS_SCRIPT = fileURLToPath(new URL('./loWordDocs.py', import.meta.url));

/** One edit LibreOffice records (see loWordDocs.py). */
export type LoEdit =
  | { replace: [string, string] }
  | { appendAfter: [string, string] }
  | { deleteParagraph: string }
  | { footnoteAppend: [number, string] }
  | { typeAt: [string, string] };

/** One document LibreOffice makes and saves as .docx. */
export type LoJob =
  | { op: 'resave'; input: string; output: string }
  | { op: 'record'; input: string; output: string; author: string; edits: LoEdit[] }
  | { op: 'compare'; input: string; other: string; output: string };

/** What LibreOffice reads from a document it saved: Accept All and Reject All. */
export interface LoMade {
  revisions: Record<string, number>;
  authors: string[];
  accept: LoDoc;
  reject: LoDoc;
}

/** Run every job in one LibreOffice process, then read each output back. */
export function makeWithLibreOffice(jobs: LoJob[], jobsFile: string): Record<string, LoMade> {
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const out = execFileSync('/usr/bin/python3', [WORD_DOCS_SCRIPT, jobsFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 400_000 });
  return (JSON.parse(out) as { files: Record<string, LoMade> }).files;
}
