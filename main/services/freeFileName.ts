import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';

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

/**
 * Whether a native Save dialog asked before replacing `chosen`: only about the very name it
 * returned. When the program adds the extension (`report` → `report.docx`), the file it then
 * writes was never shown to the user, so replacing it needs asking again.
 */
export function dialogAskedAbout(chosen: string, extension: string): boolean {
  return extname(chosen).toLowerCase() === extension.toLowerCase();
}
