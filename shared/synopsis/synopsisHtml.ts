import type { ChangeSet } from '../engine/changeSet';
import { CHANGES_CSS, escapeHtml, toHtml } from '../engine/toHtml';
import { attribution } from './synopsisText';
import type { Synopsis, SynopsisRow } from './synopsisTypes';
import { changeSetOf } from '../engine/changeSetOf';

const SYNOPSIS_CSS = `
body { font-family: "Times New Roman", Times, serif; margin: 1.5em; }
table.rd-synopsis { border-collapse: collapse; width: 100%; table-layout: fixed; }
.rd-synopsis th, .rd-synopsis td { border: 1px solid #888; padding: 4pt 6pt; vertical-align: top; text-align: left; }
.rd-synopsis th { background: #eef1f5; font-weight: normal; }
.rd-synopsis th .rd-source { font-weight: bold; display: block; }
.rd-synopsis th .rd-reasons { font-size: 10pt; display: block; margin-top: 3pt; }
.rd-synopsis td .rd-changes { font-size: 11pt; }
.rd-synopsis td .rd-row { margin: 0; }
.rd-synopsis tr.rd-conflict td.rd-changed { background: #fde2c8; outline: 2px solid #b3541e; }
.rd-synopsis tr.rd-agreement td.rd-agreed { background: #e3f3e3; }
.rd-synopsis .rd-flag { display: block; font-size: 9pt; font-style: italic; margin-top: 2pt; }
.rd-synopsis .rd-unchanged-row td { color: #555; }
.rd-synopsis .rd-baseline-text { white-space: pre-wrap; }
`;

function cellOf(row: SynopsisRow, source: number): string {
  const e = row.entries.find((x) => x.source === source);
  if (!e) {
    if (row.place === 'inserted') return '<td></td>';
    return `<td><span class="rd-baseline-text">${escapeHtml(row.baseline!)}</span></td>`;
  }
  const one: ChangeSet = { ...changeSetOf([e.row]), action: 'MOD' };
  const agreed = row.groups.some((g) => g.sources.length > 1 && g.sources.includes(source)) || row.words.some((w) => w.sources.length > 1 && w.sources.includes(source));
  const conflicted = row.conflicts.some((c) => c.sources.includes(source));
  const classes = ['rd-changed', agreed ? 'rd-agreed' : '', conflicted ? 'rd-conflicted' : ''].filter(Boolean).join(' ');
  const flags: string[] = [];
  if (e.type === 'movedAway' && e.movedTo !== undefined) flags.push(`moved to after line ${e.movedTo + 1}`);
  if (e.type === 'movedHere' && e.movedFrom !== undefined) flags.push(`moved from line ${e.movedFrom + 1}`);
  const flag = flags.length ? `<span class="rd-flag">${escapeHtml(flags.join('; '))}</span>` : '';
  return `<td class="${classes}" data-source="${escapeHtml(String(source))}">${toHtml(one)}${flag}</td>`;
}

function rowHtml(s: Synopsis, row: SynopsisRow): string {
  const classes = [row.entries.length ? 'rd-changed-row' : 'rd-unchanged-row', row.agreement ? 'rd-agreement' : '', row.conflict ? 'rd-conflict' : ''].filter(Boolean).join(' ');
  const where = row.place === 'baseline' ? `line ${row.line! + 1}` : `new after line ${row.after! + 1}`;
  const notes = row.conflicts.map((c) => `<span class="rd-flag">Conflict: ${escapeHtml(c.reason)}</span>`).join('');
  const base = row.place === 'baseline' ? `<span class="rd-baseline-text">${escapeHtml(row.baseline!)}</span>` : '';
  const cells = s.sources.map((_, i) => cellOf(row, i)).join('');
  return `<tr class="${classes}" data-where="${where}"><td title="${where}">${base}${notes}</td>${cells}</tr>`;
}

/**
 * One resolution's synopsis as an HTML table (no document around it): the baseline text in the
 * first column, one column per source headed by its name, proposal number, symbol and reasons,
 * each source's changes with `<ins>`/`<del>` marks as the engine renders them; rows where
 * sources agree carry `rd-agreement`, rows with conflicts `rd-conflict` and the reasons.
 */
export function synopsisTable(s: Synopsis): string {
  const heads = s.sources
    .map((src) => `<th scope="col"><span class="rd-source">${escapeHtml(attribution(src))}</span>${escapeHtml(src.symbol)}${src.reasons ? `<span class="rd-reasons">Reasons: ${escapeHtml(src.reasons)}</span>` : ''}</th>`)
    .join('');
  const caption = `Resolution ${escapeHtml(s.number)} (${escapeHtml(s.edition)}): ${s.stats.changedRows} lines changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts`;
  return (
    `<section class="rd-synopsis-resolution"><h2>${escapeHtml(s.numberLine)}</h2><p>${escapeHtml(s.title)}</p>\n` +
    `<table class="rd-synopsis"><caption>${caption}</caption>\n<thead><tr><th scope="col">Baseline: ${escapeHtml(s.numberLine)}</th>${heads}</tr></thead>\n<tbody>\n` +
    s.rows.map((r) => rowHtml(s, r)).join('\n') +
    '\n</tbody></table></section>'
  );
}

/** A complete HTML document with the synopsis of every resolution, for a browser. */
export function synopsesToHtml(synopses: readonly Synopsis[]): string {
  const body = synopses.map(synopsisTable).join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Synopsis of proposals</title>\n<style>${CHANGES_CSS}${SYNOPSIS_CSS}</style>\n</head>\n<body>\n<h1>Synopsis of proposals</h1>\n${body}\n</body>\n</html>\n`;
}
