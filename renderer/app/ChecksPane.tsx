import { useEffect, useState, type ReactNode } from 'react';
import type { Finding, RelatedPlace } from '../../shared/checks/finding';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { FindingList } from './FindingList';
import { useChecks } from './useChecks';
import { t } from './uiLanguage';

/** How long the pane waits after an edit before it checks again. */
const SETTLE_MS = 700;

const STRINGS = {
  get checking() {
    return t('checksPane.checking');
  },
  get none() {
    return t('checksPane.none');
  },
  summary: (errors: number, warnings: number): string => t('checksPane.summary', { errors, warnings }),

};

/** The contribution as it stands once the delegate has paused typing. */
function useSettledContent(store: ContributionStore): ContributionContent | null {
  const content = useStore(store, (s) => s.content);
  const [settled, setSettled] = useState(content);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(content), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [content]);
  return settled;
}

interface Props {
  store: ContributionStore;
  onJump(finding: Finding): void;
  onCitation(place: RelatedPlace): void;
}

/**
 * The checks before sending, in the side pane beside the text: every finding with its severity
 * and place (a click goes there, the pane stays), and for a finding about other texts each
 * citation it concerns, a link to that adopted text at the citing line. It checks again when the
 * delegate pauses.
 */
export function ChecksPane({ store, onJump, onCitation }: Props): ReactNode {
  const content = useSettledContent(store);
  const { findings, error } = useChecks(store, content);
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  return (
    <div className="checks-panel" data-testid="checks-panel">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!findings && !error && <p className="hint">{STRINGS.checking}</p>}
      {findings && (
        <>
          <p role="status" data-testid="checks-summary">
            {findings.length === 0 ? STRINGS.none : STRINGS.summary(errors, findings.length - errors)}
          </p>
          <FindingList findings={findings} onJump={onJump} onCitation={onCitation} />
        </>
      )}
    </div>
  );
}
