import type { ContributionContent, ContributionSettings } from '../contribution/schema';
import type { ExportContribution } from '../export/exportTypes';
import { parseFootnoteLine } from '../grammar/footnoteRef';
import { labelFor, listLabels } from '../grammar/labels';
import { hasParagraphEnd } from '../grammar/paragraphEnd';
import type { List, Resolution } from '../model/resolution';
import { describeForbidden, findXmlForbidden } from './xmlCharacters';

/**
 * A character XML 1.0 forbids (see `xmlCharacters.ts`) in a contribution, with the place named:
 * `proposal 2 (Resolution 34), draft line 6 (item "b)" under "considering")`, `cover field "title"`,
 * `proposal 1 (Resolution 5), reasons`. Nothing was written.
 */
export class ForbiddenCharacterError extends Error {
  constructor(
    /** Where it is, in the user's words. */
    readonly place: string,
    problem: string,
  ) {
    super(`${place}: ${problem}`);
    this.name = 'ForbiddenCharacterError';
  }
}

const SETTING_NAMES: Record<string, string> = {
  'conference.name': 'the conference name',
  'conference.place': 'the conference place',
  'conference.dates': 'the conference dates',
  source: 'the source',
  documentNumber: 'the document number',
  addendumNumber: 'the addendum number',
  proposalPrefix: 'the proposal-number prefix',
  proposalSource: 'the proposal source',
};

function settingName(path: string[]): string {
  const key = path.join('.');
  if (SETTING_NAMES[key]) return SETTING_NAMES[key];
  if (path[0] === 'cover') return `cover field "${path.slice(1).join(' ')}"`;
  return `setting "${path.join(' ')}"`;
}

/** Every string in a value, with its path of keys. */
function* stringsIn(value: unknown, path: string[] = []): Generator<{ path: string[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsIn(value[i], [...path, String(i)]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}

function checkSettings(settings: ContributionSettings): void {
  for (const { path, text } of stringsIn(settings)) {
    const f = findXmlForbidden(text);
    if (f) throw new ForbiddenCharacterError(settingName(path), describeForbidden(f, f.index + 1));
  }
}

/** Where an index falls in a draft in the resolution text layout: line, and the item or call. */
function placeInDraft(draft: string, index: number): { where: string; column: number } {
  const before = draft.slice(0, index);
  const lineNo = before.split('\n').length;
  const column = index - (before.lastIndexOf('\n') + 1) + 1;
  const lines = draft.split('\n');
  const line = lines[lineNo - 1] ?? '';
  const fixed = ['the number line', 'the title', 'the conference line'][lineNo - 1];
  if (fixed) return { where: `draft line ${lineNo} (${fixed})`, column };
  const note = parseFootnoteLine(line);
  if (note) return { where: `draft line ${lineNo} (footnote ${note.id})`, column };
  let call = '';
  for (let i = lineNo - 1; i >= 3; i--) {
    if (!lines[i].includes('\t') && !hasParagraphEnd(lines[i])) {
      call = lines[i];
      break;
    }
  }
  const tab = line.indexOf('\t');
  const what = tab > 0 ? `item "${line.slice(0, tab)}"` : call === line ? 'the call' : 'a paragraph';
  const under = call && call !== line ? ` under "${call.length > 40 ? `${call.slice(0, 39)}…` : call}"` : call === line ? ` "${call}"` : '';
  return { where: `draft line ${lineNo} (${what}${under})`, column };
}

function clipPhrase(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Where a string of a draft model is, by its path of keys: `item "b)" under "considering"`. */
function placeInModel(draft: Resolution, path: string[]): string {
  const [head, i] = path;
  if (head === 'numberLine') return 'the number line';
  if (head === 'title') return 'the title';
  if (head === 'conferenceLine') return 'the conference line';
  if (head === 'footnotes') return `footnote ${draft.footnotes[Number(i)]?.id ?? Number(i) + 1}`;
  const call = draft.calls?.[Number(i)];
  if (head !== 'calls' || !call) return 'the draft';
  if (path[2] === 'phrase') return `the call "${clipPhrase(call.phrase)}"`;
  const under = ` under "${clipPhrase(call.phrase)}"`;
  const block = call.blocks[Number(path[3])];
  if (!block || block.type === 'paragraph') return `a paragraph${under}`;
  const labels: string[] = [];
  let list: List | undefined = block;
  for (let k = 4; list && path[k] === 'items'; k += 3) {
    const n = Number(path[k + 1]);
    labels.push(listLabels(list)[n] ?? labelFor(list.kind, n));
    list = path[k + 2] === 'sublist' ? list.items[n]?.sublist : undefined;
  }
  return labels.length > 0 ? `item "${labels.join(' ')}"${under}` : `a list${under}`;
}

/**
 * Refuse a contribution that holds a character a Word document cannot: throws
 * {@link ForbiddenCharacterError} naming the first one's place (cover and settings first, then
 * each proposal's draft and reasons).
 */
export function checkContributionCharacters(content: ContributionContent): void {
  checkSettings(content.settings);
  content.proposals.forEach((p, i) => {
    const who = p.baseline ? `proposal ${i + 1} (Resolution ${p.baseline.number})` : `proposal ${i + 1} (draft new resolution)`;
    const draft: unknown = p.draft;
    if (typeof draft === 'string') {
      const f = findXmlForbidden(draft);
      if (f) {
        const { where, column } = placeInDraft(draft, f.index);
        throw new ForbiddenCharacterError(`${who}, ${where}`, describeForbidden(f, column));
      }
    } else {
      for (const { path, text } of stringsIn(draft)) {
        const f = findXmlForbidden(text);
        if (f) throw new ForbiddenCharacterError(`${who}, draft: ${placeInModel(draft as Resolution, path)}`, describeForbidden(f, f.index + 1));
      }
    }
    const f = findXmlForbidden(p.reasons);
    if (f) throw new ForbiddenCharacterError(`${who}, reasons`, describeForbidden(f, f.index + 1));
  });
}

/**
 * The last guard before a document is built: the same check over what the exporters write
 * (cover settings, every proposal's marked text and reasons), for callers that hold no contribution.
 */
export function checkExportCharacters(contribution: ExportContribution): void {
  checkSettings(contribution.settings);
  contribution.proposals.forEach((p, i) => {
    const who = `proposal ${p.number || i + 1}`;
    for (const { text } of stringsIn(p.changes)) {
      const f = findXmlForbidden(text);
      if (f) throw new ForbiddenCharacterError(`${who}, the draft`, describeForbidden(f));
    }
    const f = findXmlForbidden(p.reasons);
    if (f) throw new ForbiddenCharacterError(`${who}, reasons`, describeForbidden(f, f.index + 1));
  });
}
