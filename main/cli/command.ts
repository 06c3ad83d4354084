import type { StdinBytes } from './stdinInput';

/** What a command writes to and reads from; the real process streams, or buffers in tests. */
export interface CliIO {
  /** Text, or the bytes of a file written to standard output (`-o -`). */
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
  /** Whether standard output is a terminal (a Word document is then not written to it). */
  stdoutIsTerminal?: boolean;
  /** Standard input's bytes, at most `maxBytes` (more is refused), and which file it is when redirected. */
  readStdin(maxBytes: number): Promise<StdinBytes>;
}

/** One `resdraft` sub-command. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code: 0 success, 1 failure, 2 bad usage or bad input. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A usage error: printed as one line, exit code 2; with `showUsage`, the line ends with the command's usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Writing the output failed (a full disk, a read-only folder): printed as one line, exit code 1. */
export class WriteFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteFailedError';
  }
}

/**
 * Runs `run`, turning the refusals of the given kinds (a refused output, a character Word cannot
 * hold) into a {@link UsageError} with the same message: exit 2, nothing written.
 */
export async function refusalsAsUsage<T>(run: () => Promise<T>, kinds: ReadonlyArray<abstract new (...args: never[]) => Error>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (kinds.some((k) => e instanceof k)) throw new UsageError((e as Error).message);
    throw e;
  }
}
