import type { ReactNode } from 'react';
import { ConflictAlert } from './ConflictAlert';
import { SaveDialog } from './SaveDialog';
import type { ContributionHandle } from './useContribution';

/** The document's own dialogs: the Save dialog (browser host) and the changed-elsewhere alert. */
export function ContributionDialogs({ contribution }: { contribution: ContributionHandle }): ReactNode {
  return (
    <>
      {contribution.conflict && (
        <ConflictAlert
          conflict={contribution.conflict}
          onReload={() => void contribution.reloadTheirs()}
          onKeepCopy={() => void contribution.keepMineAsCopy()}
          theirs={contribution.theirs}
          mine={contribution.mine}
        />
      )}
      {contribution.saveDialog && (
        <SaveDialog
          key={`${contribution.saveDialog.suggested}:${contribution.saveDialog.confirmReplace ?? ''}`}
          dialog={contribution.saveDialog}
          onSubmit={(name, overwrite) => void contribution.submitSaveName(name, overwrite)}
          onCancel={contribution.cancelSave}
        />
      )}
    </>
  );
}
