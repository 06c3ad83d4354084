import { z } from 'zod';
import { toText } from '../text/toText';
import type { Resolution } from '../model/resolution';

/**
 * Where a proposal stands in its life (itu-conventions.md, "A proposal's life"): drafted by a
 * delegation, a group's preliminary and then common proposal, submitted to the secretariat (which
 * numbers it), then adopted, adopted with modifications, withdrawn or noted by the conference.
 */
export const ProposalStatusSchema = z.enum(['draft', 'preliminary', 'common', 'submitted', 'adopted', 'modified', 'withdrawn', 'noted']);

/** A proposal's status. */
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** Every status, in the order of a proposal's life. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ProposalStatusSchema.options;

/** What was submitted: when, and a fingerprint of the draft and reasons as they were then. */
export const SubmissionSchema = z.object({
  time: z.iso.datetime({ offset: true }),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal fingerprint'),
});

/** What was submitted. */
export type Submission = z.infer<typeof SubmissionSchema>;

/** The statuses from which the text is in the secretariat's hands: edits after that need a revision of the document. */
const SENT: ReadonlySet<ProposalStatus> = new Set(['submitted', 'adopted', 'modified', 'withdrawn', 'noted']);

/** A proposal's life fields (all optional in the file: an older file's proposal is a `draft`). */
export interface ProposalLife {
  status?: ProposalStatus;
  secretariatNumber?: string;
  submitted?: Submission;
  cosignatories?: string[];
  draft: unknown;
  reasons: string;
}

/** The status of a proposal (`draft` when the file does not say). */
export function statusOf(p: Pick<ProposalLife, 'status'>): ProposalStatus {
  return p.status ?? 'draft';
}

/** 64-bit FNV-1a over a string's UTF-16 code units, as 16 hexadecimal digits (stable across hosts; not a security hash). */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    for (const byte of [unit & 0xff, unit >> 8]) {
      h ^= BigInt(byte);
      h = (h * prime) & 0xffffffffffffffffn;
    }
  }
  return h.toString(16).padStart(16, '0');
}

/** The fingerprint of a proposal's text as the secretariat would receive it: the draft's layout and the reasons. */
export function textFingerprint(draft: Resolution, reasons: string): string {
  let layout: string;
  try {
    layout = toText(draft);
  } catch {
    layout = JSON.stringify(draft); // an unfinished draft: its model stands for its text
  }
  return fnv1a64(`${layout}\u0000${reasons}`);
}

/**
 * The proposal with a new status (and the secretariat's number, when given): moving to
 * `submitted` records what was submitted, so later edits can be told apart; going back to a
 * status before submission forgets it.
 */
export function withStatus<P extends ProposalLife & { draft: Resolution }>(p: P, status: ProposalStatus, now: Date, secretariatNumber?: string): P {
  const next: P = { ...p, status };
  if (secretariatNumber !== undefined) {
    if (secretariatNumber.trim()) next.secretariatNumber = secretariatNumber.trim();
    else delete next.secretariatNumber;
  }
  if (status === 'submitted' && statusOf(p) !== 'submitted') next.submitted = { time: now.toISOString(), fingerprint: textFingerprint(p.draft, p.reasons) };
  if (!SENT.has(status)) delete next.submitted;
  return next;
}

/** Whether a proposal's text changed since it was submitted (false when it was never submitted). */
export function editedSinceSubmission(p: ProposalLife & { draft: Resolution }): boolean {
  return p.submitted !== undefined && SENT.has(statusOf(p)) && textFingerprint(p.draft, p.reasons) !== p.submitted.fingerprint;
}

/** The co-signatories as a list without blanks or repeats, in the order given. */
export function cleanCosignatories(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names.map((x) => x.trim())) if (n && !out.includes(n)) out.push(n);
  return out;
}
