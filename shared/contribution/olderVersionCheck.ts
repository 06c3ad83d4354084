import type { Hunk } from './versionDelta';

/** What is wrong with a stored older version, and where. */
export interface VersionProblem {
  field: string;
  message: string;
}

const KINDS = new Set(['saved', 'named', 'restore']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function hunkOk(h: unknown): h is Hunk {
  if (!Array.isArray(h)) return false;
  if (h.length === 3) return isCount(h[0]) && isCount(h[1]) && Array.isArray(h[2]) && h[2].every((l) => typeof l === 'string');
  return h.length === 4 && isCount(h[0]) && isCount(h[1]) && isCount(h[2]) && typeof h[3] === 'string';
}

/**
 * Checks one older (delta) version of a contribution file by hand: a history of 10,000 versions is
 * validated on every open, and this is many times faster than a schema library. The rules are
 * those of `StoredVersionSchema` for a version holding a delta.
 */
export function olderVersionProblem(v: unknown): VersionProblem | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { field: '', message: 'expected a version object' };
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') return { field: 'id', message: 'expected a non-empty id' };
  if (typeof o.name !== 'string') return { field: 'name', message: 'expected a name' };
  if (typeof o.kind !== 'string' || !KINDS.has(o.kind)) return { field: 'kind', message: 'expected saved, named or restore' };
  if (typeof o.time !== 'string' || !ISO_TIME.test(o.time) || Number.isNaN(Date.parse(o.time))) return { field: 'time', message: 'expected an ISO 8601 time' };
  if (typeof o.author !== 'string') return { field: 'author', message: 'expected an author' };
  if (o.proposals !== undefined) return { field: 'proposals', message: 'only the newest version may hold full proposals' };
  if (!Array.isArray(o.delta)) return { field: 'delta', message: 'expected the delta to the next version' };
  const bad = o.delta.findIndex((h) => !hunkOk(h));
  return bad >= 0 ? { field: `delta[${bad}]`, message: 'expected a change [at, count, lines] or [at, prefix, suffix, text]' } : null;
}
