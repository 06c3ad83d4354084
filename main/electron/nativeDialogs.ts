import { dialog, type BrowserWindow } from 'electron';
import { CONTRIBUTION_EXTENSION } from '../../shared/contribution/schema';
import type { HostDialogs, SaveKind } from '../host/hostService';

const FILTERS = [{ name: 'Resolution Drafter contribution', extensions: [CONTRIBUTION_EXTENSION.slice(1)] }];
const SAVE_FILTERS: Record<SaveKind, { name: string; extensions: string[] }[]> = {
  contribution: FILTERS,
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  html: [{ name: 'Web page', extensions: ['html'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

/** File > Open takes a contribution, or a Word contribution (opened as a new contribution for review). */
const OPEN_FILTERS = [{ name: 'Contribution or Word document', extensions: [CONTRIBUTION_EXTENSION.slice(1), 'docx'] }, ...FILTERS];

/** Open/Save dialogs attached to the main window. */
export function nativeDialogs(window: () => BrowserWindow | null): HostDialogs {
  return {
    async chooseOpenPath(defaultDir, kind = 'contribution') {
      const w = window();
      const opts = { defaultPath: defaultDir, properties: ['openFile' as const], filters: kind === 'docx' ? SAVE_FILTERS.docx : OPEN_FILTERS };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
    async chooseSavePath(defaultPath, kind = 'contribution') {
      const w = window();
      const opts = { defaultPath, filters: SAVE_FILTERS[kind], properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
