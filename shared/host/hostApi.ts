import type { ResolutionSummary } from '../corpus/edition';

/**
 * The typed API a host (Electron preload, browser host, tests) offers the renderer.
 * The renderer reaches data only through this interface; every method is async because
 * every host crosses a process or network boundary.
 */
export interface HostApi {
  /** The bundled resolutions of the default baseline edition, in manifest order. */
  listResolutions(): Promise<ResolutionSummary[]>;
  /** The adopted text of one bundled resolution, in the resolution text layout. */
  getBaselineText(number: string): Promise<string>;
}
