/**
 * Drafts of Resolution 34 as a delegate revises it, for the Word round-trip tests: words inserted
 * and an item deleted, so the items after it are relabelled.
 */
import type { Corpus } from '../../main/services/corpus';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';

/** `text` (resolution text layout) without its first item labelled `label`; the a) b) … items after it take one letter less. */
export function withoutItem(text: string, label: string): { text: string; removed: string } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${label}\t`));
  if (at < 0) throw new Error(`no item ${label} in the text`);
  const [removed] = lines.splice(at, 1);
  for (let i = at; /^[a-z]\)\t/.test(lines[i]); i++) lines[i] = String.fromCharCode(lines[i].charCodeAt(0) - 1) + lines[i].slice(1);
  return { text: lines.join('\n'), removed };
}

/** Resolution 34 with "strong and" inserted in recognizing a) and item c) deleted (the items after it relabelled). */
export function delegateDraft34(corpus: Corpus): Resolution {
  const inserted = corpus.text('34').replace('that there is a growing general awareness', 'that there is a strong and growing awareness');
  return fromText(withoutItem(inserted, 'c)').text);
}
