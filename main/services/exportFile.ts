import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { ExportContribution, ExportOptions } from '../../shared/export/exportTypes';
import { exportContribution } from '../../shared/export/fromContribution';
import { toDocx } from './docx/toDocx';
import { toPreviewHtml } from '../../shared/export/toPreviewHtml';
import { writeFileAtomic } from './atomicWrite';
import { Corpus } from './corpus';

/** What an export writes: a Word document, the printable HTML preview, or that preview as PDF. */
export type ExportFormat = 'docx' | 'html' | 'pdf';

/** Prints an HTML page to PDF (the desktop app supplies Electron's printToPDF). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** The format a target path implies by its extension (`.html`/`.htm` → html, `.pdf` → pdf, anything else docx). */
export function formatForPath(path: string): ExportFormat {
  if (/^\.pdf$/i.test(extname(path))) return 'pdf';
  return /^\.html?$/i.test(extname(path)) ? 'html' : 'docx';
}

/** An export that was refused or failed; nothing was written. */
export class ExportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFileError';
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/**
 * Build the export in memory, then write it atomically (temp file in the target folder, fsync,
 * rename): a failure at any point leaves the previous file (or no file) and no partial one.
 * Refuses to write over any of `protect` (the input files) or over a folder.
 */
export async function exportToFile(
  target: string,
  contribution: ExportContribution,
  options: ExportOptions & { format?: ExportFormat; printPdf?: PdfPrinter } = {},
  protect: readonly string[] = [],
): Promise<{ path: string; bytes: number; format: ExportFormat }> {
  const path = resolve(target);
  const format = options.format ?? formatForPath(path);
  if (!existsSync(dirname(path))) throw new ExportFileError(`cannot write "${target}": the folder ${dirname(path)} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new ExportFileError(`cannot write "${target}": it is a folder`);
  for (const input of protect) {
    if (samePath(input, path)) throw new ExportFileError(`refusing to write the export over its own input "${basename(input)}"; choose another output file`);
  }
  if (format === 'pdf' && !options.printPdf) {
    throw new ExportFileError('PDF export needs the desktop app; here, open the print preview and print it to PDF');
  }
  const data =
    format === 'html'
      ? new TextEncoder().encode(toPreviewHtml(contribution, options))
      : format === 'pdf'
        ? await options.printPdf!(toPreviewHtml(contribution, options))
        : await toDocx(contribution, options);
  writeFileAtomic(path, data);
  return { path, bytes: data.length, format };
}

/**
 * What a host's "Export…" command calls: compare every proposal of a contribution with its
 * bundled baseline and write the .docx (or HTML preview) atomically. Throws `ProposalExportError`
 * (naming the proposal and line) when a draft does not parse, {@link ExportFileError} when the
 * target is refused; nothing is written in either case.
 */
export async function exportContributionToFile(
  target: string,
  content: ContributionContent,
  options: ExportOptions & { format?: ExportFormat } = {},
  corpus: Corpus = new Corpus(),
): Promise<{ path: string; bytes: number; format: ExportFormat }> {
  const contribution = exportContribution(content, (ref) => corpus.resolution(ref.number, ref.edition));
  return exportToFile(target, contribution, options);
}
