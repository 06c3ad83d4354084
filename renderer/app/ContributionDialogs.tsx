import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ConflictAlert } from './ConflictAlert';
import { SaveDialog } from './SaveDialog';

/** The document's own dialogs: the name question (when the host says the page must ask) and the changed-elsewhere alert. */
export function ContributionDialogs({ store }: { store: ContributionStore }): ReactNode {
  const conflict = useStore(store, (s) => s.conflict);
  const saveName = useStore(store, (s) => s.saveName);
  return (
    <>
      {conflict && (
        <ConflictAlert
          conflict={conflict}
          onReload={() => void store.reloadTheirs()}
          onKeepCopy={() => void store.keepMineAsCopy()}
          theirs={() => store.theirs()}
          mine={() => store.getState().content}
        />
      )}
      {saveName && (
        <SaveDialog
          key={`${saveName.suggested}:${saveName.confirmReplace ?? ''}`}
          dialog={saveName}
          onSubmit={(name, overwrite) => void store.answerSaveName(name, overwrite)}
          onCancel={() => store.cancelSaveName()}
        />
      )}
    </>
  );
}
