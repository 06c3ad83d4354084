import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, isInside, resolveDataFolders } from '../../main/services/dataFolders';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'resdraft-folders-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('data folders', () => {
  it('RESDRAFT_DATA_DIR puts documents in it and state in its .state subfolder, creating both', () => {
    const f = resolveDataFolders([], { [DATA_DIR_ENV]: join(root, 'data') });
    expect(f).toEqual({ documents: join(root, 'data'), state: join(root, 'data', '.state') });
    expect(existsSync(f.state)).toBe(true);
  });

  it('refuses a data folder inside the application folder', () => {
    const app = join(root, 'app');
    expect(() => resolveDataFolders([app], { [DATA_DIR_ENV]: join(app, 'resources', 'drafts') })).toThrow(/inside the application folder/);
    expect(existsSync(join(app, 'resources'))).toBe(false);
  });

  it('without the override, data goes under the home folder (Documents or app data), never the app', () => {
    const f = resolveDataFolders([join(root, 'app')], {});
    const home = process.env.HOME ?? '';
    expect(isInside(f.documents, home)).toBe(true);
    expect(isInside(f.state, home)).toBe(true);
    expect(f.documents).toMatch(/Resolution Drafter|Documents/);
  });

  it('uses the folders the platform reports (e.g. a redirected Documents folder)', () => {
    const f = resolveDataFolders([], {}, { documents: join(root, 'OneDrive', 'Documents'), appData: join(root, 'AppData', 'Resolution Drafter') });
    expect(f).toEqual({ documents: join(root, 'OneDrive', 'Documents', 'Resolution Drafter'), state: join(root, 'AppData', 'Resolution Drafter') });
    expect(existsSync(f.documents) && existsSync(f.state)).toBe(true);
  });

  it('isInside is not fooled by a common prefix', () => {
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b/../c', '/a/b')).toBe(false);
  });
});
