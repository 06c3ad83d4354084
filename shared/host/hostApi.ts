import type { EditionSummary, ResolutionSummary } from '../corpus/edition';
import type { Contribution, ContributionContent, ContributionVersion } from '../contribution/schema';

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
}

/** An open document: its state and its whole content. */
export interface OpenDocument extends DocumentState {
  contribution: Contribution;
  /** Set when unsaved edits were recovered from the journal after a crash. */
  recovered: RecoveryNotice | null;
}

/** A contribution file known to the host (recent files, files in the data folder). */
export interface FileEntry {
  path: string;
  name: string;
  /** ISO time the file was last modified, or `null` when it no longer exists. */
  modified: string | null;
}

/** A version without its snapshot, for listing. */
export type VersionInfo = Omit<ContributionVersion, 'proposals'>;

/** Where Save As writes: a path (desktop) or a file name inside the data folder (browser host). */
export interface SaveTarget {
  /** Absolute path, or a bare file name resolved inside the data folder. The extension is added when missing. */
  path: string;
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
  /** Desktop: omitted = a Save dialog. Browser host: required, a file name in the data folder. */
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
  | { type: 'new' }
  | { type: 'open'; path?: string }
  | { type: 'save' }
  | { type: 'saveAs' }
  | { type: 'createVersion' }
  | { type: 'about' }
  /** The window is closing: flush pending edits, then call {@link HostApi.confirmClose}. */
  | { type: 'closeRequested' };

/**
 * The typed API a host (Electron preload, browser host, tests) offers the renderer.
 * The renderer reaches data only through this interface; every method is async because
 * every host crosses a process or network boundary. Errors reject with an Error whose message
 * is meant for the user (e.g. a damaged or newer contribution file).
 *
 * Autosave contract: the renderer calls {@link HostApi.updateContribution} within 1 s of the last
 * edit; the host writes the recovery journal at once, so a killed process loses at most ~2 s.
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
  /** Recently opened or saved files, most recent first. */
  listRecentFiles(): Promise<FileEntry[]>;

  /** Autosave: records the edited content in the recovery journal and marks the document dirty. */
  updateContribution(docId: string, content: ContributionContent): Promise<DocumentState>;
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
   * when the user cancelled the dialog. Never writes over the contribution file itself.
   */
  exportContribution(docId: string, request: ExportRequest): Promise<ExportResult | null>;
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
}
