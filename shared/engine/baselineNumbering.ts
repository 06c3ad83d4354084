import type { AlignStep } from './align';
import type { FlatLine } from './flatten';
import { inDraftNumbering, type FootnoteIdentity } from './footnoteIdentity';

/**
 * The baseline's lines as the draft numbers its footnotes, so that a renumbered reference is not a
 * change: decided by the aligned footnote bodies (baseline footnote k is draft footnote j).
 */
export interface BaselineNumbering {
  readonly identity: FootnoteIdentity;
  /** Which baseline footnote is which draft footnote, as text (`1:2,3:3`): two numberings with the same key number every line alike. */
  readonly key: string;
  /** A baseline line in the draft's numbering: a copy when a reference in it is renumbered, else the line itself. */
  numbered(line: FlatLine): FlatLine;
  /** The baseline line as written, for a line {@link numbered} gave (any other line is its own original). */
  originalOf(line: FlatLine): FlatLine;
}

/** The numbering that the aligned footnote bodies (`noteSteps`: baseline footnotes against draft footnotes) decide. */
export function baselineNumbering(noteSteps: readonly AlignStep[]): BaselineNumbering {
  const baseToDraft = new Map<number, number>();
  for (const s of noteSteps) if (s.type === 'pair') baseToDraft.set(footnoteNumber(s.a), footnoteNumber(s.b));
  const identity: FootnoteIdentity = { baseToDraft };
  const original = new Map<FlatLine, FlatLine>();
  return {
    identity,
    key: [...baseToDraft].map(([k, j]) => `${k}:${j}`).join(','),
    numbered: (l) => {
      const text = inDraftNumbering(l.text, identity);
      if (text === l.text) return l;
      const copy = { ...l, text };
      original.set(copy, l);
      return copy;
    },
    originalOf: (l) => original.get(l) ?? l,
  };
}

function footnoteNumber(l: FlatLine): number {
  return Number(l.label!.slice(2, -1));
}
