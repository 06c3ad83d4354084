import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The tests' one LibreOffice driver (see its usage): every read or making of a document through LibreOffice goes through it. */
export const OFFICE_DRIVER = fileURLToPath(new URL('./driver.py', import.meta.url));

/** A command of the driver: read back after Accept/Reject All, the page look, the tables, or make documents as a colleague would. */
export type OfficeCommand = 'revisions' | 'look' | 'tables' | 'make';

/**
 * Run one command of the driver: one private LibreOffice for all its files, ended before this
 * returns (also when the timeout kills the driver). Returns what it read, by file.
 */
export function runOffice<T>(command: OfficeCommand, args: string[], o: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Record<string, T> {
  const out = execFileSync('/usr/bin/python3', [OFFICE_DRIVER, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: o.timeoutMs ?? 1_200_000,
    ...(o.env ? { env: o.env } : {}),
  });
  return (JSON.parse(out) as { files: Record<string, T> }).files;
}
