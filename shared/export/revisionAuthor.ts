import type { ContributionSettings } from '../contribution/schema';

/**
 * The ITU short codes of the regional organizations' common proposals, by what a contribution's
 * Source says: `Member States of the Asia-Pacific Telecommunity` → `ACP`.
 */
const REGIONAL_CODES: ReadonlyArray<{ code: string; names: readonly string[] }> = [
  { code: 'ACP', names: ['Asia-Pacific Telecommunity', 'APT'] },
  { code: 'EUR', names: ['European Conference of Postal and Telecommunications Administrations', 'CEPT'] },
  { code: 'IAP', names: ['Inter-American Telecommunication Commission', 'CITEL'] },
  { code: 'RCC', names: ['Regional Commonwealth in the field of Communications', 'RCC'] },
  { code: 'AFCP', names: ['African Telecommunications Union', 'ATU'] },
  { code: 'ARB', names: ['Arab States', 'Arab Group', 'Arab Administrations'] },
];

/** A Source this short is a short name already (`Kenya`, `United States`). */
const SHORT_SOURCE = 24;

/** Whether `text` names `name` as a whole word or phrase (`APT` in `… (APT)`, not in `ADAPT`). */
function names(text: string, name: string): boolean {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + name.length];
  const letter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
  return !letter(before) && !letter(after);
}

/** The letters before the first `/` of an older free prefix (`ACP/23A1/` → `ACP`). */
function prefixLetters(prefix: string): string {
  const head = prefix.split('/')[0].trim();
  return head !== '' && [...head].every((c) => c.toLowerCase() !== c.toUpperCase()) ? head : '';
}

/**
 * The source's short code, as ITU documents and synoptic tables name a source: the proposal
 * source (`ACP`), else the letters of an older proposal prefix (`ACP/23A1/` → `ACP`), else the
 * regional organization the Source names (`Member States of the Asia-Pacific Telecommunity` →
 * `ACP`, CEPT → `EUR`, CITEL → `IAP`, RCC, ATU → `AFCP`, Arab States → `ARB`), else the Source
 * itself when it is short (`Kenya`); `''` when there is none of these.
 */
export function sourceShortCode(settings: ContributionSettings): string {
  const own = settings.proposalSource?.trim();
  if (own) return own;
  const fromPrefix = prefixLetters(settings.proposalPrefix);
  if (fromPrefix) return fromPrefix;
  const source = settings.source.trim();
  const regional = REGIONAL_CODES.find((r) => r.names.some((n) => names(source, n)));
  if (regional) return regional.code;
  return source.length <= SHORT_SOURCE ? source : '';
}

/**
 * Who the exported .docx says made its revision marks (Word shows it beside each change): the
 * short name from the settings, else the source's short code ({@link sourceShortCode}), else
 * `Resolution Drafter`. Never the whole Source sentence.
 */
export function revisionAuthor(settings: ContributionSettings): string {
  return settings.revisionAuthor?.trim() || sourceShortCode(settings) || 'Resolution Drafter';
}
