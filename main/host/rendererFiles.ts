import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { isInside } from '../services/dataFolders';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file of the built renderer, ready to send. */
export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** The built renderer folder (`out/renderer`), overridable with `RESDRAFT_RENDERER_DIR`. */
export function defaultRendererDir(repoRoot: string): string {
  return process.env.RESDRAFT_RENDERER_DIR ? resolve(process.env.RESDRAFT_RENDERER_DIR) : join(repoRoot, 'out', 'renderer');
}

/**
 * Looks up `relPath` (URL path below the app root, still percent-encoded) in the renderer folder.
 * `''` is index.html. Returns `null` for anything missing or outside the folder (`..`, encoded
 * separators, absolute paths).
 */
export function readRendererFile(rendererDir: string, relPath: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '' || decoded.endsWith('/') ? decoded + 'index.html' : decoded;
  const full = resolve(rendererDir, normalize(rel).replace(/^([/\\])+/, ''));
  if (!isInside(full, rendererDir) || full === resolve(rendererDir)) return null;
  if (!existsSync(full) || !statSync(full).isFile()) return null;
  return { body: readFileSync(full), contentType: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream' };
}
