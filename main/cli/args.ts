import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';
import { cliText } from './cliLanguage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The option as the user typed it, out of Node's parse error (`Unknown option '--frmat'. …`). */
function typedOption(message: string): string {
  return /'(-[^']*)'/.exec(message)?.[1] ?? '';
}

/** The known option closest to a misspelt one (at most two letters off), for "did you mean". */
function closest(typed: string, options: Options): string | undefined {
  const word = typed.replace(/^-+/, '').split('=')[0];
  let best: { name: string; d: number } | undefined;
  for (const name of Object.keys(options)) {
    const d = editDistance(word, name);
    if (d <= 2 && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Strict argument parsing: an unknown option, a missing value or a value given to a switch is a
 * {@link UsageError} in plain words, naming the option as typed (with the closest known option
 * when one is near), followed by the command's usage line.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    return parseArgs({ args, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message;
    const typed = typedOption(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closest(typed, all);
      throw new UsageError(near ? cliText('cli.unknownOptionNear', { option: typed, near }) : cliText('cli.unknownOption', { option: typed }), true);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const m = /'(?:-(\w), )?--([\w-]+)/.exec(message);
      const shown = !m ? typed : m[1] && !args.includes(`--${m[2]}`) && args.includes(`-${m[1]}`) ? `-${m[1]}` : `--${m[2]}`;
      if (/argument missing/.test(message)) throw new UsageError(cliText('cli.needsValue', { option: shown }), true);
      throw new UsageError(cliText('cli.takesNoValue', { option: shown }), true);
    }
    throw new UsageError(message.split('\n')[0], true);
  }
}

/** Read a `--format` value and check it is one of `allowed`. */
export function formatOption<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliText('cli.unknownFormat', { format: String(value), formats: allowed.join(', ') }));
}
