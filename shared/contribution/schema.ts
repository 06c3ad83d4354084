import { z } from 'zod';
import { EDITION_ID_PATTERN } from '../grammar/editionId';
import { LANGUAGE_CODES } from '../grammar/resolutionLanguage';
import { ColleagueReviewSchema } from './colleagueReviewSchema';
import { DraftSchema } from './draftSchema';
import { HunkSchema } from './versionDelta';
import { olderVersionProblem } from './olderVersionCheck';
import { ProvenanceSchema } from './provenanceSchema';
import { ProposalStatusSchema, SubmissionSchema } from './proposalLife';
import { CarriedSchema } from './carriedSchema';

/** The value of `format` in every contribution file: tells a contribution from any other JSON. */
export const CONTRIBUTION_FORMAT = 'resolution-drafter-contribution';

/**
 * The schema version this build writes. A file with a higher number was made by a newer version.
 * 1: drafts in the resolution text layout, every version a full copy (read, upgraded in memory).
 * 2: drafts as the resolution model (lossless), versions stored as deltas, versions have a `kind`.
 */
export const CONTRIBUTION_SCHEMA_VERSION = 2;

/** The file extension of a contribution file (with the dot). */
export const CONTRIBUTION_EXTENSION = '.resdraft';

/** The six official ITU languages, as ISO 639-1 codes. */
export const LanguageSchema = z.enum(LANGUAGE_CODES);

/** The target conference: where and when the revised resolutions would be adopted. */
export const ConferenceSchema = z.object({
  /** e.g. `World Telecommunication Development Conference (WTDC-25)`. */
  name: z.string(),
  /** e.g. `Baku`. */
  place: z.string(),
  /** Free text as printed on the cover, e.g. `17-28 November 2025`. */
  dates: z.string(),
  /** The year used in `Rev. <place>, <year>`. */
  year: z.number().int().min(1900).max(2200),
});

/** The contact block of the cover page. */
export const ContactSchema = z.object({
  name: z.string(),
  organization: z.string(),
  phone: z.string(),
  email: z.string(),
});

/** The cover-page fields of a WTDC contribution. */
export const CoverSchema = z.object({
  title: z.string(),
  priorityArea: z.string(),
  summary: z.string(),
  expectedResults: z.string(),
  references: z.string(),
  contact: ContactSchema,
});

/** Settings of a contribution: the target conference, the document identity and the cover. */
export const ContributionSettingsSchema = z.object({
  conference: ConferenceSchema,
  /** e.g. `Member States of the Asia-Pacific Telecommunity`. */
  source: z.string(),
  /** The document number the secretariat assigned, or `''` while unknown. */
  documentNumber: z.string(),
  /** The addendum number, or `''` while unknown. */
  addendumNumber: z.string(),
  /**
   * The free proposal-number prefix of older files, e.g. `ACP/23A1/`: used (`<prefix><serial>`)
   * only while {@link ContributionSettingsSchema} `proposalSource` is absent or empty.
   */
  proposalPrefix: z.string(),
  /**
   * The source part of proposal numbers, letters only (`ACP`, `TST`): proposals are numbered
   * `SOURCE/<document>[A<addendum>]/<serial>` (see `shared/export/proposalNumber.ts`). Optional:
   * older files have only `proposalPrefix`. Checked at export, not here, so a file saved while
   * the field is half typed still opens.
   */
  proposalSource: z.string().optional(),
  /**
   * The short name the exported .docx signs its revision marks with (`ACP`, `EUR`, a delegate's
   * initials), as Word shows it beside each change. Optional: absent or empty, the export uses the
   * source's short code (`shared/export/revisionAuthor.ts`); older files have no such field.
   */
  revisionAuthor: z.string().optional(),
  /** The language the contribution is written in (`Original: …`). */
  language: LanguageSchema,
  /**
   * Whether the cover's Source also lists the co-signatories of the proposals (where the group's
   * practice asks); the co-signature table after the proposals is written either way.
   */
  cosignatoriesInSource: z.boolean().optional(),
  /**
   * Whether the editor checks spelling as the delegate types: `on`, `off`, or (absent, `auto`) on
   * for drafts of ordinary length and off for long ones, where it would slow typing
   * (`renderer/editor/spellcheck.ts`). Optional: older files have no such field.
   */
  spellcheck: z.enum(['auto', 'on', 'off']).optional(),
  cover: CoverSchema,
});

/** A reference to an adopted resolution in a baseline edition. */
export const BaselineRefSchema = z.object({
  edition: z.string().regex(EDITION_ID_PATTERN, 'an edition id such as kigali-2022'),
  number: z.string().regex(/^[0-9]+$/, 'a resolution number such as 34'),
});

/** The symbol a proposal carries: `auto` derives it from the edit (MOD, NOC, ADD, SUP). */
export const SymbolChoiceSchema = z.enum(['auto', 'MOD', 'ADD', 'SUP', 'NOC']);

/** One proposal: a revised (or new) resolution and its reasons. */
export const ProposalSchema = z
  .object({
    /** Stable id within the contribution (survives reordering and renumbering). */
    id: z.string().min(1),
    /** The adopted resolution this proposal revises; `null` for a draft new resolution (ADD). */
    baseline: BaselineRefSchema.nullable(),
    symbol: SymbolChoiceSchema,
    /**
     * The draft as the resolution model, exactly as the editor left it (unfinished parts included).
     * Read it through `proposalDraft.ts` (`draftOf`, `draftTextOf`), never directly.
     */
    draft: DraftSchema,
    /** The `Reasons:` paragraph. */
    reasons: z.string(),
    /** For a common proposal merged from several sources: which source each adopted change came from. */
    provenance: ProvenanceSchema.optional(),
    /** A colleague's changes (made in Word with Track Changes) awaiting review; absent when there are none. */
    review: ColleagueReviewSchema.optional(),
    /** Where the proposal stands (`proposalLife.ts`); absent in older files, read as `draft`. */
    status: ProposalStatusSchema.optional(),
    /** The index number the secretariat gave the proposal once submitted (e.g. `ABC/25/3`). */
    secretariatNumber: z.string().optional(),
    /** What was submitted (set when the status becomes `submitted`): later edits are warned of. */
    submitted: SubmissionSchema.optional(),
    /** The administrations that support the proposal (a common proposal's co-signatories), in order. */
    cosignatories: z.array(z.string().min(1)).optional(),
    /** Carried onto a newer edition: the edition it was drafted on and the conflicts still to decide; absent otherwise (and in older files). */
    carried: CarriedSchema.optional(),
  })
  .refine((p) => p.baseline !== null || p.symbol === 'auto' || p.symbol === 'ADD', {
    message: 'a proposal without a baseline resolution can only be ADD (or auto)',
    path: ['symbol'],
  });

/**
 * How a version came to be: `saved` on a plain save, `named` when the user gave it a name,
 * `restore` around restoring an older version. Views show `named` versions first.
 */
export const VersionKindSchema = z.enum(['saved', 'named', 'restore']);

/** What every version records besides its proposals. */
const VersionHeader = {
  id: z.string().min(1),
  /** e.g. `sent to the regional preparatory meeting`, or `Saved` for a version made on save. */
  name: z.string(),
  kind: VersionKindSchema,
  /** ISO 8601 time the version was made. */
  time: z.iso.datetime({ offset: true }),
  author: z.string(),
};

/** A snapshot of a contribution's proposals, as the host API hands it out. */
export const ContributionVersionSchema = z.object({ ...VersionHeader, proposals: z.array(ProposalSchema) });

/**
 * A version as stored in the file: the newest one holds its `proposals` in full, every older one
 * only the `delta` that turns the next newer version into it (see `versionDelta.ts`), so a small
 * edit costs a few bytes per save, however large the contribution.
 */
export const StoredVersionSchema = z
  .object({ ...VersionHeader, proposals: z.array(ProposalSchema).optional(), delta: z.array(HunkSchema).optional() })
  .refine((v) => (v.proposals === undefined) !== (v.delta === undefined), { message: 'a version holds either proposals or a delta' });

/**
 * The history as stored: the newest version checked by {@link StoredVersionSchema}, the older ones
 * (thousands, after months of saves) by a hand-written check that is many times faster.
 */
const VersionsSchema = z
  .array(z.unknown())
  .superRefine((vs, ctx) => {
    vs.forEach((v, i) => {
      if (i === vs.length - 1) {
        const newest = StoredVersionSchema.safeParse(v);
        if (!newest.success) for (const issue of newest.error.issues) ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
        else if (newest.data.proposals === undefined) ctx.addIssue({ code: 'custom', path: [i], message: 'the newest version must hold its proposals' });
        return;
      }
      const problem = olderVersionProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', path: problem.field ? [i, ...problem.field.split(/[[\].]+/).filter(Boolean).map((x) => (/^\d+$/.test(x) ? Number(x) : x))] : [i], message: problem.message });
    });
  })
  .transform((vs): StoredVersion[] =>
    vs.map((v, i) => {
      if (i === vs.length - 1) return StoredVersionSchema.parse(v);
      const o = v as StoredVersion;
      return { id: o.id, name: o.name, kind: o.kind, time: o.time, author: o.author, delta: o.delta };
    }),
  );

/** A whole contribution file (schema version 2). */
export const ContributionSchema = z.object({
  format: z.literal(CONTRIBUTION_FORMAT),
  schemaVersion: z.literal(CONTRIBUTION_SCHEMA_VERSION),
  settings: ContributionSettingsSchema,
  proposals: z.array(ProposalSchema),
  /** Oldest first. Only the newest holds full proposals; the others hold deltas. */
  versions: VersionsSchema,
});

/** One of the six official ITU languages. */
export type Language = z.infer<typeof LanguageSchema>;
/** The target conference. */
export type Conference = z.infer<typeof ConferenceSchema>;
/** The cover contact block. */
export type Contact = z.infer<typeof ContactSchema>;
/** The cover-page fields. */
export type Cover = z.infer<typeof CoverSchema>;
/** The settings of a contribution. */
export type ContributionSettings = z.infer<typeof ContributionSettingsSchema>;
/** A reference to an adopted resolution. */
export type ProposalBaseline = z.infer<typeof BaselineRefSchema>;
/** The symbol choice of a proposal. */
export type SymbolChoice = z.infer<typeof SymbolChoiceSchema>;
/** One proposal. */
export type Proposal = z.infer<typeof ProposalSchema>;
/** How a version came to be. */
export type VersionKind = z.infer<typeof VersionKindSchema>;
/** One version with its proposals (what the host API hands out). */
export type ContributionVersion = z.infer<typeof ContributionVersionSchema>;
/** One version as stored: full proposals (newest) or a delta. */
export type StoredVersion = z.infer<typeof StoredVersionSchema>;
/** A whole contribution. */
export type Contribution = z.infer<typeof ContributionSchema>;
/** What the editor changes: everything but the format header and the version history. */
export type ContributionContent = Pick<Contribution, 'settings' | 'proposals'>;

/** Schema of {@link ContributionContent}, for hosts validating what a renderer sends. */
export const ContributionContentSchema = z.object({
  settings: ContributionSettingsSchema,
  proposals: z.array(ProposalSchema),
});
