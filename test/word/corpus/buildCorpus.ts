/**
 * Builds the Word corpus (see corpusIdioms.ts) into a folder: for each idiom, our export of its
 * texts (the base revised into the draft, real Word revision marks), then the idiom's XML edit.
 * The build is deterministic: the same sources give the same bytes (fixed export time, fixed zip
 * times). Run alone: `npx tsx test/word/corpus/buildCorpus.ts <folder>`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toDocx } from '../../../main/services/docx/toDocx';
import { compare } from '../../../shared/engine/compare';
import { fromText } from '../../../shared/text/fromText';
import { settings } from '../../export/handMade';
import { DocxParts } from './corpusPackage';
import { IDIOMS, type Idiom } from './corpusIdioms';

/** Where the corpus texts and each idiom's expected texts live. */
export const CORPUS_FIXTURES = fileURLToPath(new URL('../../fixtures/word/corpus/', import.meta.url));
const DATE = '2025-06-02T08:30:00Z';

/** A fixture text of the corpus. */
export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_FIXTURES, name), 'utf8');
}

/** One idiom's document, built. */
export async function buildIdiom(idiom: Idiom): Promise<Uint8Array> {
  const texts = idiom.texts ?? { base: 'base.txt', draft: 'draft.txt' };
  const base = fromText(corpusText(texts.base));
  const draft = fromText(corpusText(texts.draft));
  const proposal = { symbol: 'MOD' as const, number: 'TST/42A1/1', changes: compare(base, draft), reasons: `The corpus idiom ${idiom.name}.` };
  const exported = await toDocx({ settings: settings(), proposals: [proposal] }, { date: DATE, mode: texts.mode ?? 'marked' });
  const parts = new DocxParts(exported);
  idiom.edit(parts);
  return parts.zip();
}

/** Build every idiom into `dir` as `<name>.docx`; returns the paths by idiom name. */
export async function buildCorpus(dir: string): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const idiom of IDIOMS) {
    const path = join(dir, `${idiom.name}.docx`);
    writeFileSync(path, await buildIdiom(idiom));
    out.set(idiom.name, path);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'test/.tmp/word-corpus';
  const built = await buildCorpus(dir);
  console.log(`built ${built.size} documents in ${dir}`);
}
