import type { StdinBytes } from './stdinInput';

/** What a command writes to and reads from; the real process streams, or buffers in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
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

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
