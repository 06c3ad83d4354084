import type { ContributionSettings } from '../contribution/schema';
import { OPEN_NUMBER } from './coverLines';

/** What a proposal-number source must look like: letters only (`ACP`, `TST`, `EUR`). */
const SOURCE_CODE = /^[A-Za-z]+$/;
/** What a document or addendum number must look like when it is part of a proposal number. */
const DIGITS = /^[0-9]+$/;

/** A settings field that cannot go into a proposal number: which field and what was expected. */
export interface ProposalNumberProblem {
  /** The settings field, as in `ContributionSettings` (`proposalSource`, `documentNumber`, `addendumNumber`). */
  field: 'proposalSource' | 'documentNumber' | 'addendumNumber';
  /** The field's name as the settings panel shows it. */
  label: string;
  /** What is wrong, in the user's terms: `letters only, e.g. ACP`. */
  message: string;
  /** The value as typed. */
  value: string;
}

/** Settings that cannot number their proposals; the message names the field and what it expects. */
export class ProposalNumberError extends Error {
  constructor(readonly problem: ProposalNumberProblem) {
    super(`${problem.label} "${problem.value}": ${problem.message}`);
    this.name = 'ProposalNumberError';
  }
}

/**
 * The first settings field that cannot be part of a proposal number, or `undefined`. Only the
 * parts matter: the source (letters only) and, when a source is set, the document and addendum
 * numbers (digits only, or empty while unknown / for no addendum). Older files that keep a free
 * `proposalPrefix` and no source are not checked (their prefix is printed as it is).
 */
export function proposalNumberProblem(settings: ContributionSettings): ProposalNumberProblem | undefined {
  const source = (settings.proposalSource ?? '').trim();
  // an empty field means an older file's free prefix; spaces alone are typed, and not letters
  if ((settings.proposalSource ?? '') === '') return undefined;
  if (!SOURCE_CODE.test(source)) return { field: 'proposalSource', label: 'Proposal prefix', message: 'letters only, e.g. ACP', value: settings.proposalSource ?? '' };
  const doc = settings.documentNumber.trim();
  if (doc !== '' && !DIGITS.test(doc)) return { field: 'documentNumber', label: 'Document number', message: 'digits only, e.g. 42 (or empty while the secretariat has not assigned it)', value: settings.documentNumber };
  const add = settings.addendumNumber.trim();
  if (add !== '' && !DIGITS.test(add)) return { field: 'addendumNumber', label: 'Addendum', message: 'digits only, e.g. 1 (or empty for no addendum)', value: settings.addendumNumber };
  return undefined;
}

/**
 * The number printed after a proposal's symbol, for the 1-based `serial`. Built from its parts
 * when the settings hold a proposal source: `SOURCE/DOC[A<addendum>]/SERIAL`, so source `TST`,
 * document `42`, addendum `1` and serial 1 give `TST/42A1/1` (no addendum: `TST/42/1`; a document
 * number not yet assigned prints as `[…]`). Older files without a source keep their free
 * `proposalPrefix`: `<prefix><serial>` (`ACP/23A1/` → `ACP/23A1/1`). The one function the .docx,
 * the CLI and the app all number proposals with. Throws {@link ProposalNumberError} naming the
 * field when a part is not valid.
 */
export function proposalNumber(settings: ContributionSettings, serial: number): string {
  const problem = proposalNumberProblem(settings);
  if (problem) throw new ProposalNumberError(problem);
  const source = (settings.proposalSource ?? '').trim();
  if (source === '') return `${settings.proposalPrefix.trim()}${serial}`;
  const doc = settings.documentNumber.trim() || OPEN_NUMBER;
  const add = settings.addendumNumber.trim();
  return `${source.toUpperCase()}/${doc}${add === '' ? '' : `A${add}`}/${serial}`;
}
