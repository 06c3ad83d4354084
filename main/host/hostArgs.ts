import { z } from 'zod';
import { ContributionContentSchema } from '../../shared/contribution/schema';
import type { HostApi } from '../../shared/host/hostApi';
import { ContentDeltaSchema } from '../../shared/host/contentDeltaSchema';
import type { InvokableMethod } from '../../shared/host/hostMethods';
import { EDITION_ID_PATTERN } from '../../shared/grammar/editionId';

const docId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a document id');
const versionId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a version id');
const revision = z.number().int().min(0);
const exportFormat = z.enum(['docx', 'html', 'pdf']);
const pathArg = z.string().min(1).max(4096).refine((s) => !s.includes('\0'), 'a path without NUL characters');

/**
 * The argument schema of every host method: the exact tuple each accepts. IPC and HTTP handlers
 * validate against these before calling a service, so a compromised or buggy renderer cannot send
 * anything else (extra arguments are rejected too).
 */
export const HOST_ARGS = {
  listResolutions: z.tuple([z.string().regex(EDITION_ID_PATTERN, 'an edition id').optional()]),
  listEditions: z.tuple([]),
  getBaselineText: z.tuple([z.string().regex(/^[0-9]{1,4}$/, 'a resolution number'), z.string().regex(EDITION_ID_PATTERN, 'an edition id').optional()]),
  getAppInfo: z.tuple([]),
  restoreSession: z.tuple([]),
  newContribution: z.tuple([]),
  openContribution: z.tuple([pathArg.optional()]),
  listContributionFiles: z.tuple([]),
  listWordDocuments: z.tuple([]),
  importWordDocument: z.tuple([pathArg.optional()]),
  listRecentFiles: z.tuple([]),
  updateContribution: z.tuple([docId, ContributionContentSchema, revision.optional()]),
  patchContribution: z.tuple([docId, ContentDeltaSchema, revision.optional()]),
  saveContribution: z.tuple([docId, z.string().max(200).optional()]),
  saveContributionAs: z.tuple([docId, z.strictObject({ path: pathArg, overwrite: z.boolean().optional() }).optional()]),
  exportContribution: z.tuple([
    docId,
    z.strictObject({ format: exportFormat, mode: z.enum(['marked', 'clean']).optional(), target: z.strictObject({ path: pathArg, overwrite: z.boolean().optional() }).optional() }),
  ]),
  closeContribution: z.tuple([docId]),
  checkDocument: z.tuple([docId, revision.optional()]),
  reloadContribution: z.tuple([docId]),
  getTheirContribution: z.tuple([docId]),
  keepContributionCopy: z.tuple([docId, ContributionContentSchema]),
  getDocument: z.tuple([docId]),
  planFile: z.tuple([z.enum(['open', 'save', 'saveAs', 'export']), docId.optional()]),
  suggestSaveName: z.tuple([z.string().min(1).max(150).optional(), exportFormat.optional()]),
  checkSaveName: z.tuple([z.string().max(300), exportFormat.optional()]),
  listVersions: z.tuple([docId]),
  getVersion: z.tuple([docId, versionId]),
  createVersion: z.tuple([docId, z.string().max(200)]),
  restoreVersion: z.tuple([docId, versionId]),
  confirmClose: z.tuple([]),
  openExternal: z.tuple([z.string().max(2048)]),
  compileSynopsis: z.tuple([z.array(pathArg).min(1).max(200), z.string().regex(/^[0-9]{1,4}$/, 'a resolution number')]),
} satisfies Record<InvokableMethod, z.ZodTuple>;

/** Compile-time check: each schema's output is what the HostApi method takes. */
type ArgsMatch = { [K in InvokableMethod]: z.output<(typeof HOST_ARGS)[K]> extends Parameters<HostApi[K]> ? true : K };
const argsMatch: ArgsMatch[InvokableMethod] = true;
void argsMatch;
