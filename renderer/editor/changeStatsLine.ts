import type { ChangeStats } from '../../shared/engine/changeSet';
import { t } from '../app/uiLanguage';

/**
 * Shows the engine's counts for the draft under the editor ("12 words inserted, 3 deleted, 2
 * relabels, 1 item moved"), the same figures as the CLI and the compare view, and keeps them as
 * data attributes (`data-inserted-words` …) for scripts reading the page. Written straight to the
 * DOM: it changes on keystrokes and must not re-render React.
 */
export function showStats(line: HTMLElement, stats: ChangeStats | null): void {
  if (!stats) {
    line.textContent = '';
    return;
  }
  const { insertedWords, deletedWords, relabels, movedItems } = stats;
  const splits = (stats as ChangeStats & { splitsAndMerges?: number }).splitsAndMerges ?? 0;
  line.textContent = t('stats.line', { inserted: insertedWords, deleted: deletedWords, relabels, moved: movedItems, splits });
  for (const [k, v] of Object.entries(stats)) line.dataset[k] = String(v);
}

/** Whether two sets of counts are the same (so the line need not be written again). */
export function sameStats(a: ChangeStats | null, b: ChangeStats | null): boolean {
  if (!a || !b) return a === b;
  return (Object.keys(a) as (keyof ChangeStats)[]).every((k) => a[k] === b[k]);
}
