import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS, layerOf } from '../../scripts/layers/layers.mjs';
import { ROOT, coveredBy, loadProject, tscErrors } from '../support/tscProbe';

// Each layer's own tsconfig (what `npm run typecheck` runs `tsc -p` on).
const PROJECT: Record<string, string> = Object.fromEntries(LAYERS.map((layer) => [layer.name, layer.project]));

// A probe builds a whole layer's program (the first one also reads every library's types).
const TSC_TIMEOUT = 180_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lintErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

interface Probe {
  what: string;
  file: string;
  code: string;
}

// A forbidden use planted in each layer (the file does not exist: ESLint lints the text as that path,
// tsc compiles it as part of that layer's project).
const FORBIDDEN: Probe[] = [
  { what: 'electron in main/services', file: 'main/services/layerProbe.ts', code: "import { app } from 'electron';\nexport const probe = app;\n" },
  { what: 'electron in main/cli', file: 'main/cli/layerProbe.ts', code: "import type { BrowserWindow } from 'electron';\nexport type Probe = BrowserWindow;\n" },
  { what: 'node:fs in shared', file: 'shared/model/layerProbe.ts', code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n" },
  { what: 'fs in shared, deep', file: 'shared/engine/a/b/c/layerProbe.ts', code: "import { readFileSync } from 'fs';\nexport const probe = readFileSync;\n" },
  { what: 'process in shared', file: 'shared/model/layerProbe.ts', code: 'export const probe = process.env.HOME;\n' },
  { what: 'Buffer in shared', file: 'shared/model/layerProbe.ts', code: "export const probe = Buffer.from('x');\n" },
  { what: 'window in shared', file: 'shared/model/layerProbe.ts', code: 'export const probe = window.location;\n' },
  { what: 'react in shared', file: 'shared/model/layerProbe.ts', code: "import { useState } from 'react';\nexport const probe = useState;\n" },
  { what: 'a Node module in renderer', file: 'renderer/app/layerProbe.ts', code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n" },
  { what: 'process in renderer', file: 'renderer/app/layerProbe.ts', code: 'export const probe = process.env.HOME;\n' },
  { what: 'electron in renderer', file: 'renderer/app/layerProbe.ts', code: "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n" },
  { what: 'renderer → main', file: 'renderer/app/layerProbe.ts', code: "import { writeFileAtomic } from '../../main/services/atomicWrite';\nexport const probe = writeFileAtomic;\n" },
  { what: 'main → renderer', file: 'main/services/layerProbe.ts', code: "import * as labels from '../../renderer/editor/itemLabels';\nexport const probe = labels;\n" },
  { what: 'main/electron → renderer', file: 'main/electron/layerProbe.ts', code: "import * as labels from '../../renderer/editor/itemLabels';\nexport const probe = labels;\n" },
  { what: 'shared → main', file: 'shared/model/layerProbe.ts', code: "import * as corpus from '../../main/services/corpus';\nexport const probe = corpus;\n" },
  { what: 'Node layer → Electron layer', file: 'main/host/layerProbe.ts', code: "import * as security from '../electron/security';\nexport const probe = security;\n" },
  { what: 'shared → test', file: 'shared/model/layerProbe.ts', code: "import { randomEdits } from '../../test/support/randomEdits';\nexport const probe = randomEdits;\n" },
  { what: 'main → test', file: 'main/services/layerProbe.ts', code: "import { resdraft } from '../../test/support/runCli';\nexport const probe = resdraft;\n" },
  { what: 'renderer → test', file: 'renderer/app/layerProbe.ts', code: "import { randomEdits } from '../../test/support/randomEdits';\nexport const probe = randomEdits;\n" },
  { what: 'preload → services', file: 'main/preload/layerProbe.ts', code: "import { writeFileAtomic } from '../services/atomicWrite';\nexport const probe = writeFileAtomic;\n" },
];

// Only ESLint can see these: electron's own types reference Node's, so Node's modules and globals
// type-check wherever electron is imported (the preload included).
const FORBIDDEN_LINT_ONLY: Probe[] = [
  { what: 'preload → node:fs', file: 'main/preload/layerProbe.ts', code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n" },
  { what: 'require in the preload', file: 'main/preload/layerProbe.ts', code: "export const probe = require('node:fs');\n" },
];

// Allowed uses in the same places: both checks must stay quiet, so the failures above are the layer's.
const ALLOWED: Probe[] = [
  { what: 'zod and shared in shared', file: 'shared/model/layerProbe.ts', code: "import { z } from 'zod';\nimport { diffArrays } from 'diff';\nimport type { Resolution } from './resolution';\nexport const probe = [z, diffArrays];\nexport type Probe = Resolution;\n" },
  { what: 'Node and shared in main/services', file: 'main/services/layerProbe.ts', code: "import { readFileSync } from 'node:fs';\nimport { fromText } from '../../shared/text/fromText';\nexport const probe = [readFileSync, fromText];\n" },
  { what: 'electron and services in main/electron', file: 'main/electron/layerProbe.ts', code: "import { app } from 'electron';\nimport { writeFileAtomic } from '../services/atomicWrite';\nexport const probe = [app, writeFileAtomic];\n" },
  { what: 'contextBridge and host types in the preload', file: 'main/preload/layerProbe.ts', code: "import { contextBridge } from 'electron';\nimport type { HostApi } from '../../shared/host/hostApi';\nimport { HOST_METHODS } from '../../shared/host/hostMethods';\nexport const probe = [contextBridge, HOST_METHODS];\nexport type Probe = HostApi;\n" },
  { what: 'React and shared in renderer', file: 'renderer/app/layerProbe.ts', code: "import { useState } from 'react';\nimport { fromText } from '../../shared/text/fromText';\nexport const probe = [useState, fromText, document.title];\n" },
  { what: 'everything in test', file: 'test/unit/layerProbe.ts', code: "import { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nimport { fromText } from '../../shared/text/fromText';\nexport const probe = [app, readFileSync, fromText];\n" },
];

function projectOf(file: string): string {
  const layer = layerOf(file);
  if (!layer) throw new Error(`${file} is in no layer`);
  return PROJECT[layer.name];
}

describe('a forbidden use in any layer fails ESLint and tsc', () => {
  for (const probe of FORBIDDEN) {
    it(`${probe.what} (${probe.file})`, async () => {
      const project = projectOf(probe.file);
      expect(coveredBy(project, probe.file), `${project}/tsconfig.json would compile ${probe.file}`).toBe(true);
      expect(await lintErrors(probe.file, probe.code)).not.toEqual([]);
      const hint = `tsc -p ${project} accepted it: does something pull Node or DOM types into the project? (npx tsc -p ${project} --explainFiles)`;
      expect(tscErrors(project, probe.file, probe.code), hint).not.toEqual([]);
    }, TSC_TIMEOUT);
  }
  for (const probe of FORBIDDEN_LINT_ONLY) {
    it(`${probe.what} (${probe.file}), ESLint`, async () => {
      expect(await lintErrors(probe.file, probe.code)).not.toEqual([]);
    });
  }
});

describe('the allowed uses pass both', () => {
  for (const probe of ALLOWED) {
    it(`${probe.what} (${probe.file})`, async () => {
      const project = projectOf(probe.file);
      expect(coveredBy(project, probe.file)).toBe(true);
      expect(await lintErrors(probe.file, probe.code)).toEqual([]);
      expect(tscErrors(project, probe.file, probe.code)).toEqual([]);
    }, TSC_TIMEOUT);
  }
});

describe('the preload sees only the host contract', () => {
  it('a value import from shared other than hostMethods fails ESLint', async () => {
    const errors = await lintErrors('main/preload/layerProbe.ts', "import { fromText } from '../../shared/text/fromText';\nexport const probe = fromText;\n");
    expect(errors.join('\n')).toMatch(/layers\/imports.*preload.*shared\/text\/fromText/);
  });

  it('electron beyond contextBridge and ipcRenderer fails ESLint', async () => {
    expect(await lintErrors('main/preload/layerProbe.ts', "import { shell } from 'electron';\nexport const probe = shell;\n")).not.toEqual([]);
    expect(await lintErrors('main/preload/layerProbe.ts', "import * as electron from 'electron';\nexport const probe = electron;\n")).not.toEqual([]);
  });
});

describe('every file is in a layer', () => {
  it('a file in no known layer fails ESLint, naming the file', async () => {
    const errors = await lintErrors('main/layerProbe.ts', 'export const probe = 1;\n');
    expect(errors.join('\n')).toMatch(/main\/layerProbe\.ts is in no known layer/);
    expect(await lintErrors('lib/layerProbe.mjs', 'export const probe = 1;\n')).not.toEqual([]);
  });

  it('dynamic import(), require() and re-exports are checked too', async () => {
    expect(await lintErrors('shared/model/layerProbe.ts', "export const probe = () => import('node:fs');\n")).not.toEqual([]);
    expect(await lintErrors('renderer/app/layerProbe.ts', "export * from '../../main/services/atomicWrite';\n")).not.toEqual([]);
    expect(await lintErrors('main/services/layerProbe.ts', "export const probe = require('electron');\n")).not.toEqual([]);
    expect(await lintErrors('shared/model/layerProbe.ts', "export type Probe = typeof import('../../renderer/editor/itemLabels');\n")).not.toEqual([]);
  });

  it('each source file belongs to a layer and is type-checked by that layer\'s project', () => {
    const fileNames = new Map(Object.entries(PROJECT).map(([layer, project]) => [layer, new Set(loadProject(project).fileNames)]));
    const misplaced: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!['node_modules', 'out', 'dist', '.git', 'resources'].includes(entry.name) && !rel.startsWith('test/.tmp') && !rel.startsWith('test/fixtures')) walk(rel);
        } else if (/\.(?:tsx?|mts|cts)$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
          const layer = layerOf(rel);
          if (!layer) misplaced.push(`${rel}: in no layer`);
          else if (!fileNames.get(layer.name)?.has(join(ROOT, rel).split(sep).join('/'))) misplaced.push(`${rel}: not in ${PROJECT[layer.name]}/tsconfig.json`);
        }
      }
    };
    walk('');
    expect(misplaced).toEqual([]);
    expect(new Set(Object.values(PROJECT)).size).toBe(LAYERS.length);
  });
});
