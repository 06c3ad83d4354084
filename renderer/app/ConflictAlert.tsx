import { useState, type ReactNode } from 'react';
import type { ContributionContent, Proposal } from '../../shared/contribution/schema';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { compare } from '../../shared/engine/compare';
import type { DocumentConflict } from '../../shared/host/hostApi';
import { ChangeRowView } from '../compare/ChangeRowView';

interface Props {
  conflict: DocumentConflict;
  onReload(): void;
  onKeepCopy(): void;
  theirs(): Promise<ContributionContent>;
  mine(): ContributionContent | null;
}

function nameOf(p: Proposal): string {
  return p.baseline ? `Resolution ${p.baseline.number}` : draftOf(p).numberLine || 'Draft new resolution';
}

/** Theirs against mine, proposal by proposal: the engine's rows, theirs as the base. */
function Differences({ theirs, mine }: { theirs: ContributionContent; mine: ContributionContent }): ReactNode {
  const ids = [...new Set([...theirs.proposals.map((p) => p.id), ...mine.proposals.map((p) => p.id)])];
  const parts = ids.flatMap((id) => {
    const a = theirs.proposals.find((p) => p.id === id);
    const b = mine.proposals.find((p) => p.id === id);
    const changes = compare(a ? draftOf(a) : null, b ? draftOf(b) : null);
    const reasons = (a?.reasons ?? '') !== (b?.reasons ?? '');
    if (!changes.rows.some((r) => r.status !== 'unchanged' || r.relabelled) && !reasons) return [];
    return [
      <section key={id} data-testid="conflict-diff">
        <h3>{nameOf((b ?? a)!)}{!a ? ' (only in mine)' : !b ? ' (only in theirs)' : ''}</h3>
        {changes.rows.map((row, i) => (row.status === 'unchanged' ? null : <ChangeRowView key={i} row={row} index={i} current={false} />))}
        {reasons && <p>The reasons differ.</p>}
      </section>,
    ];
  });
  const settings = JSON.stringify(theirs.settings) !== JSON.stringify(mine.settings);
  return (
    <div className="conflict-diff">
      <p className="hint">Struck: only in theirs. Underlined: only in mine.</p>
      {parts}
      {settings && <p>The settings (cover, conference, numbering) differ too.</p>}
      {parts.length === 0 && !settings && <p>The proposals and settings are the same; only the history differs.</p>}
    </div>
  );
}

/**
 * Told when another window, instance or program changed the document: nothing is saved over
 * theirs until the user chooses to reload theirs, keep mine as a copy, or compare the two.
 */
export function ConflictAlert({ conflict, onReload, onKeepCopy, theirs, mine }: Props): ReactNode {
  const [diff, setDiff] = useState<{ theirs: ContributionContent; mine: ContributionContent } | string | null>(null);
  return (
    <div className="error conflict" role="alert" data-testid="conflict">
      <p>{conflict.message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onReload}>
          Reload theirs
        </button>
        <button type="button" onClick={onKeepCopy}>
          Keep mine as a copy
        </button>
        <button
          type="button"
          onClick={() => {
            const m = mine();
            theirs().then(
              (t) => setDiff(m ? { theirs: t, mine: m } : 'Nothing of mine to compare.'),
              (e: unknown) => setDiff(e instanceof Error ? e.message : String(e)),
            );
          }}
        >
          Compare the two
        </button>
      </div>
      {typeof diff === 'string' ? <p>{diff}</p> : diff && <Differences theirs={diff.theirs} mine={diff.mine} />}
    </div>
  );
}
