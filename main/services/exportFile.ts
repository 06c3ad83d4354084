import { extname, resolve } from 'node:path';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { ExportContribution, ExportOptions } from '../../shared/export/exportTypes';
import { exportContribution } from '../../shared/export/fromContribution';
import { toDocx } from './docx/toDocx';
import { toPreviewHtml } from '../../shared/export/toPreviewHtml';
import { checkContributionCharacters, checkExportCharacters, ForbiddenCharacterError } from '../../shared/text/contributionCharacters';
import { writeFileAtomic } from './atomicWrite';
import { Corpus } from './corpus';
import { guardOutput, OutputRefusedError, type ProtectedInput } from './outputTarget';
import { errorCode, writeFailure } from './saveErrors';

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

/** An export that could not be written (a full disk, a read-only folder); nothing was written or replaced. */
export class ExportWriteError extends ExportFileError {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

/** Runs a check, turning its refusal into an {@link ExportFileError} with the same message. */
function refusing<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof OutputRefusedError || e instanceof ForbiddenCharacterError) throw new ExportFileError(e.message);
    throw e;
  }
}

/**
 * Build the export in memory, then write it atomically (temp file in the target folder, fsync,
 * rename): a failure at any point leaves the previous file (or no file) and no partial one.
 * The target is checked by the output rule (`outputTarget.ts`): through a symlink the link's
 * target is written; a folder, a device, a contribution file or any of `protect` (the inputs,
 * as records or paths) is refused. A character a Word document cannot hold is refused with its
 * place named. Refusals throw {@link ExportFileError}, a failed write {@link ExportWriteError}
 * (one sentence: what happened; never a temporary path or an error code); nothing is written.
 */
export async function exportToFile(
  target: string,
  contribution: ExportContribution,
  options: ExportOptions & { format?: ExportFormat; printPdf?: PdfPrinter } = {},
  protect: readonly ProtectedInput[] = [],
): Promise<{ path: string; bytes: number; format: ExportFormat }> {
  const format = options.format ?? formatForPath(resolve(target));
  const path = refusing(() => guardOutput(target, protect));
  const data = await renderExport(contribution, { ...options, format });
  refusing(() => guardOutput(path, protect)); // again after the build: an input may have been linked there meanwhile
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    if (errorCode(e)) throw new ExportWriteError(writeFailure(path, e).message);
    throw e;
  }
  return { path, bytes: data.length, format };
}

/**
 * The bytes of an export, built in memory (for a file, or standard output): a character a Word
 * document cannot hold is refused with its place named ({@link ExportFileError}).
 */
export async function renderExport(contribution: ExportContribution, options: ExportOptions & { format: ExportFormat; printPdf?: PdfPrinter }): Promise<Uint8Array> {
  refusing(() => checkExportCharacters(contribution));
  if (options.format === 'pdf' && !options.printPdf) {
    throw new ExportFileError('PDF export needs the desktop app; here, open the print preview and print it to PDF');
  }
  if (options.format === 'html') return new TextEncoder().encode(toPreviewHtml(contribution, options));
  if (options.format === 'pdf') return options.printPdf!(toPreviewHtml(contribution, options));
  return toDocx(contribution, options);
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
  refusing(() => checkContributionCharacters(content));
  const contribution = exportContribution(content, (ref) => corpus.resolution(ref.number, ref.edition));
  return exportToFile(target, contribution, options);
}
