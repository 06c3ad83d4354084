import { writeFileAtomic } from '../services/atomicWrite';
import { guardOutput, OutputRefusedError, type ProtectedInput } from '../services/outputTarget';
import { errorCode, writeFailure } from '../services/saveErrors';
import { UsageError, WriteFailedError, type CliIO } from './command';

/** The output name that means standard output (`-o -`). */
export const STANDARD_OUTPUT = '-';

/**
 * Check a command's output before the work is done: `-` is standard output (a Word document is
 * not written to a terminal); a file is checked by THE OUTPUT RULE (`outputTarget.ts`), so a
 * refusal costs nothing. Returns the path to write, or `null` for standard output.
 */
export function checkOutput(target: string, inputs: readonly ProtectedInput[], what: string, io: CliIO, binary: boolean, contributionMayBeReplaced = false): string | null {
  if (target === STANDARD_OUTPUT) {
    if (binary && io.stdoutIsTerminal) throw new UsageError(`${what} is a Word document, which a terminal cannot show: redirect standard output to a file (> out.docx), or give -o out.docx`);
    return null;
  }
  try {
    return guardOutput(target, inputs, what, { contributionMayBeReplaced });
  } catch (e) {
    if (e instanceof OutputRefusedError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * Write a command's output where {@link checkOutput} said: to standard output, or atomically to
 * the file, checked again (an input may have been linked there meanwhile). A failed write is one
 * sentence in the user's words (exit 1), never an error code or a temporary path.
 */
export function writeOutput(path: string | null, data: string | Uint8Array, inputs: readonly ProtectedInput[], what: string, io: CliIO, contributionMayBeReplaced = false): void {
  if (path === null) {
    io.stdout(data);
    return;
  }
  checkOutput(path, inputs, what, io, false, contributionMayBeReplaced);
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    if (errorCode(e)) throw new WriteFailedError(writeFailure(path, e).message);
    throw e;
  }
}
