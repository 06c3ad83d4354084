/**
 * Reads documents back through the LibreOffice driver (`driver.ts`, python3-uno) and maps what LibreOffice reads back
 * onto the resolution text layout.
 *
 * The mapping (see `main/services/docx/toDocx.ts`): the paragraphs of a proposal from the number line
 * up to (not including) `Reasons:` are the resolution's layout lines without the footnote lines;
 * items read `label<TAB>text`. A footnote anchor reads `[^k]`, k counting from 1 in each
 * resolution in reading order; the k-th footnote's text is the body of layout line `[^k]: text`.
 * So a resolution read back is exactly its `toText` output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runOffice } from './driver';
import { isReasonsLine } from '../../shared/word/coverWords';

/** What LibreOffice holds after one operation. */
export interface LoDoc {
  paragraphs: string[];
  footnotes: string[];
  /** With `labels`: the label LibreOffice's list numbering shows before each paragraph (`''` for none). */
  labels?: string[];
  /** With `directions`: the writing mode of each body paragraph and of each header paragraph (`rl`, `lr`). */
  directions?: { body: string[]; header: string[] };
}

/** What the script reports for one file. */
export interface LoFile {
  revisions: Record<string, number>;
  accept: LoDoc;
  reject: LoDoc;
  /** Revisions left after Accept All (must be 0). */
  remaining: number;
}

/** Whether LibreOffice and python3-uno are installed here. */
export function libreOfficeAvailable(): boolean {
  if (!existsSync('/usr/bin/python3')) return false;
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' });
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Open every file in one LibreOffice process; accept all, reject all, read back (with `labels`, the list labels too; with `directions`, the paragraphs' writing modes). */
export function readBack(files: string[], options: { labels?: boolean; directions?: boolean } = {}): Record<string, LoFile> {
  return runOffice<LoFile>('revisions', [...(options.labels ? ['--labels'] : []), ...(options.directions ? ['--directions'] : []), ...files]);
}

/**
 * Cut a read-back document into resolutions: each one runs from the paragraph after a proposal
 * header (`MOD<TAB>…`) up to its `Reasons:` paragraph. Footnote anchors are renumbered per
 * resolution and the footnote texts attached, so each result is a text in the resolution layout.
 */
export function resolutionsIn(doc: LoDoc): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < doc.paragraphs.length) {
    if (!/^(MOD|ADD|SUP|NOC)\t/.test(doc.paragraphs[i])) {
      i++;
      continue;
    }
    const lines: string[] = [];
    const notes: string[] = [];
    i++;
    while (i < doc.paragraphs.length && !isReasonsLine(doc.paragraphs[i])) {
      lines.push(
        doc.paragraphs[i].replace(/\[\^(\d+)\]/g, (_, n: string) => {
          notes.push(doc.footnotes[Number(n) - 1] ?? '(missing footnote)');
          return `[^${notes.length}]`;
        }),
      );
      i++;
    }
    out.push([...lines, ...notes.map((t, k) => `[^${k + 1}]: ${t}`)].join('\n') + '\n');
  }
  return out;
}
