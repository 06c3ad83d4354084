import { footnoteRef, footnoteRefPattern } from '../grammar/footnoteRef';
import type { TextSpan } from './changeSet';

/**
 * Footnote identity: which baseline footnote is which draft footnote, decided once by aligning the
 * footnote bodies. A reference `[^k]` in the baseline and `[^j]` in the draft are the same reference
 * when baseline footnote k and draft footnote j are one footnote (kept, renumbered or edited).
 */
export interface FootnoteIdentity {
  /** Baseline footnote number → draft footnote number, for footnotes on both sides. */
  readonly baseToDraft: ReadonlyMap<number, number>;
}

/** A reference number no draft holds, standing for a baseline footnote the draft dropped. */
const UNMATCHED = 1_000_000_000;

/**
 * The baseline text with each reference written as the draft numbers it (`[^1]` → `[^2]` when a new
 * footnote 1 came before it); references to dropped footnotes get a number no draft uses, so a word
 * diff sees kept references as equal and dropped ones as deleted.
 */
export function inDraftNumbering(text: string, identity: FootnoteIdentity): string {
  if (!text.includes('[^')) return text;
  return text.replace(footnoteRefPattern(), (_, k: string) => footnoteRef(identity.baseToDraft.get(Number(k)) ?? UNMATCHED + Number(k)));
}

/**
 * Spans diffed from {@link inDraftNumbering}'s text, given back the baseline's own references: a
 * deleted reference gets its baseline number, and a kept reference whose number changed becomes its
 * own equal span with `baseText` (the same footnote, renumbered; not a deletion and an insertion).
 */
export function withBaselineRefs(spans: readonly TextSpan[], baseText: string): TextSpan[] {
  if (!baseText.includes('[^')) return spans as TextSpan[];
  const refs = [...baseText.matchAll(footnoteRefPattern())].map((m) => m[0]);
  if (refs.length === 0) return spans as TextSpan[];
  let next = 0;
  const out: TextSpan[] = [];
  for (const span of spans) {
    if (span.op === 'insert' || !span.text.includes('[^')) {
      out.push(span);
      continue;
    }
    if (span.op === 'delete') {
      out.push({ op: 'delete', text: span.text.replace(footnoteRefPattern(), () => refs[next++]) });
      continue;
    }

    let last = 0;
    for (const m of span.text.matchAll(footnoteRefPattern())) {
      const original = refs[next++];
      if (original === m[0]) continue;
      const plain = span.text.slice(last, m.index);
      if (plain) out.push({ op: 'equal', text: plain });
      out.push({ op: 'equal', text: m[0], baseText: original });
      last = m.index + m[0].length;
    }
    const rest = span.text.slice(last);
    if (rest) out.push({ op: 'equal', text: rest });
  }
  return out;
}
