import { english, type Message, type Translate } from '../i18n/translate';

/** How serious a finding is: an `error` must be fixed before sending; a `warning` is worth a look. */
export type Severity = 'error' | 'warning';

/** Where a finding is: the proposal, and inside its draft the call and the item (when it has one). */
export interface FindingPlace {
  /** The proposal's id in the contribution (absent when a bare draft text is checked). */
  proposalId?: string;
  /** How the user names the proposal: `Resolution 34`, `DRAFT NEW RESOLUTION [APT-1]`. */
  proposal: string;
  /** The call's phrase (`considering`, `resolves`), absent for the head lines and the footnotes. */
  call?: string;
  /** The item's label (`b)`, `3`, `ii)`), `footnote 2`, or `paragraph 1` for an unlabelled paragraph. */
  item?: string;
  /** 0-based line of the draft in the resolution text layout (the editor's block index). */
  line?: number;
  /** The words of `proposal`, `call` or `item` that are the app's, not the text's (`Resolution 34`, `footnote 2`), as messages. */
  words?: { proposal?: Message; call?: Message; item?: Message };
}

/** A place in an adopted text the finding concerns (a citation of the changed resolution), to go to. */
export interface RelatedPlace {
  edition: string;
  /** The resolution's number. */
  resolution: string;
  /** 0-based line of its text layout. */
  line: number;
  call?: string;
  item?: string;
  /** The words there the finding is about (the citation as written). */
  text: string;
}

/** What a check found. */
export interface Finding {
  /** A stable code for scripts, e.g. `end-punctuation`, `empty-item`, `missing-reasons`. */
  code: string;
  severity: Severity;
  /** A sentence in the user's words, in English (scripts, logs, the JSON of `resdraft check`). */
  message: string;
  /** The same sentence as a message of the catalogs (shared/i18n), for each reader to put into their language. */
  text: Message;
  place: FindingPlace;
  /** Places in other texts the finding concerns (each citation of a suppressed resolution). */
  related?: RelatedPlace[];
}

/** The place as one line of text: `Resolution 34 › considering › b)`, its words in `t`'s language. */
export function placeText(place: FindingPlace, t: Translate = english): string {
  const words = place.words ?? {};
  const proposal = words.proposal ? t(words.proposal.id, words.proposal.values) : place.proposal;
  const call = words.call ? t(words.call.id, words.call.values) : place.call;
  const item = words.item ? t(words.item.id, words.item.values) : place.item;
  return [proposal, call, item].filter(Boolean).join(' › ');
}

/** A finding's sentence in `t`'s language. */
export function findingText(f: Pick<Finding, 'text'>, t: Translate): string {
  return t(f.text.id, f.text.values);
}

/** Whether any finding is an error (the `resdraft check` exit code). */
export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
