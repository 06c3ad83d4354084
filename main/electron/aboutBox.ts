import { dialog, type BrowserWindow } from 'electron';
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

/** Shows the About box. */
export async function showAbout(window: BrowserWindow | null, info: AppInfo, resolutionCount: number): Promise<void> {
  const opts = { type: 'info' as const, title: `About ${info.name}`, message: `${info.name} ${info.version}`, detail: aboutDetail(info, resolutionCount, process.versions), buttons: ['OK'] };
  if (window) await dialog.showMessageBox(window, opts);
  else await dialog.showMessageBox(opts);
}
