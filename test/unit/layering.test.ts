import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layering is enforced by npm run lint', () => {
  it('shared/ may not import fs, react, electron or TipTap, nor use window/process', async () => {
    expect(await importErrors('shared/model/probe.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n")).not.toEqual([]);
    expect(await importErrors('shared/model/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).not.toEqual([]);
    expect(await importErrors('shared/model/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).not.toEqual([]);
    expect(await importErrors('shared/model/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).not.toEqual([]);
    expect(await importErrors('shared/model/probe.ts', "import { Editor } from '@tiptap/react';\nexport const x = Editor;\n")).not.toEqual([]);
    expect(await importErrors('shared/model/probe.ts', 'export const x = window.location;\n')).not.toEqual([]);
  });

  it('main/ and renderer/ never import each other', async () => {
    expect(await importErrors('renderer/app/probe.ts', "import { Corpus } from '../../main/services/corpus';\nexport const x = Corpus;\n")).not.toEqual([]);
    expect(await importErrors('main/services/probe.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n")).not.toEqual([]);
    expect(await importErrors('renderer/app/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).not.toEqual([]);
  });

  it('allowed imports pass', async () => {
    expect(await importErrors('shared/model/probe.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([]);
    expect(await importErrors('renderer/app/probe.ts', "import { fromText } from '../../shared/text/fromText';\nexport const x = fromText;\n")).toEqual([]);
  });
});
