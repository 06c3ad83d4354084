import type { ChangeRow, ChangeStats } from './changeSet';
import { countWords } from './tokenize';

/** The counts of a list of change rows: marked words, relabels, moves, and rows by status. */
export function statsOf(rows: ChangeRow[]): ChangeStats {
  const stats: ChangeStats = { insertedWords: 0, deletedWords: 0, relabels: 0, movedItems: 0, splitsAndMerges: 0, insertedRows: 0, deletedRows: 0, modifiedRows: 0 };
  for (const r of rows) {
    if (r.status === 'inserted') stats.insertedRows++;
    else if (r.status === 'deleted') stats.deletedRows++;
    else if (r.status === 'modified') stats.modifiedRows++;
    if (r.relabelled) stats.relabels++;
    if (r.move?.role === 'to') stats.movedItems++;
    if (r.lineEnd) stats.splitsAndMerges++;
    for (const s of r.spans) {
      if (s.op === 'insert') stats.insertedWords += countWords(s.text);
      else if (s.op === 'delete') stats.deletedWords += countWords(s.text);
    }
  }
  return stats;
}

/** The sum of counts (each count added). */
export function addStats(into: ChangeStats, more: ChangeStats): ChangeStats {
  for (const k of Object.keys(into) as (keyof ChangeStats)[]) into[k] += more[k];
  return into;
}
