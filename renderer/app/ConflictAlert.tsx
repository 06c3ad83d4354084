import { useState, type ReactNode } from 'react';
import type { ContributionContent, Proposal } from '../../shared/contribution/schema';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { compare } from '../../shared/engine/compare';
import type { DocumentConflict } from '../../shared/host/hostApi';
import { ChangeRowView } from '../compare/ChangeRowView';
import { t } from './uiLanguage';

interface Props {
  conflict: DocumentConflict;
  onReload(): void;
  onKeepCopy(): void;
  theirs(): Promise<ContributionContent>;
  mine(): ContributionContent | null;
}

function nameOf(p: Proposal): string {
  return p.baseline ? t('findings.resolution', { n: p.baseline.number }) : draftOf(p).numberLine || t('proposal.draftNew');
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
        <h3>{!a ? t('conflict.onlyMine', { name: nameOf(b!) }) : !b ? t('conflict.onlyTheirs', { name: nameOf(a) }) : nameOf(b)}</h3>
        {changes.rows.map((row, i) => (row.status === 'unchanged' ? null : <ChangeRowView key={i} row={row} index={i} current={false} />))}
        {reasons && <p>{t('conflict.reasonsDiffer')}</p>}
      </section>,
    ];
  });
  const settings = JSON.stringify(theirs.settings) !== JSON.stringify(mine.settings);
  return (
    <div className="conflict-diff">
      <p className="hint">{t('conflict.legend')}</p>
      {parts}
      {settings && <p>{t('conflict.settingsDiffer')}</p>}
      {parts.length === 0 && !settings && <p>{t('conflict.same')}</p>}
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
          {t('conflict.reload')}
        </button>
        <button type="button" onClick={onKeepCopy}>
          {t('conflict.keepCopy')}
        </button>
        <button
          type="button"
          onClick={() => {
            const m = mine();
            theirs().then(
              (read) => setDiff(m ? { theirs: read, mine: m } : t('conflict.nothingMine')),
              (e: unknown) => setDiff(e instanceof Error ? e.message : String(e)),
            );
          }}
        >
          {t('conflict.compare')}
        </button>
      </div>
      {typeof diff === 'string' ? <p>{diff}</p> : diff && <Differences theirs={diff.theirs} mine={diff.mine} />}
    </div>
  );
}
