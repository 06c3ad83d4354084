import { fstatSync } from 'node:fs';
import { decodeText, MAX_TEXT_INPUT_BYTES, TextDecodeError } from '../../shared/text/decodeText';
import { InputRefusedError, type FileIdentity } from '../services/inputFile';
import { UsageError, type CliIO } from './command';

/** Standard input as read: its bytes and, when it is a redirected regular file, which file. */
export interface StdinBytes {
  bytes: Uint8Array;
  /** Device and inode when standard input is a regular file (`< draft.txt`); `null` for a pipe or a terminal. */
  identity: FileIdentity | null;
}

/**
 * Read the process's standard input, at most `maxBytes` (a redirected file is refused before it
 * is read when its size says so; a pipe or a device such as /dev/zero is cut at `maxBytes + 1`
 * and refused), so no input can grow memory without bound.
 */
export async function readProcessStdin(maxBytes: number): Promise<StdinBytes> {
  let identity: FileIdentity | null = null;
  try {
    const st = fstatSync(0, { bigint: true });
    if (st.isDirectory()) throw new InputRefusedError('standard input', 'it is a folder, not a file');
    if (st.isFile()) {
      identity = { dev: st.dev, ino: st.ino };
      if (st.size > BigInt(maxBytes)) throw tooLarge(maxBytes);
    }
  } catch (e) {
    if (e instanceof InputRefusedError) throw e;
    // no standard input at all (closed): read as empty below
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(b);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks, total)), identity };
}

function tooLarge(maxBytes: number): InputRefusedError {
  return new InputRefusedError('standard input', `more than ${(maxBytes / (1024 * 1024)).toFixed(1)} MB; a resolution text is far smaller, so this is not one (nothing was used)`);
}

/**
 * Standard input as text for commands that take it whole (synopsis): bounded by `maxBytes`,
 * decoded by the shared rule, line ends kept; notices are printed on standard error.
 */
export async function readStdinText(io: CliIO, maxBytes: number = MAX_TEXT_INPUT_BYTES): Promise<string> {
  try {
    const { bytes } = await io.readStdin(maxBytes);
    const { text, notices } = decodeText(bytes, { name: 'standard input', lineEnds: 'keep', trailingBlankLines: 'keep' });
    for (const n of notices) io.stderr(`notice: ${n}\n`);
    return text;
  } catch (e) {
    if (e instanceof InputRefusedError || e instanceof TextDecodeError) throw new UsageError(e.message);
    throw e;
  }
}
