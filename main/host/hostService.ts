import { coDraftingServers } from './contentSecurityPolicy';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CONTRIBUTION_EXTENSION } from '../../shared/contribution/schema';
import type { ContentDelta } from '../../shared/host/contentDelta';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { AppInfo, ExportFormat, ExportRequest, ExportResult, FileEntry, FilePlan, FilePurpose, HostApi, HostKind, OpenDocument, SaveTarget } from '../../shared/host/hostApi';
import type { Chord } from '../../shared/commands/keys';
import { exportContribution } from '../../shared/export/fromContribution';
import type { PdfPrinter } from '../services/exportFile';
import type { InvokableMethod } from '../../shared/host/hostMethods';
import { DEFAULT_EDITION, type Corpus } from '../services/corpus';
import type { DataFolders } from '../services/dataFolders';
import { isReallyInside } from '../services/dataFolders';
import type { DocumentSession } from '../services/documentSession';
import { TEMP_PREFIX } from '../services/atomicWrite';
import { dialogAskedAbout, freeFileName } from '../services/freeFileName';
import { fileNameProblem } from '../services/outputTarget';

/** What a Save dialog is saving (its file-type filter). */
export type SaveKind = 'contribution' | 'docx' | 'html' | 'pdf';

/** Native file dialogs (desktop only). Each resolves `null` when the user cancels. */
export interface HostDialogs {
  chooseOpenPath(defaultDir: string, kind?: 'contribution' | 'docx'): Promise<string | null>;
  chooseSavePath(defaultPath: string, kind?: SaveKind): Promise<string | null>;
}

/** The request/response half of {@link HostApi}, as a host process implements it. */
export type HostImpl = Pick<HostApi, InvokableMethod>;

/** What a host process plugs into {@link createHostService}. */
export interface HostServiceOptions {
  kind: HostKind;
  /** Prints the HTML preview to PDF (desktop: Electron's printToPDF); absent, PDF exports are refused. */
  printPdf?: PdfPrinter;
  version: string;
  corpus: Corpus;
  folders: DataFolders;
  session: DocumentSession;
  /** Desktop dialogs; absent in the browser host (paths must then come from the renderer). */
  dialogs?: HostDialogs;
  /** The keys the host's menus take (desktop: from the command table); the page answers the others. */
  menuKeys?: readonly Chord[];
  /** Paths the user chose outside the page (file association, Open Recent menu): the renderer may open them. */
  grantedPaths?: ReadonlySet<string>;
  confirmClose?: () => Promise<void>;
  openExternal?: (url: string) => Promise<void>;
}

/**
 * The host API over the plain-Node services. Paths coming from the renderer are limited to the
 * data folder and the recent-files list; any other file needs a native dialog (desktop), so a
 * compromised page cannot read or write arbitrary files.
 */
export function createHostService(o: HostServiceOptions): HostImpl {
  const { corpus, folders, session } = o;

  // the data folder as written and as it really is: a link inside it does not lead out of it
  const rendererPathAllowed = (path: string) =>
    isReallyInside(path, folders.documents) || session.recent.has(path) || Boolean(o.grantedPaths?.has(path));

  const saveTargetFromRenderer = (target: Pick<SaveTarget, 'path'>): string => {
    const name = target.path;
    if (/[/\\]/.test(name) || name.startsWith('.') || name.trim() === '' || name.length > 200) {
      throw new Error(`"${name}" is not a file name: give a name (without folders) for a file in ${folders.documents}.`);
    }
    const bad = fileNameProblem(name);
    if (bad) throw new Error(`${bad.charAt(0).toUpperCase()}${bad.slice(1)}.`);
    return join(folders.documents, name);
  };

  /** The default path for a new file: never one that exists. */
  const freeDefault = (stem = 'Contribution', extension = CONTRIBUTION_EXTENSION): string => freeFileName(folders.documents, stem, extension);

  /** A file name the renderer proposes, cleaned into a stem (no folders, no leading dots, no extension). */
  const stemOf = (proposed: string | undefined, extension: string): string => {
    const clean = (proposed ?? 'Contribution').replace(/[/\\]/g, ' ').replace(/^\.+/, '').trim() || 'Contribution';
    return clean.toLowerCase().endsWith(extension) ? clean.slice(0, -extension.length) : clean;
  };

  /**
   * THE SAVE AS RULE for an export: an existing file is replaced only when the user confirmed it
   * (in the app, or in the native dialog by choosing that very name).
   */
  const refuseUnconfirmed = (path: string, confirmed: boolean, fromDialog: boolean): void => {
    if (confirmed || !existsSync(path)) return;
    if (fromDialog) throw new Error(`"${basename(path)}" already exists in ${dirname(path)}. Choose another name, or choose "${basename(path)}" itself in the dialog to replace it.`);
    throw new Error(`"${basename(path)}" already exists in ${dirname(path)}. Choose another name, or confirm that it should be replaced.`);
  };

  const listDir = (extension = CONTRIBUTION_EXTENSION): FileEntry[] => {
    let names: string[];
    try {
      names = readdirSync(folders.documents);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.toLowerCase().endsWith(extension) && !n.startsWith(TEMP_PREFIX))
      .flatMap((name) => {
        const path = join(folders.documents, name);
        try {
          const st = statSync(path);
          return st.isFile() && isReallyInside(path, folders.documents) ? [{ path, name, modified: st.mtime.toISOString(), t: st.mtimeMs }] : [];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.t - a.t)
      .map((e) => ({ path: e.path, name: e.name, modified: e.modified }));
  };

  /** A Word contribution as a new, untitled contribution (the document is only read). */
  const importAsNew = async (path: string): Promise<OpenDocument> => {
    // the Word reader and what it needs are loaded the first time a .docx is opened
    const [{ importWordContribution }, { WordDocumentError }] = await Promise.all([import('../services/wordImport'), import('../services/wordDocument')]);
    try {
      const imported = await importWordContribution(path, corpus, new Date(), basename(path));
      const opened = await session.create(imported.contribution);
      return imported.notices.length > 0 ? { ...opened, fileNotices: imported.notices } : opened;
    } catch (e) {
      if (e instanceof WordDocumentError) throw new Error(e.message, { cause: e });
      throw e;
    }
  };

  return {
    listResolutions: async (edition?: string) => corpus.list(edition ?? DEFAULT_EDITION),
    listEditions: async () => corpus.editions(),
    getBaselineText: async (number: string, edition?: string) => corpus.text(number, edition ?? DEFAULT_EDITION),
    getAppInfo: async (): Promise<AppInfo> => {
      const m = corpus.manifest();
      return {
        name: 'Resolution Drafter',
        version: o.version,
        host: o.kind,
        edition: { id: m.id, conference: m.conference, place: m.place, year: m.year },
        documentsDir: folders.documents,
        menuKeys: [...(o.menuKeys ?? [])],
        coDraftingServers: coDraftingServers(),
      };
    },
    restoreSession: async () => session.restore(),
    newContribution: async () => session.create(),
    openContribution: async (path?: string): Promise<OpenDocument | null> => {
      if (path === undefined) {
        if (!o.dialogs) throw new Error('Choose a file from the list: this host has no file dialog.');
        const chosen = await o.dialogs.chooseOpenPath(folders.documents);
        // the dialog offers Word documents too: one opens as a new contribution
        return chosen ? ((await import('../services/wordDocument')).isWordPath(chosen) ? importAsNew(chosen) : session.open(chosen)) : null;
      }
      const abs = resolve(path);
      if (!rendererPathAllowed(abs)) throw new Error(`"${basename(abs)}" is outside the data folder: open it with File > Open.`);
      return session.open(abs);
    },
    listContributionFiles: async () => listDir(),
    listWordDocuments: async () => listDir('.docx'),
    importWordDocument: async (path?: string): Promise<OpenDocument | null> => {
      if (path === undefined) {
        if (!o.dialogs) throw new Error('Choose a Word document from the list: this host has no file dialog.');
        const chosen = await o.dialogs.chooseOpenPath(folders.documents, 'docx');
        return chosen ? importAsNew(chosen) : null;
      }
      const abs = resolve(path);
      if (!rendererPathAllowed(abs)) throw new Error(`"${basename(abs)}" is outside the data folder: import it with File > Open.`);
      return importAsNew(abs);
    },
    listRecentFiles: async () => session.recent.list(),
    updateContribution: async (docId: string, content: ContributionContent, basedOn?: number) => session.update(docId, content, basedOn),
    patchContribution: async (docId: string, delta: ContentDelta, basedOn?: number) => session.patch(docId, delta, basedOn),
    saveContribution: async (docId: string, versionName?: string) => {
      const doc = session.documents().find((d) => d.docId === docId);
      if (doc && doc.path === null) {
        if (!o.dialogs) throw new Error('This contribution has no file yet: use Save As and give it a name.');
        const chosen = await o.dialogs.chooseSavePath(freeDefault());
        // the native dialog asked before replacing the file it named (not one it named without the extension)
        return chosen ? session.saveAs(docId, chosen, CONTRIBUTION_EXTENSION, dialogAskedAbout(chosen, CONTRIBUTION_EXTENSION)) : null;
      }
      return session.save(docId, versionName);
    },
    saveContributionAs: async (docId: string, target?: SaveTarget) => {
      if (target === undefined) {
        if (!o.dialogs) throw new Error('Give the file a name to save it in the data folder.');
        const current = session.documents().find((d) => d.docId === docId);
        const chosen = await o.dialogs.chooseSavePath(current?.path ?? freeDefault());
        return chosen ? session.saveAs(docId, chosen, CONTRIBUTION_EXTENSION, dialogAskedAbout(chosen, CONTRIBUTION_EXTENSION)) : null;
      }
      return session.saveAs(docId, saveTargetFromRenderer(target), CONTRIBUTION_EXTENSION, target.overwrite === true);
    },
    checkDocument: async (docId: string, revision?: number) => session.conflict(docId, revision),
    reloadContribution: async (docId: string) => session.reload(docId),
    getTheirContribution: async (docId: string) => session.theirs(docId),
    keepContributionCopy: async (docId: string, content: ContributionContent) => session.keepCopy(docId, content, CONTRIBUTION_EXTENSION),
    getDocument: async (docId: string): Promise<OpenDocument> => {
      const state = session.documents().find((d) => d.docId === docId);
      if (!state) throw new Error(`No open document with id "${docId}" (it was closed, or the host restarted).`);
      return { ...state, contribution: session.content(docId), recovered: null };
    },
    planFile: async (purpose: FilePurpose, docId?: string): Promise<FilePlan> => {
      const folder = folders.documents;
      const doc = docId === undefined ? undefined : session.documents().find((d) => d.docId === docId);
      if (docId !== undefined && !doc) throw new Error(`No open document with id "${docId}" (it was closed, or the host restarted).`);
      if (purpose === 'open') return { pageAsks: !o.dialogs, folder };
      if (purpose === 'save' && doc?.path) return { pageAsks: false, folder };
      const stem = doc?.path ? basename(doc.path, extname(doc.path)) : 'Contribution';
      if (purpose === 'export') {
        const formats: ExportFormat[] = o.printPdf ? ['docx', 'html', 'pdf'] : ['docx', 'html'];
        return { pageAsks: !o.dialogs, folder, suggested: stem, formats };
      }
      return { pageAsks: !o.dialogs, folder, suggested: basename(freeDefault(stem)) };
    },
    suggestSaveName: async (stem?: string, format?: ExportFormat) => {
      const extension = format ? `.${format}` : CONTRIBUTION_EXTENSION;
      return basename(freeDefault(stemOf(stem, extension), extension));
    },
    checkSaveName: async (name: string, format?: ExportFormat) => {
      const extension = format ? `.${format}` : CONTRIBUTION_EXTENSION;
      const path = saveTargetFromRenderer({ path: name });
      const full = extname(path).toLowerCase() === extension ? path : path + extension;
      return { name: basename(full), exists: existsSync(full) };
    },
    exportContribution: async (docId: string, request: ExportRequest): Promise<ExportResult | null> => {
      const doc = session.documents().find((d) => d.docId === docId);
      if (!doc) throw new Error(`No open document with id "${docId}" (it was closed, or the host restarted).`);
      const ext = `.${request.format}`;
      const stem = `${doc.path ? basename(doc.path, extname(doc.path)) : 'Contribution'}${request.mode === 'clean' ? ' (clean)' : ''}`;
      let path: string | null;
      let confirmed: boolean;
      if (request.target) {
        path = saveTargetFromRenderer(request.target);
        confirmed = request.target.overwrite === true;
      } else if (o.dialogs) {
        path = await o.dialogs.chooseSavePath(freeDefault(stem, ext), request.format);
        confirmed = path !== null && dialogAskedAbout(path, ext);
      } else {
        path = freeDefault(stem, ext); // no name given: one that no file has
        confirmed = false;
      }
      if (!path) return null;
      if (extname(path).toLowerCase() !== ext) path += ext;
      refuseUnconfirmed(path, confirmed, !request.target && Boolean(o.dialogs));
      const content = session.content(docId);
      const ready = exportContribution(content, (ref) => corpus.resolution(ref.number, ref.edition));
      const { exportToFile } = await import('../services/exportFile'); // the .docx writer, loaded when first used
      const written = await exportToFile(path, ready, { format: request.format, mode: request.mode ?? 'marked', printPdf: o.printPdf }, doc.path ? [doc.path] : []);
      return { path: written.path, name: basename(written.path), bytes: written.bytes, format: written.format };
    },
    closeContribution: async (docId: string) => session.close(docId),
    listVersions: async (docId: string) => session.listVersions(docId),
    getVersion: async (docId: string, versionId: string) => session.getVersion(docId, versionId),
    createVersion: async (docId: string, name: string) => session.createVersion(docId, name),
    restoreVersion: async (docId: string, versionId: string) => session.restoreVersion(docId, versionId),
    confirmClose: async () => (o.confirmClose ? o.confirmClose() : undefined),
    openExternal: async (url: string) => {
      if (!o.openExternal) throw new Error('This host opens links in the page itself.');
      return o.openExternal(url);
    },
    compileSynopsis: async (paths: string[], number: string) => {
      const abs = paths.map((p) => resolve(p));
      for (const p of abs) if (!rendererPathAllowed(p)) throw new Error(`"${basename(p)}" is outside the data folder: open it with File > Open first.`);
      const { SynopsisSourceError, compileSynopses, readSource } = await import('../services/synopsisSources');
      try {
        const proposals = [];
        for (const p of abs) proposals.push(...(await readSource(p)));
        return compileSynopses(proposals, corpus, number).synopses[0];
      } catch (e) {
        if (e instanceof SynopsisSourceError) throw new Error(e.message, { cause: e });
        throw e;
      }
    },
  };
}
