// Types of cliBundle.mjs for the TypeScript tests that read it.

/** The repository root. */
export const ROOT_URL: URL;
/** The built CLI (ESM). */
export const BUNDLE_URL: URL;
/** What the bundle was built from. */
export const INPUTS_URL: URL;
/** The files whose content decides how the bundle is built. */
export const BUILDER_FILES: string[];
/** The chunks of the CLI start with this, beside the bundle. */
export const CHUNK_PREFIX: string;
export function hashBytes(bytes: Uint8Array | string): string;
export function sourceStamp(path: string): string;
export function statStamp(path: string): string;
export function builderHash(): string;
export function rootPath(rel: string): string;
/** True when out/cli/resdraft.mjs exists and none of the files it was built from has changed since. */
export function bundleIsFresh(): boolean;
