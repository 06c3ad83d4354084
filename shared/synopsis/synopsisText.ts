import type { Synopsis, SynopsisEntry, SynopsisRow, SynopsisSource } from './synopsisTypes';

/** `APT (ACP/12A1/1)`: a source's name and, when it has one, its proposal number. */
export function attribution(src: SynopsisSource): string {
  return src.proposal ? `${src.name} (${src.proposal})` : src.name;
}

/** What the notation alone does not say: where a moved line went, or came from. */
function moveNote(e: SynopsisEntry | undefined): string {
  if (e?.type === 'movedAway' && e.movedTo !== undefined) return `  (moved to after line ${e.movedTo + 1})`;
  if (e?.type === 'movedHere' && e.movedFrom !== undefined) return `  (moved from line ${e.movedFrom + 1})`;
  if (e?.type === 'deleted') return '  (deleted)';
  return '';
}

function rowHeading(r: SynopsisRow): string {
  const flags = [r.agreement ? 'agreement' : '', r.conflict ? 'CONFLICT' : ''].filter(Boolean).join(', ');
  const head = r.place === 'baseline' ? `line ${r.line! + 1}: ${r.baseline!.replace(/\t/g, ' ')}` : `new line after line ${r.after! + 1}`;
  return flags ? `${head}  [${flags}]` : head;
}

/**
 * A synopsis for a terminal: the sources with their proposal numbers, symbols and reasons,
 * then every line some source changes, each change in the word-diff notation after the names
 * of all the sources that make it (`=` marks a change several sources make alike), conflicts
 * spelled out under their line. Unchanged lines are left out.
 */
export function synopsisToText(s: Synopsis): string {
  const out: string[] = [];
  out.push(`Resolution ${s.number} (${s.edition}): ${s.numberLine}`);
  out.push(`${s.title}`);
  out.push(s.sources.length === 1 ? '1 source:' : `${s.sources.length} sources:`);
  for (const src of s.sources) out.push(`  ${attribution(src)} ${src.symbol}${src.reasons ? ` — Reasons: ${src.reasons}` : ''}`);
  out.push(s.stats.changedRows === 1 ? `1 line changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts` : `${s.stats.changedRows} lines changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts`);
  for (const r of s.rows) {
    if (r.entries.length === 0) continue;
    out.push('');
    out.push(rowHeading(r));
    for (const g of r.groups) {
      const who = g.sources.map((i) => attribution(s.sources[i])).join(', ');
      out.push(`  ${g.sources.length > 1 ? '=' : ' '} ${who}: ${g.notation}${moveNote(r.entries.find((e) => e.source === g.sources[0]))}`);
    }
    for (const c of r.conflicts) out.push(`  ! ${c.reason}`);
  }
  return `${out.join('\n')}\n`;
}
