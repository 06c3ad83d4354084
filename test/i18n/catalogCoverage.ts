// What `npm run i18n:extract` checks: every message id the code uses (`t('…')`, `msg('…')`, `cliText('…')`,
// `english('…')`, and families named by a template such as t(`command.${id}`)) is in the English
// catalog, every English message is used, and each language's catalog has every id with the same
// ICU arguments as the English one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGS } from '../../shared/i18n/catalogs';
import { EN, type MessageId } from '../../shared/i18n/catalogs/en';
import type { UiLanguage } from '../../shared/i18n/locales';
import { messageArguments } from '../../shared/i18n/messageArguments';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['shared', 'main', 'renderer'];
const USE = /\b(?:t|msg|english|said|words|cliText)\(\s*'([^']+)'/g;
const FAMILY = /\b(?:t|msg|english|said|words|cliText)\(\s*`([^`$]*)\$\{/g;

/** What the check found. */
export interface CatalogReport {
  /** Ids the code uses that the English catalog lacks, with the file using each. */
  unknown: string[];
  /** English ids no code uses. */
  unused: string[];
  /** Per language: ids missing from its catalog, or whose ICU arguments differ from English, or extra. */
  gaps: Record<UiLanguage, string[]>;
  /** Per language: how many messages its catalog has that match the English ones. */
  coverage: Record<UiLanguage, number>;
  total: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The message ids used by the code, and the prefixes of families of ids built in a template. */
export function usedIds(root = ROOT): { ids: Map<string, string>; families: Set<string> } {
  const ids = new Map<string, string>();
  const families = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(USE)) if (!ids.has(m[1]!)) ids.set(m[1]!, relative(root, file));
    for (const m of text.matchAll(FAMILY)) if (m[1]) families.add(m[1]);
  }
  return { ids, families };
}

/** Checks the catalogs against the code under `root` and against the English messages. */
export function checkCatalogs(root = ROOT): CatalogReport {
  const { ids, families } = usedIds(root);
  const english = Object.keys(EN) as MessageId[];
  const unknown = [...ids].filter(([id]) => !(id in EN)).map(([id, file]) => `${id} (${file})`);
  const unused = english.filter((id) => !ids.has(id) && ![...families].some((f) => id.startsWith(f)));
  const gaps = {} as Record<UiLanguage, string[]>;
  const coverage = {} as Record<UiLanguage, number>;
  for (const [language, catalog] of Object.entries(CATALOGS) as [UiLanguage, Record<string, string>][]) {
    const missing: string[] = [];
    let matching = 0;
    for (const id of english) {
      const text = catalog[id];
      if (typeof text !== 'string' || !text.trim()) {
        missing.push(`${id}: missing`);
        continue;
      }
      let args: string;
      try {
        args = messageArguments(text).join(', ');
      } catch (e) {
        missing.push(`${id}: not ICU (${(e as Error).message})`);
        continue;
      }
      const want = messageArguments(EN[id]).join(', ');
      if (args === want) matching++;
      else missing.push(`${id}: arguments {${args}} where English has {${want}}`);
    }
    for (const id of Object.keys(catalog)) if (!(id in EN)) missing.push(`${id}: not an English id`);
    gaps[language] = missing;
    coverage[language] = matching;
  }
  return { unknown, unused, gaps, coverage, total: english.length };
}
