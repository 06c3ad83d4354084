import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../services/exportFile';

/**
 * Electron's printToPDF on the export's own HTML preview, in a hidden window that runs no script
 * (SECURITY: sandboxed, no preload, JavaScript off; the page is our generated HTML as a data: URL).
 */
export const printHtmlToPdf: PdfPrinter = async (html) => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
};
