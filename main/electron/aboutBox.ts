import { dialog, type BrowserWindow } from 'electron';
import type { AppInfo } from '../../shared/host/hostApi';
import { aboutDetail } from './aboutText';

/** Shows the About box. */
export async function showAbout(window: BrowserWindow | null, info: AppInfo, resolutionCount: number): Promise<void> {
  const opts = { type: 'info' as const, title: `About ${info.name}`, message: `${info.name} ${info.version}`, detail: aboutDetail(info, resolutionCount, process.versions), buttons: ['OK'] };
  if (window) await dialog.showMessageBox(window, opts);
  else await dialog.showMessageBox(opts);
}
