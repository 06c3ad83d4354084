/**
 * The grammar rule (scripts/eslint/grammarRule.mjs) is probed like the layering rule: a pattern of
 * the resolution text (in any of the six languages) planted in each layer of the product
 * (renderer/, shared/, main/) must fail ESLint, the same code through shared/grammar must pass,
 * tests may spell the patterns, and ordinary regular expressions must stay quiet.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/tscProbe';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function grammarErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'grammar/patterns').map((m) => m.message);
}

/** A probe file in each layer of the product, where the rule is on. */
const LAYER_FILES = ['renderer/app/grammarProbe.ts', 'shared/checks/grammarProbe.ts', 'shared/engine/grammarProbe.ts', 'main/cli/grammarProbe.ts', 'main/services/grammarProbe.ts'];

const PATTERNS: Array<[string, string]> = [
    ['the number line', 'export const probe = /^RESOLUTION[ \\u00A0]+(\\d+)\\b/;\n'],
    ['a draft new resolution', "export const probe = new RegExp('^DRAFT NEW RESOLUTION');\n"],
    ['a revision', 'export const probe = /\\(Rev\\. [^()]*\\)$/;\n'],
    ['the conference line', 'export const probe = /\\([^()]*, \\d{4}\\),$/;\n'],
    ['a footnote reference', 'export const probe = /\\[\\^(\\d+)\\]/g;\n'],
    ['a footnote reference written by hand', 'export const probe = (k: number): string => `[^${k}]`;\n'],
    ['the paragraph end', 'export const probe = /[,;.:]$/;\n'],
    ['an alphabetic label', 'export const probe = /^[a-z]+\\)$/;\n'],
    ['a roman label', 'export const probe = RegExp(`^[ivxlcdm]+`);\n'],
    ['the dash label', 'export const probe = /^\\u2013$/;\n'],
    ['an edition id', 'export const probe = /^[a-z0-9-]+$/;\n'],
    ['a French number line', "export const probe = /^RÉSOLUTION (\\d+) \\(Rév\\. /;\n"],
    ['a Russian number line', 'export const probe = /^РЕЗОЛЮЦИЯ\\s+(\\d+)/;\n'],
    ['an Arabic number line', 'export const probe = /^القرار (\\d+)/u;\n'],
    ['a Chinese number line', 'export const probe = /^第(\\d+)号决议/u;\n'],
    ['a conference line by its place and year', 'export const probe = /^The (.+?) \\(([^,()]+), (\\d{4})\\),$/;\n'],
    ['a Spanish conference line', 'export const probe = /^La Conferencia Mundial/;\n'],
    ['the Arabic and Chinese paragraph ends', 'export const probe = /[؛،；。]$/u;\n'],
    ['a call phrase', 'export const probe = /^(further\\s+)?(resolves|instructs)\\b/i;\n'],
    ['a Chinese call phrase', 'export const probe = /^考虑到/u;\n'],
    ['a citation', 'export const probe = /Resolutions?\\s+(\\d+)/g;\n'],
    ['a French citation', 'export const probe = /Résolutions? (\\d+)/g;\n'],
    ['a numbered label', 'export const probe = /^[1-9][0-9]*\\)$/;\n'],
  ];

describe('a resolution-text pattern outside shared/grammar fails ESLint, in every layer of the product', () => {
  it.each(PATTERNS)('%s', async (_what, code) => {
    for (const file of LAYER_FILES) {
      const errors = await grammarErrors(file, code);
      expect(errors, file).toHaveLength(1);
      expect(errors[0], file).toMatch(/shared\/grammar/);
    }
  });
});

describe('tests may spell the patterns', () => {
  it.each(PATTERNS)('%s', async (_what, code) => {
    expect(await grammarErrors('test/unit/grammarProbe.test.ts', code)).toEqual([]);
  });
});

describe('the grammar through shared/grammar, and other regular expressions, pass', () => {
  it.each([
    ['the grammar imported', "import { resolutionNumberOf } from '../../shared/grammar/numberLine';\nexport const probe = resolutionNumberOf;\n"],
    ['white space and line ends', 'export const probe = [/[ \\t\\r\\n]+/g, /\\r\\n|\\r|\\n/, /\\s+$/];\n'],
    ['a year typed in a field', 'export const probe = /^\\d{4}$/;\n'],
    ['the place in the address', 'export const probe = /^#(resolution|draft)=([A-Za-z0-9_-]+)$/;\n'],
    ['a CSS rule', 'export const probe = /(^|\\})\\s*body\\s*\\{/g;\n'],
    ['where a line may wrap without a space (dashes, one of them the en dash)', 'export const probe = /[/\\-\\u2010\\u2011\\u2012\\u2013\\u2014]$/u;\n'],
    ['an ISO time', 'export const probe = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$/;\n'],
    ['a file name', 'export const probe = /^(.*\\.docx)(?:#(.*))?$/i;\n'],
  ])('%s', async (_what, code) => {
    for (const file of LAYER_FILES) expect(await grammarErrors(file, code), file).toEqual([]);
  });

  it('shared/grammar itself may spell the patterns', async () => {
    for (const [, code] of PATTERNS) expect(await grammarErrors('shared/grammar/grammarProbe.ts', code)).toEqual([]);
  });
});
