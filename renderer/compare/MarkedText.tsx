import type { ReactNode } from 'react';
import type { TextSpan } from '../../shared/engine/changeSet';
import { footnoteRefPattern } from '../../shared/grammar/footnoteRef';

const FOOTNOTE_REF = footnoteRefPattern();

/** Text with footnote references `[^k]` shown as superscripts. */
export function PlainText({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(FOOTNOTE_REF)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(
      <sup key={m.index} className="fn-ref">
        {m[1]}
      </sup>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}

/** Spans as `<ins>`/`<del>`; `show` limits a side-by-side column to one side's spans. */
export function MarkedSpans({ spans, show = 'both' }: { spans: TextSpan[]; show?: 'both' | 'base' | 'draft' }): ReactNode {
  return (
    <>
      {spans.map((s, i) => {
        if (s.op === 'equal') return <PlainText key={i} text={show === 'base' ? (s.baseText ?? s.text) : s.text} />;
        if (s.op === 'insert') {
          return show === 'base' ? null : (
            <ins key={i}>
              <PlainText text={s.text} />
            </ins>
          );
        }
        return show === 'draft' ? null : (
          <del key={i}>
            <PlainText text={s.text} />
          </del>
        );
      })}
    </>
  );
}
