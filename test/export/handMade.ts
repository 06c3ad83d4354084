/** Hand-made change sets and settings for exporter unit tests (no engine involved). */
import { defaultSettings } from '../../shared/contribution/newContribution';
import type { ContributionSettings } from '../../shared/contribution/schema';
import type { ChangeRow, ChangeSet, RowKind, TextSpan } from '../../shared/engine/changeSet';
import { changeSetOf } from '../../shared/engine/changeSetOf';
import { labelSpansOf } from '../../shared/engine/rows';
import { baseTextOf, draftTextOf } from '../../shared/engine/spanText';

let line = 0;

/** A row kept on both sides with the given spans; labels per side (a relabel when they differ). */
export function kept(kind: RowKind, spans: TextSpan[], labels: [string?, string?] = [], depth = 0): ChangeRow {
  const baseText = baseTextOf(spans);
  const draftText = draftTextOf(spans);
  const [bl, dl] = labels;
  const changed = baseText !== draftText || bl !== dl;
  return {
    kind,
    status: changed ? 'modified' : 'unchanged',
    base: { text: baseText, depth, line: line++, ...(bl === undefined ? {} : { label: bl }) },
    draft: { text: draftText, depth, line: line++, ...(dl === undefined ? {} : { label: dl }) },
    relabelled: bl !== dl,
    labelSpans: labelSpansOf(kind, bl, dl),
    spans,
  };
}

/** A row only in the draft. */
export function inserted(kind: RowKind, text: string, label?: string, depth = 0): ChangeRow {
  return { kind, status: 'inserted', draft: { text, depth, line: line++, ...(label === undefined ? {} : { label }) }, relabelled: false, labelSpans: label === undefined ? [] : [{ op: 'insert', text: label }], spans: [{ op: 'insert', text }] };
}

/** A row only in the baseline. */
export function deleted(kind: RowKind, text: string, label?: string, depth = 0): ChangeRow {
  return { kind, status: 'deleted', base: { text, depth, line: line++, ...(label === undefined ? {} : { label }) }, relabelled: false, labelSpans: label === undefined ? [] : [{ op: 'delete', text: label }], spans: [{ op: 'delete', text }] };
}

/** Equal text span. */
export const eq = (text: string): TextSpan => ({ op: 'equal', text });
/** Inserted text span. */
export const ins = (text: string): TextSpan => ({ op: 'insert', text });
/** Deleted text span. */
export const del = (text: string): TextSpan => ({ op: 'delete', text });

/** A change set from rows, built by the engine's one factory; `action` overrides the symbol for exporter tests. */
export function changeSet(rows: ChangeRow[], action: ChangeSet['action'] = 'MOD'): ChangeSet {
  return { ...changeSetOf(rows), action };
}

/** The head rows of Resolution 99, optionally retargeted to Baku 2025 (marked). */
export function head(retarget = false): ChangeRow[] {
  const place = retarget ? [del('Kigali, 2022'), ins('Baku, 2025')] : [eq('Kigali, 2022')];
  return [
    kept('numberLine', [eq('RESOLUTION 99 (Rev. '), ...place, eq(')')]),
    kept('title', [eq('Testing the exporter')]),
    kept('conferenceLine', [eq('The World Telecommunication Development Conference ('), ...place, eq('),')]),
  ];
}

/** Filled-in cover settings. */
export function settings(): ContributionSettings {
  const s = defaultSettings(2025);
  s.conference = { name: 'World Telecommunication Development Conference (WTDC-25)', place: 'Baku, Azerbaijan', dates: '17-28 November 2025', year: 2025 };
  s.source = 'Member States of the Asia-Pacific Telecommunity';
  s.documentNumber = '23';
  s.addendumNumber = '1';
  s.proposalPrefix = 'ACP/23A1/';
  s.cover = {
    title: 'Proposed modification of Resolution 99',
    priorityArea: 'Resolutions and Recommendations',
    summary: 'APT proposes to update the resolution.',
    expectedResults: 'Adoption of the modifications.',
    references: 'Resolution 99 (Rev. Kigali, 2022)',
    contact: { name: 'Ms A. Delegate', organization: 'APT', phone: '+66 2 000 0000', email: 'delegate@example.org' },
  };
  return s;
}
