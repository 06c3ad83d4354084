import type { SynopsisConflict, SynopsisEntry, SynopsisSource } from './synopsisTypes';
import { wordRunsCollide } from './wordRuns';

/** Whether a `modified` entry changes words (not only the label). */
function changesWords(e: SynopsisEntry): boolean {
  return e.type === 'modified' && e.words.length > 0;
}

/** Whether a moved line arrives with other words than the baseline's. */
function movedWithEdits(e: SynopsisEntry): boolean {
  return e.type === 'movedAway' && e.movedText !== undefined && e.movedText !== e.row.base?.text;
}

function quote(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${t}"`;
}

/**
 * Why two sources' changes on the same baseline line cannot both be taken, or `undefined` when
 * they can: the same change; changes to different words; a relabel (it follows from structure,
 * not words) beside anything; a line moved by one and amended by the other. Conflicts: one deletes
 * a line the other amends; one deletes it and the other moves it; both move it to different
 * places (or with different words); one moves it with new words and the other amends it; both change
 * overlapping words differently (see `wordRunsCollide`).
 */
export function conflictBetween(a: SynopsisEntry, b: SynopsisEntry, sources: readonly SynopsisSource[]): SynopsisConflict | undefined {
  if (a.notation === b.notation && a.type === b.type && a.movedTo === b.movedTo) return undefined;
  const [x, y] = a.source < b.source ? [a, b] : [b, a];
  const nx = sources[x.source].name;
  const ny = sources[y.source].name;
  const pair: [number, number] = [x.source, y.source];
  const gone = (e: SynopsisEntry): boolean => e.type === 'deleted' || e.type === 'movedAway';
  if (x.type === 'deleted' && changesWords(y)) return { sources: pair, reason: `${nx} deletes the line that ${ny} amends` };
  if (y.type === 'deleted' && changesWords(x)) return { sources: pair, reason: `${ny} deletes the line that ${nx} amends` };
  if (x.type === 'deleted' && y.type === 'movedAway') return { sources: pair, reason: `${nx} deletes the line that ${ny} moves` };
  if (y.type === 'deleted' && x.type === 'movedAway') return { sources: pair, reason: `${ny} deletes the line that ${nx} moves` };
  if (x.type === 'movedAway' && y.type === 'movedAway') {
    if (x.movedTo !== y.movedTo) return { sources: pair, reason: `${nx} and ${ny} move the line to different places` };
    if (x.notation !== y.notation) return { sources: pair, reason: `${nx} and ${ny} move the line with different words` };
    return undefined;
  }
  if (movedWithEdits(x) && changesWords(y)) return { sources: pair, reason: `${nx} moves and rewords the line that ${ny} amends` };
  if (movedWithEdits(y) && changesWords(x)) return { sources: pair, reason: `${ny} moves and rewords the line that ${nx} amends` };
  if (gone(x) || gone(y)) return undefined;
  for (const wx of x.words) {
    for (const wy of y.words) {
      if (!wordRunsCollide(wx, wy)) continue;
      const what = wx.deleted || wy.deleted ? `different changes to ${quote(wx.deleted.length >= wy.deleted.length ? wx.deleted : wy.deleted)}` : `different insertions at the same place`;
      return { sources: pair, reason: `${nx} and ${ny} make ${what}` };
    }
  }
  return undefined;
}
