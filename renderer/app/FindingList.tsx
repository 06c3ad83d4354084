import type { ReactNode } from 'react';
import { CircleAlert, TriangleAlert } from 'lucide-react';
import { placeText, type Finding } from '../../shared/checks/finding';

/** The findings of the checks, each a button that goes to its place. */
export function FindingList({ findings, onJump, limit }: { findings: Finding[]; onJump(f: Finding): void; limit?: number }): ReactNode {
  const shown = limit === undefined ? findings : findings.slice(0, limit);
  return (
    <ul className="finding-list" data-testid="finding-list">
      {shown.map((f, i) => (
        <li key={`${i}-${f.code}`} className={`finding finding-${f.severity}`} data-code={f.code} data-severity={f.severity}>
          {f.severity === 'error' ? <CircleAlert aria-hidden size={16} /> : <TriangleAlert aria-hidden size={16} />}
          <span className="visually-hidden">{f.severity === 'error' ? 'Error:' : 'Warning:'}</span>
          <button type="button" className="btn btn-link finding-place" onClick={() => onJump(f)} disabled={!f.place.proposalId}>
            {placeText(f.place)}
          </button>
          <span className="finding-message">{f.message}</span>
        </li>
      ))}
      {shown.length < findings.length && <li className="hint">… and {findings.length - shown.length} more in Checks.</li>}
    </ul>
  );
}
