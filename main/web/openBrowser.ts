import { spawn } from 'node:child_process';

/** Opens `url` in the system browser; reports failure through `onError` and never throws. */
export function openBrowser(url: string, onError: (message: string) => void): void {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', (e) => onError(`could not open a browser (${e.message}); open the address above yourself`));
    child.unref();
  } catch (e) {
    onError(`could not open a browser (${e instanceof Error ? e.message : String(e)}); open the address above yourself`);
  }
}
