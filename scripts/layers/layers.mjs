// -------------------------------------------------------------------------------------------------
// LAYERING: the allow-list. Each layer names what it may import; anything not listed is an error,
// and a file in no layer is an error. ESLint applies it (scripts/eslint/layersRule.mjs) and the
// per-layer tsconfigs mirror it (test/unit/layering.test.ts plants a forbidden use in each layer and
// expects both to fail). Do not widen a layer to make an import pass: move the code instead.
// -------------------------------------------------------------------------------------------------

/** Any Node built-in module (`node:fs`, `fs`, `fs/promises`, …). */
export const NODE_BUILTINS = '#node';

/** Packages with no Node, DOM or Electron dependency: every layer may use them. */
export const PURE_PACKAGES = ['diff', 'zod', 'fflate', 'saxes', 'yjs', 'intl-messageformat', '@formatjs/icu-messageformat-parser'];

/**
 * The layers. `paths`: folder prefixes (ending in `/`) or exact files; a file belongs to the layer
 * with the longest matching entry. `project`: the folder of the layer's tsconfig.json. `layers`: the
 * layers (or single files) it may import, optionally type-only. `packages`: the packages it may import
 * (`@scope/` for a whole scope, `names` to allow only some named imports). `globals`: environment
 * globals it must not use. `hint`: what to do instead.
 */
export const LAYERS = [
  {
    name: 'shared',
    project: 'shared',
    title: 'shared/ (plain TypeScript)',
    paths: ['shared/'],
    layers: [{ layer: 'shared' }],
    packages: [...PURE_PACKAGES],
    globals: ['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'],
    hint: 'shared/ runs everywhere: put Node code in main/services, DOM code in renderer/.',
  },
  {
    name: 'node',
    project: 'main',
    title: 'the Node layer (main/services, main/host, main/cli, main/web, main/collab)',
    paths: ['main/services/', 'main/host/', 'main/cli/', 'main/web/', 'main/collab/'],
    layers: [{ layer: 'node' }, { layer: 'shared' }],
    packages: [NODE_BUILTINS, ...PURE_PACKAGES, 'docx', '@hocuspocus/'],
    globals: ['window', 'document', 'navigator', 'localStorage'],
    hint: 'the Node layer knows nothing of Electron or the page: put Electron code in main/electron/.',
  },
  {
    name: 'electron',
    project: 'main/electron',
    title: 'the Electron layer (main/electron)',
    paths: ['main/electron/'],
    layers: [{ layer: 'electron' }, { layer: 'node' }, { layer: 'shared' }],
    packages: ['electron', NODE_BUILTINS, ...PURE_PACKAGES, 'docx'],
    globals: ['window', 'document', 'navigator', 'localStorage'],
    hint: 'the Electron layer wires the Node layer to windows and IPC; the page is reached only through the preload.',
  },
  {
    name: 'preload',
    project: 'main/preload',
    title: 'the preload (main/preload)',
    paths: ['main/preload/'],
    // the host contract: shared types, and the channel names as values (hostMethods.ts imports only types)
    layers: [{ layer: 'preload' }, { layer: 'shared', typeOnly: true }, { file: 'shared/host/hostMethods.ts' }],
    packages: [{ name: 'electron', names: ['contextBridge', 'ipcRenderer'] }],
    globals: ['require', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate'],
    hint: 'the sandboxed preload sees only contextBridge, ipcRenderer and the host contract in shared/host.',
  },
  {
    name: 'renderer',
    project: 'renderer',
    title: 'renderer/ (the page)',
    paths: ['renderer/'],
    layers: [{ layer: 'renderer' }, { layer: 'shared' }],
    // a shared proposal's live session: the room's WebSocket (the co-drafting server is no host
    // service: the page reaches it as the CLI does) and the room's copy on this machine (IndexedDB)
    packages: ['react', 'react-dom', '@tiptap/', 'lucide-react', '@hocuspocus/provider', 'y-indexeddb', ...PURE_PACKAGES],
    globals: ['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'],
    hint: 'the page reaches files and services only through the host API declared in shared/host.',
  },
  {
    name: 'test',
    project: 'test',
    title: 'test/',
    paths: ['test/'],
    layers: '*',
    packages: '*',
    globals: [],
    hint: '',
  },
  {
    name: 'tools',
    project: 'scripts',
    title: 'the build tools (scripts/, config files, the CLI launcher)',
    paths: ['scripts/', 'eslint.config.js', 'vitest.config.ts', 'renderer/vite.config.ts', 'main/cli/bin.mjs'],
    layers: [{ layer: 'tools' }],
    packages: '*',
    globals: [],
    hint: 'build tools run from the command line and import no product code.',
  },
];

/** The layer a repository-relative path (forward slashes) belongs to, or undefined if none. */
export function layerOf(relPath) {
  let best;
  let bestLength = -1;
  for (const layer of LAYERS) {
    for (const p of layer.paths) {
      const hit = p.endsWith('/') ? relPath.startsWith(p) : relPath === p;
      if (hit && p.length > bestLength) {
        best = layer;
        bestLength = p.length;
      }
    }
  }
  return best;
}

/** ESLint `files`/`ignores` globs that select exactly the files of one layer. */
export function layerGlobs(layer) {
  const files = layer.paths.map((p) => (p.endsWith('/') ? `${p}**` : p));
  const ignores = LAYERS.filter((other) => other !== layer)
    .flatMap((other) => other.paths)
    .filter((p) => layer.paths.some((mine) => mine.endsWith('/') && p.startsWith(mine) && p.length > mine.length))
    .map((p) => (p.endsWith('/') ? `${p}**` : p));
  return { files, ignores };
}
