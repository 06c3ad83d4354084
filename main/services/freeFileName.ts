import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A path in `dir` for `stem` + `extension` that no file has: `stem.ext`, else `stem 2.ext`,
 * `stem 3.ext` … so a proposed name never collides with an existing file.
 */
export function freeFileName(dir: string, stem: string, extension: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${n === 1 ? stem : `${stem} ${n}`}${extension}`);
    if (!existsSync(path)) return path;
  }
}
