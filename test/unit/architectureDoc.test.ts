/** docs/architecture.md stays true: every file or folder it names in backticks exists. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('docs/architecture.md', () => {
  it('names only files and folders that exist', () => {
    const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const paths = [...page.matchAll(/`((?:shared|main|renderer|test|scripts|docs)\/[^`\s]+)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
