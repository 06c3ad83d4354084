/**
 * A tolerant comparison of two PNG screenshots, done by Chromium itself (no image library): both
 * are drawn on a canvas of a blank page, and the share of pixels whose colour differs by more than
 * a small amount on any channel is counted (anti-aliasing and font hinting move a few pixels; a
 * moved panel or a changed label moves thousands).
 */
import type { BrowserContext } from 'playwright-core';

/** How much one channel may differ before a pixel counts as different (0–255). */
export const CHANNEL_TOLERANCE = 48;

/** The comparison of two screenshots. */
export interface PixelDifference {
  sameSize: boolean;
  width: number;
  height: number;
  /** The share of pixels that differ (0–1); 1 when the sizes differ. */
  share: number;
}

/** Compares two PNG files' pixels in a blank page of `context`. */
export async function comparePngs(context: BrowserContext, a: Uint8Array, b: Uint8Array): Promise<PixelDifference> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ a, b, tolerance }) => {
        const load = (b64: string): Promise<HTMLImageElement> =>
          new Promise((res, rej) => {
            const img = new Image();
            img.onload = () => res(img);
            img.onerror = () => rej(new Error('not a PNG image'));
            img.src = `data:image/png;base64,${b64}`;
          });
        const [x, y] = await Promise.all([load(a), load(b)]);
        if (x.width !== y.width || x.height !== y.height) return { sameSize: false, width: x.width, height: x.height, share: 1 };
        const pixels = (img: HTMLImageElement): Uint8ClampedArray => {
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const p = pixels(x);
        const q = pixels(y);
        let differing = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) differing++;
        }
        return { sameSize: true, width: x.width, height: x.height, share: differing / (p.length / 4) };
      },
      { a: Buffer.from(a).toString('base64'), b: Buffer.from(b).toString('base64'), tolerance: CHANNEL_TOLERANCE },
    );
  } finally {
    await page.close();
  }
}
