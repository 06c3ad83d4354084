// Types of layers.mjs (the allow-list) for the TypeScript tests that read it.

/** One layer's import rule: a layer, or one file, optionally types only. */
export type LayerImport = { layer: string; typeOnly?: boolean; file?: undefined } | { file: string; layer?: undefined; typeOnly?: undefined };
/** A package a layer may import: a name, `@scope/`, NODE_BUILTINS, or a package with only some named imports. */
export type LayerPackage = string | { name: string; names: string[] };

/** A layer of the code base and what it may import. */
export interface Layer {
  name: string;
  title: string;
  /** The folder of the layer's tsconfig.json (`tsc -p <project>`). */
  project: string;
  paths: string[];
  layers: LayerImport[] | '*';
  packages: LayerPackage[] | '*';
  globals: string[];
  hint: string;
}

export const NODE_BUILTINS: string;
export const PURE_PACKAGES: string[];
export const LAYERS: Layer[];
export function layerOf(relPath: string): Layer | undefined;
export function layerGlobs(layer: Layer): { files: string[]; ignores: string[] };
