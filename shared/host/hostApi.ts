import type { Synopsis } from '../synopsis/synopsisTypes';
import type { EditionSummary, ResolutionSummary } from '../corpus/edition';
import type { ContributionContent, ContributionVersion } from '../contribution/schema';
import type { WindowCommandId } from '../commands/commandTable';
import type { Chord } from '../commands/keys';
import type { ContentDelta } from './contentDelta';

/** Which host runs the renderer. */
export type HostKind = 'electron' | 'web' | 'test';

/** What the About box and the title bar show. */
export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  /** The bundled baseline edition. */
  edition: { id: string; conference: string; place: string; year: number };
  /** Where contributions are saved by default (the data folder). */
  documentsDir: string;
  /**
   * The keys (keymap notation, from shared/commands) the host's own menus take: the page leaves
   * these to the menus and answers every other key of the command table itself. Absent or empty
   * where the host has no menus.
   */
  menuKeys?: Chord[];
  /**
   * The co-drafting servers the page may connect to (`ws://host:port`, `wss://…`), as the host was
   * started with them (`RESDRAFT_CODRAFTING_SERVERS`); absent or empty: none.
   */
  coDraftingServers?: string[];
}

/** Shown once after a document was reopened from the recovery journal (the app had been killed). */
export interface RecoveryNotice {
  /** ISO time of the last journal entry that was recovered. */
  journalTime: string;
  /** A sentence for the user, e.g. that at most the last 2 seconds of edits may be missing. */
  message: string;
}

/** The state a title bar and a dirty indicator need. */
export interface DocumentState {
  /** Id of the open document in this host session (not stored in the file). */
  docId: string;
  /** Absolute path of the file, or `null` while untitled. */
  path: string | null;
  /** File name for the title (`Untitled` when there is no file). */
  name: string;
  /** Edits not yet saved to the file (they are in the recovery journal). */
  dirty: boolean;
  /** ISO time of the last save to the file, or `null`. */
  savedAt: string | null;
  /**
   * Bumped by every change of the document's content, from any window. A window passes the revision
   * its content started from to {@link HostApi.updateContribution}, so it cannot overwrite another
   * window's edits unknowingly.
   */
  revision: number;
}

/** An open document: its state and its content (settings and proposals; versions via the version methods). */
export interface OpenDocument extends DocumentState {
  contribution: ContributionContent;
  /** Set when unsaved edits were recovered from the journal after a crash. */
  recovered: RecoveryNotice | null;
  /**
   * How the file was read, when that is worth telling (e.g. decoded from Windows-1252 or UTF-16,
   * line ends normalised); the next save writes UTF-8. Absent or empty otherwise.
   */
  fileNotices?: string[];
}

/** A contribution file known to the host (recent files, files in the data folder). */
export interface FileEntry {
  path: string;
  name: string;
  /** ISO time the file was last modified, or `null` when it no longer exists. */
  modified: string | null;
}

/**
 * Why a window must not save or autosave over a document as it is: another window or tab changed
 * it (`other-window`), or another instance or program changed its file on disk (`file-changed`).
 * The user chooses: reload theirs, keep theirs and mine (mine as a copy), or compare the two.
 */
export interface DocumentConflict {
  kind: 'other-window' | 'file-changed';
  /** A sentence for the user. */
  message: string;
}

/** A file name checked for Save As in the data folder. */
export interface SaveNameCheck {
  /** The file name with its extension. */
  name: string;
  /** A file of that name exists: saving replaces it only with `overwrite: true`. */
  exists: boolean;
}

/** A version without its snapshot, for listing. */
export type VersionInfo = Omit<ContributionVersion, 'proposals'>;

/** Where Save As writes: a path (desktop) or a file name inside the data folder (browser host). */
export interface SaveTarget {
  /** Absolute path, or a bare file name resolved inside the data folder. The extension is added when missing. */
  path: string;
  /** Replace an existing file of that name (the user confirmed). Without it, Save As onto an existing file rejects. */
  overwrite?: boolean;
}

/** What a file is chosen for: to open one, to save the document (to its file, or a new one), to export it. */
export type FilePurpose = 'open' | 'save' | 'saveAs' | 'export';

/**
 * How a file is chosen for a purpose, as the host answers it: the page asks (a list of the data
 * folder's files to open, a name to save or export under) or not (the host shows its own dialog,
 * or, for `save`, the document already has its file). The page never asks which host it runs in.
 */
export interface FilePlan {
  /** The page must ask the user (open: choose from the data folder's files; save, export: a file name). */
  pageAsks: boolean;
  /** For a name the page asks: one no file in the data folder has yet (`Contribution 2.resdraft`). */
  suggested?: string;
  /** The data folder, where names the page asks for are saved. */
  folder: string;
  /** For `export`: the formats this host writes (PDF needs a print engine the browser host has not). */
  formats?: ExportFormat[];
}

/** The file formats a contribution exports to. */
export type ExportFormat = 'docx' | 'html' | 'pdf';

/** What {@link HostApi.exportContribution} writes. */
export interface ExportRequest {
  /**
   * `docx`: the Word contribution with revision marks; `html`: the printable preview; `pdf`: the
   * preview printed to PDF (desktop app only: the browser host prints from the preview instead).
   */
  format: ExportFormat;
  /** `marked` (default): MOD proposals carry revision marks; `clean`: the proposed text only. */
  mode?: 'marked' | 'clean';
  /**
   * A file name in the data folder (browser host) or a path. An existing file is replaced only
   * with `overwrite: true` (the user confirmed); without it the export rejects and writes nothing.
   * Omitted: the desktop asks with a Save dialog; the browser host writes a name no file has
   * (`Contribution.docx`, else `Contribution 2.docx` …).
   */
  target?: SaveTarget;
}

/** A written export. */
export interface ExportResult {
  path: string;
  name: string;
  bytes: number;
  format: ExportFormat;
}

/**
 * Commands the host sends to the renderer (menus, file association, window close). The renderer
 * performs them through this API, so pending edits are flushed first.
 */
export type HostCommand =
  /** A command of the command table, chosen in a menu (shared/commands/commandTable.ts). */
  | { type: Exclude<WindowCommandId, 'open'> }
  | { type: 'open'; path?: string }
  | { type: 'about' }
  /** The window is closing: flush pending edits, then call {@link HostApi.confirmClose}. */
  | { type: 'closeRequested' };

/**
 * The typed API a host (Electron preload, browser host, tests) offers the renderer.
 * The renderer reaches data only through this interface; every method is async because
 * every host crosses a process or network boundary. Errors reject with an Error whose message
 * is meant for the user (e.g. a damaged or newer contribution file).
 *
 * Autosave contract: the renderer calls {@link HostApi.updateContribution} (or, with what changed
 * alone, {@link HostApi.patchContribution}) within 1 s of the last edit; the host writes the
 * recovery journal at once, so a killed process loses at most ~2 s.
 */
export interface HostApi {
  /** The resolutions of an edition (default: the bundled default edition), in manifest order. */
  listResolutions(edition?: string): Promise<ResolutionSummary[]>;
  /** The baseline editions: bundled ones first, then those the user imported. */
  listEditions(): Promise<EditionSummary[]>;
  /** The adopted text of one resolution of an edition (default: the bundled one), in the resolution text layout. */
  getBaselineText(number: string, edition?: string): Promise<string>;
  /** Name, version, host kind, bundled edition, data folder. */
  getAppInfo(): Promise<AppInfo>;

  /**
   * The document that was open when the app last ran (with any unsaved edits from the recovery
   * journal, flagged in `recovered`), or `null` when there is none. Call once on start-up.
   */
  restoreSession(): Promise<OpenDocument | null>;
  /** Starts a new, untitled contribution (it becomes the session's open document). */
  newContribution(): Promise<OpenDocument>;
  /**
   * Opens a contribution file. Without `path` the desktop host asks with a dialog (resolves
   * `null` when cancelled); the browser host needs a path from {@link listContributionFiles} or
   * {@link listRecentFiles}. A damaged or newer file rejects with a clear message and is left untouched.
   */
  openContribution(path?: string): Promise<OpenDocument | null>;
  /** Contribution files in the data folder, newest first. */
  listContributionFiles(): Promise<FileEntry[]>;
  /** Word documents (.docx) in the data folder, newest first: what {@link importWordDocument} can open. */
  listWordDocuments(): Promise<FileEntry[]>;
  /**
   * Opens a Word contribution (.docx) as a new, untitled contribution: each proposal's draft is its
   * text with every revision accepted; on a document this program exported, a colleague's tracked
   * changes become a pending review (`Proposal.review`). Desktop: a dialog when `path` is omitted;
   * browser host: a path from {@link listWordDocuments}. The document is only read; a damaged or
   * non-resolution document rejects with a clear message.
   */
  importWordDocument(path?: string): Promise<OpenDocument | null>;
  /** Recently opened or saved files, most recent first. */
  listRecentFiles(): Promise<FileEntry[]>;

  /**
   * Autosave: records the edited content in the recovery journal and marks the document dirty.
   * With `basedOn` (the {@link DocumentState.revision} this window's content started from), rejects
   * when another window changed the document since; {@link checkDocument} then says so.
   */
  updateContribution(docId: string, content: ContributionContent, basedOn?: number): Promise<DocumentState>;
  /**
   * Autosave of what changed: {@link updateContribution} with only the change since the content
   * this window last sent or was given (a {@link ContentDelta}: a draft's changed calls, a proposal
   * that changed otherwise), which the host journals as it is, without the rest. Rejects like
   * {@link updateContribution} on another window's change, and with a message when the change
   * does not fit the document (the window then sends the whole content).
   */
  patchContribution(docId: string, delta: ContentDelta, basedOn?: number): Promise<DocumentState>;
  /**
   * Saves to the document's file and records a version (named `versionName` or `Saved`).
   * An untitled document behaves like {@link saveContributionAs} without a target.
   * Resolves `null` when the user cancelled a dialog.
   */
  saveContribution(docId: string, versionName?: string): Promise<DocumentState | null>;
  /** Saves to a new file (desktop: a dialog when `target` is omitted; browser host: `target` is required). */
  saveContributionAs(docId: string, target?: SaveTarget): Promise<DocumentState | null>;
  /**
   * Exports the document as it is now (unsaved edits included) to a .docx or .html file. A proposal
   * whose draft does not parse rejects with a message naming it and the line. Resolves `null`
   * when the user cancelled the dialog. Never writes over the contribution file itself, and
   * replaces an existing file only when the user confirmed it (the Save As rule).
   */
  exportContribution(docId: string, request: ExportRequest): Promise<ExportResult | null>;
  /**
   * Whether this window (holding `revision`) may still save: `null`, or the conflict (another
   * window changed the document, or another program its file). Cheap enough to poll.
   */
  checkDocument(docId: string, revision?: number): Promise<DocumentConflict | null>;
  /** Reload theirs: the file as it is on disk now (or the document as another window left it). */
  reloadContribution(docId: string): Promise<OpenDocument>;
  /** Theirs, for comparing with this window's content: the file on disk, or the other window's content. */
  getTheirContribution(docId: string): Promise<ContributionContent>;
  /**
   * Keep mine as a copy: `content` (with the document's versions) becomes a new document saved
   * beside the file under a free name (`… (my copy).resdraft`); the original is left to the others.
   */
  keepContributionCopy(docId: string, content: ContributionContent): Promise<OpenDocument>;
  /**
   * The document as the host holds it now (another window's edits included), without reading its
   * file: what a window that has no edits of its own takes when the document changed elsewhere.
   */
  getDocument(docId: string): Promise<OpenDocument>;
  /**
   * How a file is chosen for `purpose` (for `save`, `saveAs` and `export`, of document `docId`):
   * whether the page must ask, and the name it proposes. See {@link FilePlan}.
   */
  planFile(purpose: FilePurpose, docId?: string): Promise<FilePlan>;
  /**
   * A file name in the data folder that no file has yet (`Contribution.resdraft`, else
   * `Contribution 2.resdraft` …); with `format`, for an export (`Contribution.docx` …).
   */
  suggestSaveName(stem?: string, format?: ExportFormat): Promise<string>;
  /**
   * Checks a file name for Save As in the data folder (adds the extension, `.resdraft` or the
   * export's with `format`; says whether it exists, so the renderer asks before replacing it).
   */
  checkSaveName(name: string, format?: ExportFormat): Promise<SaveNameCheck>;
  /** Closes the document; its unsaved edits are dropped from the recovery journal. */
  closeContribution(docId: string): Promise<void>;

  /** The document's versions, oldest first (without snapshots). */
  listVersions(docId: string): Promise<VersionInfo[]>;
  /** One version with its snapshot (for preview and compare). */
  getVersion(docId: string, versionId: string): Promise<ContributionVersion>;
  /** Records the current proposals as a named version (kept in the file on the next save). */
  createVersion(docId: string, name: string): Promise<VersionInfo>;
  /**
   * Makes a version's proposals the current draft. Nothing is lost: the current draft is first
   * kept as a version when it differs from the latest one, and the restore is itself a new version.
   */
  restoreVersion(docId: string, versionId: string): Promise<OpenDocument>;

  /** Subscribes to host commands (menus, file association, close). Returns an unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** Answer to `closeRequested`: the host then asks about unsaved changes and closes (desktop). */
  confirmClose(): Promise<void>;
  /** Opens an `https:` or `mailto:` link in the system browser or mail client; anything else rejects. */
  openExternal(url: string): Promise<void>;

  /**
   * The synopsis of one resolution over several sources (contribution files in the data folder):
   * every source's changes aligned on the adopted text, with agreements and conflicts, as the
   * engine computes them. Rejects with a message naming the file when a source cannot be read.
   */
  compileSynopsis(paths: string[], number: string): Promise<Synopsis>;
}
