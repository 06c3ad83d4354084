import type { ReactNode } from 'react';
import { CircleAlert, TriangleAlert } from 'lucide-react';
import { findingText, placeText, type Finding, type RelatedPlace } from '../../shared/checks/finding';
import { t } from './uiLanguage';

const STRINGS = {
  get error() {
    return t('findings.error');
  },
  get warning() {
    return t('findings.warning');
  },
  more: (n: number): string => t('findings.more', { n }),
  get citedAt() {
    return t('findings.citedAt');
  },
  related: (r: RelatedPlace): string => placeText({ proposal: t('findings.resolution', { n: r.resolution }), call: r.call, item: r.item }),

};

interface Props {
  findings: Finding[];
  onJump(f: Finding): void;
  /** Opens the adopted text a related place stands in, at its line; without it, related places are not listed. */
  onCitation?(place: RelatedPlace): void;
  limit?: number;
}

/** The findings of the checks, each a button that goes to its place, with the citations in other texts it concerns. */
export function FindingList({ findings, onJump, onCitation, limit }: Props): ReactNode {
  const shown = limit === undefined ? findings : findings.slice(0, limit);
  return (
    <ul className="finding-list" data-testid="finding-list">
      {shown.map((f, i) => (
        <li key={`${i}-${f.code}`} className={`finding finding-${f.severity}`} data-code={f.code} data-severity={f.severity}>
          {f.severity === 'error' ? <CircleAlert aria-hidden size={16} /> : <TriangleAlert aria-hidden size={16} />}
          <div className="finding-body">
            <span className="visually-hidden">{f.severity === 'error' ? STRINGS.error : STRINGS.warning}</span>
            <button type="button" className="btn btn-link finding-place" onClick={() => onJump(f)} disabled={!f.place.proposalId}>
              {placeText(f.place, t)}
            </button>
            <span className="finding-message">{findingText(f, t)}</span>
            {onCitation && f.related && f.related.length > 0 && (
              <>
                <span className="hint">{STRINGS.citedAt}</span>
                <ul className="finding-related" data-testid="finding-related">
                  {f.related.map((r, k) => (
                    <li key={k}>
                      <button type="button" className="btn btn-link" title={r.text} data-resolution={r.resolution} data-line={r.line} onClick={() => onCitation(r)}>
                        {STRINGS.related(r)}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </li>
      ))}
      {shown.length < findings.length && <li className="hint">{STRINGS.more(findings.length - shown.length)}</li>}
    </ul>
  );
}
