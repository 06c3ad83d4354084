import { writeFileSync } from 'node:fs';
import { runOffice } from '../lo/driver';
import type { LoDoc } from '../lo/loReadBack';

/** One edit LibreOffice records (see test/lo/wordDocs.py). */
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
  return runOffice<LoMade>('make', [jobsFile], { timeoutMs: 400_000 });
}
