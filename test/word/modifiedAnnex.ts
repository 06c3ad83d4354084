import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The adopted WTDC-22 annex as the ITU exported it to text (read-only reference material). */
export const ANNEX_PATH = join(import.meta.dirname, '../../../shared/baseline/wtdc22-resolutions-annex.txt');
/** The bundled Kigali texts the import must reproduce. */
export const BUNDLED_DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

/** A resolution the bundled edition does not hold, in the annex's text-export form. */
export const RES_37 = [
  '[bookmark: Res37]RESOLUTION 37 (Rev. Baku, 2025)',
  '[bookmark: _Toc1]Bridging the digital divide',
  'The World Telecommunication Development Conference (Baku, 2025),',
  'considering',
  'a)\tthat the digital divide persists in developing countries[footnoteRef:90]1; [90: 1 \tThese include the least developed countries.] ',
  '',
  'b)\tthat ITU\u2011D has a role to play,',
  'resolves',
  'to continue its work on bridging the digital divide.',
  '',
].join('\n');

/**
 * A Baku edition made from the annex: the Kigali references of the number and conference lines
 * become Baku 2025, *considering* a) of Resolution 34 is reworded, and Resolution 37 is added.
 */
export function modifiedAnnex(): string {
  const annex = readFileSync(ANNEX_PATH, 'utf8');
  const changed = annex
    .replace(/(RESOLUTION \d+) \(Rev\. Kigali, 2022\)/g, '$1 (Rev. Baku, 2025)')
    .replace(/The World Telecommunication Development Conference \(Kigali, 2022\),/g, 'The World Telecommunication Development Conference (Baku, 2025),')
    .replace('that there is a growing general awareness at the global level', 'that there is a broad awareness at the global level');
  const at = changed.lastIndexOf('_________________');
  return `${changed.slice(0, at)}${RES_37}\n${changed.slice(at)}`;
}
