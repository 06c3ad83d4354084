import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomicWrite';

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

/** Position, size and maximized flag of the main window. */
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A display's work area. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a first window. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** Reads `window-state.json` from the state folder; defaults when missing or damaged. */
export function loadWindowState(stateDir: string): WindowState {
  try {
    return WindowStateSchema.parse(JSON.parse(readFileSync(join(stateDir, 'window-state.json'), 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes the window state (atomically). */
export function saveWindowState(stateDir: string, state: WindowState): void {
  writeFileAtomic(join(stateDir, 'window-state.json'), JSON.stringify(WindowStateSchema.parse(state)) + '\n');
}

/**
 * Keeps a remembered position only when at least 100×50 px of the title area lands on a display
 * (a monitor may have been unplugged); otherwise the window is centred by the OS.
 */
export function fitToDisplays(state: WindowState, displays: Area[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = displays.some((d) => {
    const w = Math.min(x + state.width, d.x + d.width) - Math.max(x, d.x);
    const h = Math.min(y + 50, d.y + d.height) - Math.max(y, d.y);
    return w >= 100 && h >= 50;
  });
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
