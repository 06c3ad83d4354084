/** The minimal whole-word edit between two texts, for judging how economical the engine's marks are. */
import { diffArrays } from 'diff';
import { isWordToken, tokenize } from '../../shared/engine/tokenize';
import { readWordDiff } from './wordDiffLaws';

function tokensOf(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (i === 0 ? tokenize(line) : ['\n', ...tokenize(line)]));
}

/** Words deleted plus words inserted by a longest-common-subsequence diff of the whole texts' tokens. */
export function minimalMarkedWords(base: string, draft: string): number {
  let n = 0;
  for (const c of diffArrays(tokensOf(base), tokensOf(draft))) if (c.added || c.removed) n += c.value.filter(isWordToken).length;
  return n;
}

/** Words inside the marks of word-diff text (labels included, as a reader sees them). */
export function markedWords(marked: string): number {
  let n = 0;
  for (const p of readWordDiff(marked)) if (p.op !== 'equal') n += tokenize(p.text).filter(isWordToken).length;
  return n;
}
