import type { z } from 'zod';
import {
  CONTRIBUTION_FORMAT,
  CONTRIBUTION_SCHEMA_VERSION,
  ContributionSchema,
  type Contribution,
} from './schema';
import { migrateV1 } from './migrateV1';
import { ContributionV1Schema } from './schemaV1';

/** Why a contribution could not be read. */
export type ContributionErrorKind = 'empty' | 'not-json' | 'not-contribution' | 'newer-version' | 'invalid' | 'too-large';

/**
 * A contribution file that cannot be read. `message` is meant for the user: it says what is wrong
 * (and for a damaged file, which field). The file itself is never touched by the code that throws this.
 */
export class ContributionFileError extends Error {
  constructor(
    readonly kind: ContributionErrorKind,
    message: string,
    /** For `invalid`: the path of the first bad field, e.g. `proposals[2].symbol`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ContributionFileError';
  }
}

/** Formats a zod issue path as `proposals[2].symbol`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(top level)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${fieldPath(issue.path)}: ${issue.message}`;
}

/** A contribution as read, with the schema version its file was written in. */
export interface ReadContribution {
  /** Always in the current schema (a version 1 file is upgraded in memory). */
  contribution: Contribution;
  /** The schema version of the file: 1 means the next save rewrites it (and keeps a backup). */
  fileSchemaVersion: number;
}

/**
 * Validates an already-parsed JSON value as a contribution.
 * Throws {@link ContributionFileError}: `not-contribution` when it is some other JSON,
 * `newer-version` when a newer Resolution Drafter wrote it, `invalid` naming the first bad field.
 * A schema version 1 file is upgraded in memory (see `migrateV1.ts`).
 */
export function parseContribution(json: unknown): Contribution {
  return readContribution(json).contribution;
}

/** {@link parseContribution}, also telling which schema version the file was in. */
export function readContribution(json: unknown): ReadContribution {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ContributionFileError('not-contribution', 'This is not a Resolution Drafter contribution (the file holds no JSON object).');
  }
  const header = json as { format?: unknown; schemaVersion?: unknown };
  if (header.format !== CONTRIBUTION_FORMAT) {
    throw new ContributionFileError('not-contribution', `This is not a Resolution Drafter contribution (missing "format": "${CONTRIBUTION_FORMAT}").`);
  }
  if (typeof header.schemaVersion !== 'number' || !Number.isInteger(header.schemaVersion) || header.schemaVersion < 1) {
    throw new ContributionFileError('invalid', 'The contribution is damaged: schemaVersion is missing or not a positive whole number.', 'schemaVersion');
  }
  if (header.schemaVersion > CONTRIBUTION_SCHEMA_VERSION) {
    throw new ContributionFileError(
      'newer-version',
      `This contribution was made by a newer version of Resolution Drafter (file format ${header.schemaVersion}; this version reads up to ${CONTRIBUTION_SCHEMA_VERSION}). Update Resolution Drafter to open it; the file was not changed.`,
    );
  }
  if (header.schemaVersion === 1) {
    const v1 = ContributionV1Schema.safeParse(json);
    if (!v1.success) throw damaged(v1.error.issues);
    return { contribution: migrateV1(v1.data), fileSchemaVersion: 1 };
  }
  const result = ContributionSchema.safeParse(json);
  if (!result.success) throw damaged(result.error.issues);
  return { contribution: result.data, fileSchemaVersion: header.schemaVersion };
}

function damaged(issues: z.core.$ZodIssue[]): ContributionFileError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ContributionFileError('invalid', `The contribution is damaged: ${describeIssue(first)}${more}.`, fieldPath(first.path));
}

/**
 * Parses the text of a contribution file. Beyond {@link parseContribution}: an empty (or
 * whitespace-only) file is `empty`; text that is not JSON, e.g. a truncated file, is `not-json`
 * with the position JSON.parse reported.
 */
export function parseContributionText(text: string): Contribution {
  return readContributionText(text).contribution;
}

/** {@link parseContributionText}, also telling which schema version the file was in. */
export function readContributionText(text: string): ReadContribution {
  if (text.trim() === '') throw new ContributionFileError('empty', 'The contribution file is empty (0 bytes of content); it may have been cut short by a crash or a full disk.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ContributionFileError('not-json', `The contribution file is not valid JSON (it may be truncated or damaged): ${detail}.`);
  }
  return readContribution(json);
}
