import type { ReactNode } from 'react';
import { listLabels } from '../../shared/grammar/labels';
import type { List, Resolution } from '../../shared/model/resolution';
import { InlineText } from './InlineText';

/** A resolution laid out as printed, read-only (the adopted-text view). */
export function ResolutionView({ resolution }: { resolution: Resolution }): ReactNode {
  return (
    <article className="resolution" data-testid="resolution-view">
      <p className="rd-number-line"><InlineText text={resolution.numberLine} /></p>
      <p className="rd-title"><InlineText text={resolution.title} /></p>
      <p className="rd-conference-line"><InlineText text={resolution.conferenceLine} /></p>
      {resolution.calls.map((call, c) => (
        <section key={c} className="rd-call-block">
          <p className="rd-call"><InlineText text={call.phrase} /></p>
          {call.blocks.map((block, b) =>
            block.type === 'paragraph' ? (
              <p key={b} className="rd-paragraph"><InlineText text={block.text} /></p>
            ) : (
              <ListView key={b} list={block} depth={0} />
            ),
          )}
        </section>
      ))}
      {resolution.footnotes.length > 0 && (
        <section className="rd-footnotes">
          {resolution.footnotes.map((fn) => (
            <p key={fn.id} className="rd-footnote" data-footnote={fn.id}>
              <sup className="rd-footnote-number">{fn.id}</sup> <InlineText text={fn.text} />
            </p>
          ))}
        </section>
      )}
    </article>
  );
}

function ListView({ list, depth }: { list: List; depth: number }): ReactNode {
  const labels = listLabels(list);
  return (
    <>
      {list.items.map((item, i) => (
        <div key={i} className="rd-item-group">
          <p className="rd-item" data-depth={depth}>
            <span className="rd-label">{labels[i]}</span>
            <InlineText text={item.text} />
          </p>
          {item.sublist && <ListView list={item.sublist} depth={depth + 1} />}
        </div>
      ))}
    </>
  );
}
