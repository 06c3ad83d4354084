import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { Corpus } from '../services/corpus';
import { resolveDataFolders, type DataFolders, type PlatformFolders } from '../services/dataFolders';
import { DocumentSession } from '../services/documentSession';
import { nextConferenceYear } from '../../shared/checks/conferenceCycle';

/** The services one host process runs on. */
export interface AppContext {
  version: string;
  corpus: Corpus;
  folders: DataFolders;
  session: DocumentSession;
}

/** The user name recorded as the author of versions. */
export function currentAuthor(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER || process.env.USERNAME || 'unknown';
  }
}

/** The app version from package.json (`packageJson` is its path). */
export function readVersion(packageJson: string): string {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Creates the services: corpus, data folders (never inside `appDirs`; `platform` folders when the host knows them), document session. */
export function createAppContext(version: string, appDirs: string[], platform: PlatformFolders = {}): AppContext {
  const folders = resolveDataFolders(appDirs, process.env, platform);
  const corpus = new Corpus();
  const session = new DocumentSession({ folders, author: currentAuthor, defaultYear: () => nextConferenceYear(corpus.manifest().year) });
  return { version, corpus, folders, session };
}
