/**
 * The grammar rule (scripts/eslint/grammarRule.mjs) is probed like the layering rule: a pattern of
 * the resolution text planted in renderer/ must fail ESLint, the same code through shared/grammar
 * must pass, and ordinary regular expressions must stay quiet.
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

const FILE = 'renderer/app/grammarProbe.ts';

describe('a resolution-text pattern outside shared/grammar fails ESLint', () => {
  it.each([
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
  ])('%s', async (_what, code) => {
    const errors = await grammarErrors(FILE, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/shared\/(grammar|model)/);
  });
});

describe('the grammar through shared/grammar, and other regular expressions, pass', () => {
  it.each([
    ['the grammar imported', "import { resolutionNumberOf } from '../../shared/grammar/numberLine';\nexport const probe = resolutionNumberOf;\n"],
    ['white space and line ends', 'export const probe = [/[ \\t\\r\\n]+/g, /\\r\\n|\\r|\\n/, /\\s+$/];\n'],
    ['a year typed in a field', 'export const probe = /^\\d{4}$/;\n'],
    ['the place in the address', 'export const probe = /^#(resolution|draft)=([A-Za-z0-9_-]+)$/;\n'],
    ['a CSS rule', 'export const probe = /(^|\\})\\s*body\\s*\\{/g;\n'],
  ])('%s', async (_what, code) => {
    expect(await grammarErrors(FILE, code)).toEqual([]);
  });

  it('shared/grammar itself may spell the patterns', async () => {
    expect(await grammarErrors('shared/grammar/grammarProbe.ts', 'export const probe = /^RESOLUTION[ \\u00A0]+(\\d+)\\b/;\n')).toEqual([]);
  });
});
