import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeProblem } from './saveErrors';

/** Environment variable that puts all data (documents and app state) in one folder (tests, portable use). */
export const DATA_DIR_ENV = 'RESDRAFT_DATA_DIR';

/** Where a host keeps things. */
export interface DataFolders {
  /** Contribution files (default Save location): `~/Documents/Resolution Drafter`. */
  documents: string;
  /** App state: recovery journal, recent files, window state (the OS's app-data folder). */
  state: string;
}

/** The OS's per-user app-data folder for this app. */
function appDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA || join(home, 'AppData', 'Roaming'), 'Resolution Drafter');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Resolution Drafter');
  return join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'resolution-drafter');
}

/** True when `inner` is `outer` or lies inside it. */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A path with every symbolic link resolved (for a path that does not exist yet, its folder's), or the path as given. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * True when `inner` lies inside `outer` both as written and once symbolic links are resolved: a
 * link inside the data folder (to a folder or a file elsewhere) does not lead out of it.
 */
export function isReallyInside(inner: string, outer: string): boolean {
  return isInside(inner, outer) && isInside(realPath(inner), realPath(outer));
}

/** Folders the platform reports (Electron's app.getPath knows redirected Documents folders). */
export interface PlatformFolders {
  /** The user's Documents folder. */
  documents?: string;
  /** This app's per-user data folder. */
  appData?: string;
}

/** Where the data folders are (nothing is created): see {@link resolveDataFolders}. */
export function dataFolderPaths(env: NodeJS.ProcessEnv = process.env, platform: PlatformFolders = {}): DataFolders {
  const override = env[DATA_DIR_ENV];
  if (override) {
    const base = resolve(override);
    return { documents: base, state: join(base, '.state') };
  }
  const docsRoot = platform.documents ?? join(homedir(), 'Documents');
  const state = platform.appData ?? appDataDir();
  return { documents: platform.documents || existsSync(docsRoot) ? join(docsRoot, 'Resolution Drafter') : join(state, 'Documents'), state };
}

/**
 * Creates a folder and the folders above it. Node reports a read-only or forbidden parent to a
 * recursive mkdir as ENOENT; the last step is then tried on its own, so the error says what is
 * really wrong (EROFS, EACCES) and a message built from it tells the user the truth.
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let first = dir; // the highest folder that is missing: making it alone says what is really wrong
    while (dirname(first) !== first && !existsSync(dirname(first))) first = dirname(first);
    mkdirSync(first);
    mkdirSync(dir, { recursive: true }); // it could be made after all
  }
}

/**
 * The data folders, created if missing. `RESDRAFT_DATA_DIR` overrides both (documents in it,
 * state in its `.state` subfolder). `appDirs` are the app's own install/source folders: data is
 * never put inside them (an updater or uninstaller would delete it). A folder that cannot be
 * created is named with what is wrong, in the user's words.
 */
export function resolveDataFolders(appDirs: string[] = [], env: NodeJS.ProcessEnv = process.env, platform: PlatformFolders = {}): DataFolders {
  const folders = dataFolderPaths(env, platform);
  for (const dir of [folders.documents, folders.state]) {
    const inside = appDirs.find((a) => isInside(dir, a));
    if (inside) throw new Error(`Refusing to keep data in "${dir}": it is inside the application folder "${inside}". Set ${DATA_DIR_ENV} to a folder of your own.`);
  }
  for (const dir of [folders.documents, folders.state]) {
    try {
      makeFolder(dir);
    } catch (e) {
      throw new Error(`Cannot keep data in ${dir}: ${writeProblem(e, dir)}; set ${DATA_DIR_ENV} to a folder you can write in.`, { cause: e });
    }
  }
  return folders;
}
