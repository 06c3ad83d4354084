import { join } from 'node:path';
import { dataFolderPaths } from './dataFolders';

/**
 * The folder that holds the editions a user imported (`<app state>/editions/<id>/`): under
 * `RESDRAFT_DATA_DIR/.state` when that is set, else the OS's app-data folder.
 */
export function userEditionsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataFolderPaths(env).state, 'editions'); // found, not created: reading needs no folder
}
