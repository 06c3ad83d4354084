import type { ReactNode } from 'react';
import { footnoteRefPattern } from '../../shared/grammar/footnoteRef';

const REF = footnoteRefPattern();

/** Text of the layout with `[^k]` footnote references shown as superscripts. */
export function InlineText({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <sup key={at} className="fn-ref" data-footnote={m[1]}>
        {m[1]}
      </sup>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
