import type { HostApi } from './hostApi';

/** The request/response methods of {@link HostApi} (all but the `onCommand` subscription). */
export type InvokableMethod = Exclude<keyof HostApi, 'onCommand'>;

/**
 * Every invokable method, once. The preload and the HTTP client build their HostApi from this
 * list; main registers exactly one validated handler per entry. The `satisfies` check below makes
 * adding a method to HostApi without listing it here a type error.
 */
export const HOST_METHODS = [
  'listResolutions',
  'listEditions',
  'getBaselineText',
  'getAppInfo',
  'restoreSession',
  'newContribution',
  'openContribution',
  'listContributionFiles',
  'listWordDocuments',
  'importWordDocument',
  'listRecentFiles',
  'updateContribution',
  'patchContribution',
  'saveContribution',
  'saveContributionAs',
  'exportContribution',
  'closeContribution',
  'checkDocument',
  'reloadContribution',
  'getTheirContribution',
  'keepContributionCopy',
  'getDocument',
  'planFile',
  'suggestSaveName',
  'checkSaveName',
  'listVersions',
  'getVersion',
  'createVersion',
  'restoreVersion',
  'confirmClose',
  'openExternal',
  'compileSynopsis',
] as const satisfies readonly InvokableMethod[];

type Missing = Exclude<InvokableMethod, (typeof HOST_METHODS)[number]>;
/** Compile-time proof that {@link HOST_METHODS} lists every invokable method (`never` when complete). */
export type MissingHostMethods = Missing;
const complete: [Missing] extends [never] ? true : false = true;
void complete;

/** The IPC channel of a method (Electron). */
export function ipcChannel(method: InvokableMethod): string {
  return `resdraft:${method}`;
}

/** The IPC channel on which main sends {@link HostApi.onCommand} commands. */
export const COMMAND_CHANNEL = 'resdraft:command';

/** The parts of a WHATWG URL used here (every host has the global `URL`; shared/ has no DOM or Node types). */
interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  toString(): string;
}

/** Checks a URL for {@link HostApi.openExternal}: only `https:` and `mailto:` are opened. Returns the normalised URL. */
export function checkExternalUrl(raw: string): string {
  let url: ParsedUrl;
  try {
    url = new (globalThis as unknown as { URL: new (raw: string) => ParsedUrl }).URL(raw);
  } catch {
    throw new Error(`Not a valid link: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'mailto:') {
    throw new Error(`Only https: and mailto: links can be opened (got ${url.protocol}).`);
  }
  if (url.protocol === 'https:' && (url.username || url.password)) throw new Error('Links with a user name or password are not opened.');
  return url.toString();
}
