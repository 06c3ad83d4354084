import { diffArrays } from 'diff';
import { z } from 'zod';

/**
 * One change between two versions' lines, positions counted in the newer version's lines:
 * `[at, deleteCount, insertedLines]` replaces lines, `[at, prefix, suffix, middle]` edits one line
 * (keeps its first `prefix` and last `suffix` characters and puts `middle` between them).
 */
export type Hunk = [number, number, string[]] | [number, number, number, string];

const count = z.number().int().min(0);

/** Schema of a stored {@link Hunk}. */
export const HunkSchema: z.ZodType<Hunk> = z.union([z.tuple([count, count, z.array(z.string())]), z.tuple([count, count, count, z.string()])]);

/** A delta that does not fit the version it is applied to (a damaged file). */
export class DeltaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeltaError';
  }
}

/**
 * The lines a value is compared by: its JSON with one primitive per line, so a small edit of one
 * text changes one line and a delta stays small however large the contribution is.
 */
export function toDeltaLines(value: unknown): string[] {
  return JSON.stringify(value, null, 1).split('\n');
}

/** The value of {@link toDeltaLines}' lines. Throws {@link DeltaError} when they are not JSON. */
export function fromDeltaLines(lines: readonly string[]): unknown {
  try {
    return JSON.parse(lines.join('\n'));
  } catch (e) {
    throw new DeltaError(`a stored version does not rebuild (${e instanceof Error ? e.message : String(e)})`);
  }
}

function lineEdit(at: number, from: string, to: string): Hunk {
  const max = Math.min(from.length, to.length);
  let p = 0;
  while (p < max && from.charCodeAt(p) === to.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && from.charCodeAt(from.length - 1 - s) === to.charCodeAt(to.length - 1 - s)) s++;
  return [at, p, s, to.slice(p, to.length - s)];
}

/** The hunks that turn `from` into `to` (empty when they are equal). */
export function diffLines(from: readonly string[], to: readonly string[]): Hunk[] {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let endF = from.length;
  let endT = to.length;
  while (endF > start && endT > start && from[endF - 1] === to[endT - 1]) {
    endF--;
    endT--;
  }
  if (start === endF && start === endT) return [];
  const hunks: Hunk[] = [];
  let at = start;
  let pending: { at: number; del: number; ins: string[]; gone: string[] } | null = null;
  const close = () => {
    if (!pending) return;
    if (pending.del === 1 && pending.ins.length === 1) hunks.push(lineEdit(pending.at, pending.gone[0], pending.ins[0]));
    else hunks.push([pending.at, pending.del, pending.ins]);
    pending = null;
  };
  for (const part of diffArrays(from.slice(start, endF), to.slice(start, endT))) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      close();
      at += n;
      continue;
    }
    pending ??= { at, del: 0, ins: [], gone: [] };
    if (part.removed) {
      pending.del += n;
      pending.gone.push(...part.value);
      at += n;
    } else pending.ins.push(...part.value);
  }
  close();
  return hunks;
}

/** Applies hunks made by {@link diffLines} to `from`. Throws {@link DeltaError} when they do not fit it. */
export function applyHunks(from: readonly string[], hunks: readonly Hunk[]): string[] {
  const out = [...from];
  let limit = Infinity;
  for (let i = hunks.length - 1; i >= 0; i--) {
    const h = hunks[i];
    if (h.length === 4) {
      const [at, p, s, middle] = h;
      const line = out[at];
      if (at >= limit || line === undefined || p + s > line.length) throw new DeltaError(`a stored change does not fit line ${at + 1} of the version after it`);
      out[at] = line.slice(0, p) + middle + line.slice(line.length - s);
      limit = at;
    } else {
      const [at, del, ins] = h;
      if (at + del > limit || at + del > out.length) throw new DeltaError(`a stored change does not fit lines ${at + 1}–${at + del} of the version after it`);
      out.splice(at, del, ...ins);
      limit = at;
    }
  }
  return out;
}
