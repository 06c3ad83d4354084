import type { DocumentState } from '../../shared/host/hostApi';
import type { DocumentSession } from '../services/documentSession';
import { dialogAskedAbout } from '../services/freeFileName';

/** The user's answer to "save changes before closing?". */
export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

/** What the close guard needs from the desktop (dialogs). */
export interface CloseGuardDeps {
  session: DocumentSession;
  ask(dirty: DocumentState[]): Promise<UnsavedAnswer>;
  chooseSavePath(doc: DocumentState): Promise<string | null>;
  extension: string;
}

/**
 * Decides whether the window may close: with unsaved documents the user chooses Save (each is
 * saved; an untitled one asks for a file name, and cancelling that keeps the window open),
 * Don't Save (their edits are dropped from the journal) or Cancel. Resolves true to close.
 */
export async function mayClose(d: CloseGuardDeps): Promise<boolean> {
  const dirty = d.session.documents().filter((x) => x.dirty);
  if (dirty.length === 0) return true;
  const answer = await d.ask(dirty);
  if (answer === 'cancel') return false;
  for (const doc of dirty) {
    if (answer === 'discard') {
      await d.session.close(doc.docId);
      continue;
    }
    if (doc.path) {
      await d.session.save(doc.docId);
    } else {
      const path = await d.chooseSavePath(doc);
      if (!path) return false;
      await d.session.saveAs(doc.docId, path, d.extension, dialogAskedAbout(path, d.extension));
    }
  }
  return true;
}
