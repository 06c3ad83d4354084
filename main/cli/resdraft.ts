import { readFileSync } from 'node:fs';
import { ResolutionParseError } from '../../shared/text/parseError';
import { UsageError, WriteFailedError, type CliIO } from './command';
import { COMMANDS, commandSummary } from './commandIndex';
import { readProcessStdin } from './stdinInput';
import { cliText } from './cliLanguage';

export { COMMANDS };

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    `${cliText('cli.usage')}\n\n${cliText('cli.about')}\n\n${cliText('cli.commands')}\n` +
    COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${commandSummary(c.name)}\n`).join('') +
    `\n${cliText('cli.more')}\n`
  );
}

/** The process's real streams. */
export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: readProcessStdin,
  get stdoutIsTerminal() {
    return process.stdout.isTTY === true;
  },
};

/**
 * A reader that stopped reading (`resdraft list | head`) ends the command quietly: no EPIPE
 * stack trace, exit code 0, as for any output the reader chose not to read.
 */
let pipeGuarded = false;
function endQuietlyOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

/** Run the CLI; returns the exit code (0 ok, 1 failure, 2 usage or input error). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) endQuietlyOnClosedPipe();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`resdraft: ${cliText('cli.unknownCommand', { name, names: COMMANDS.map((c) => c.name).join(', ') })}\n`);
    return 2;
  }
  try {
    // a command runs once: zod checks its inputs without first compiling fast paths for its schemas
    if (command.checksInputs !== false) (await import('zod')).config({ jitless: true });
    return await (await command.load()).run(rest, io);
  } catch (e) {
    if (e instanceof UsageError && e.showUsage) {
      io.stderr(`resdraft ${name}: ${cliText('cli.usageError', { message: e.message, usage: command.usage, command: name })}\n`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof ResolutionParseError) {
      io.stderr(`resdraft ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof WriteFailedError) {
      io.stderr(`resdraft ${name}: ${e.message}\n`);
      return 1;
    }
    io.stderr(`resdraft ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}
