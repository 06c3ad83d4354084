import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { flatten, type FlatLine } from '../../shared/engine/flatten';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';
import type { Resolution } from '../../shared/model/resolution';
import { InlineText } from './InlineText';
import { textDirection } from './textDirection';

const LINE_CLASS: Record<FlatLine['kind'], string> = {
  numberLine: 'rd-number-line',
  title: 'rd-title',
  conferenceLine: 'rd-conference-line',
  call: 'rd-call',
  paragraph: 'rd-paragraph',
  item: 'rd-item',
  footnote: 'rd-footnote',
};

/** One line of a resolution as printed (label, text, footnote number), as the adopted-text view and the language versions show it. */
export function Line({ line, target }: { line: FlatLine; target: boolean }): ReactNode {
  const cls = `${LINE_CLASS[line.kind]}${target ? ' rd-target' : ''}`;
  if (line.kind === 'footnote') {
    return (
      <p className={cls} data-line={line.line} data-footnote={footnoteRefNumber(line.label!)}>
        <sup className="rd-footnote-number">{footnoteRefNumber(line.label!)}</sup> <InlineText text={line.text} />
      </p>
    );
  }
  return (
    <p className={cls} data-line={line.line} data-depth={line.kind === 'item' ? line.depth : undefined}>
      {line.label !== undefined && <span className="rd-label">{line.label}</span>}
      <InlineText text={line.text} />
    </p>
  );
}

/**
 * A resolution laid out as printed, read-only (the adopted-text view), line by line as the engine
 * flattens it: each line carries its layout line (`data-line`), and `target` (a line a finding
 * points at) is outlined and scrolled into view.
 */
export function ResolutionView({ resolution, target }: { resolution: Resolution; target?: number }): ReactNode {
  const flat = useMemo(() => flatten(resolution), [resolution]);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (target !== undefined) root.current?.querySelector(`[data-line="${target}"]`)?.scrollIntoView({ block: 'center' });
  }, [target, flat]);
  return (
    <article className="resolution" data-testid="resolution-view" ref={root} {...textDirection(resolution)}>
      {[...flat.head, ...flat.body].map((l) => (
        <Line key={l.line} line={l} target={l.line === target} />
      ))}
      {flat.footnotes.length > 0 && (
        <section className="rd-footnotes">
          {flat.footnotes.map((l) => (
            <Line key={l.line} line={l} target={l.line === target} />
          ))}
        </section>
      )}
    </article>
  );
}
