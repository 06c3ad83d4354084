import type { AppInfo } from '../../shared/host/hostApi';

/** The About text: version, bundled edition, runtime versions. */
export function aboutDetail(info: AppInfo, resolutionCount: number, versions: NodeJS.ProcessVersions): string {
  return [
    `Version ${info.version}`,
    `Bundled baseline: ${info.edition.conference} (${info.edition.place}, ${info.edition.year}), ${resolutionCount} resolutions`,
    `Drafts folder: ${info.documentsDir}`,
    '',
    `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node}`,
  ].join('\n');
}
