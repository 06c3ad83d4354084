import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** The repository root: where `npx resdraft` resolves the package's own bin. */
export const ROOT = join(import.meta.dirname, '../..');

/** Result of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The package's `resdraft` bin (package.json), which runs the built CLI in out/cli (never the sources). */
export const BIN = join(ROOT, (createRequire(import.meta.url)('../../package.json') as { bin: { resdraft: string } }).bin.resdraft);

/**
 * Run `resdraft …` from the repository root as `npx resdraft` does (`node <the package's bin>`, without
 * npx's own 0.6 s start), optionally feeding standard input. test/packaging/cliBundle.test.ts checks
 * `npx resdraft` itself.
 */
export function resdraft(args: string[], stdin?: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * Run the real CLI (the package's bin, as {@link resdraft}) with standard input redirected from a
 * file (as `< path` does in a shell: the CLI sees a regular file, not a pipe), killing it after `timeoutMs` (the result then has code -1
 * and `timedOut`), so a CLI that hangs fails its test instead of stalling the suite.
 */
export function resdraftWith(args: string[], o: { stdinPath?: string; timeoutMs?: number } = {}): Promise<CliResult & { timedOut: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const fd = o.stdinPath === undefined ? 'ignore' : openSync(o.stdinPath, 'r');
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: [fd, 'pipe', 'pipe'], detached: true });
    if (typeof fd === 'number') closeSync(fd);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, o.timeoutMs ?? 180_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? -1 : (code ?? -1), stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/**
 * Run the CLI in this process (`main`, as the bin calls it), for tests where the process itself
 * does not matter: standard output is kept as bytes too (a `.docx` written with `-o -`), and it
 * can pretend to be a terminal. Paths are relative to this process's working folder.
 */
export async function runInProcess(argv: string[], o: { stdin?: string; stdoutIsTerminal?: boolean } = {}): Promise<CliResult & { bytes: Buffer }> {
  const { main } = await import('../../main/cli/resdraft');
  const out: Buffer[] = [];
  let stderr = '';
  const code = await main(argv, {
    stdout: (d) => void out.push(typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d)),
    stderr: (t) => void (stderr += t),
    readStdin: async () => ({ bytes: new TextEncoder().encode(o.stdin ?? ''), identity: null }),
    stdoutIsTerminal: o.stdoutIsTerminal ?? false,
  });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), stderr, bytes };
}
