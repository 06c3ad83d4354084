#!/usr/bin/env node
// Draws the app icon (no downloads, no image libraries) and writes resources/icons/<N>x<N>.png
// for N in 16…512 plus resources/icons/icon.png (1024). Run after changing the drawing:
//   node scripts/makeIcon.mjs
// The icon: an ITU-blue rounded square, a white page of text lines, one line struck through in
// red and one inserted line underlined in green: a document with revision marks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const S = 1024;
const px = new Float64Array(S * S * 4); // straight RGBA, 0..1

function put(x, y, [r, g, b], a) {
  const i = (y * S + x) * 4;
  const da = px[i + 3];
  const oa = a + da * (1 - a);
  if (oa === 0) return;
  px[i] = (r * a + px[i] * da * (1 - a)) / oa;
  px[i + 1] = (g * a + px[i + 1] * da * (1 - a)) / oa;
  px[i + 2] = (b * a + px[i + 2] * da * (1 - a)) / oa;
  px[i + 3] = oa;
}

/** Fills a rounded rectangle with 4×4 supersampled edges. */
function roundRect(x0, y0, x1, y1, rad, color) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const fx = x + (sx + 0.5) / 4;
          const fy = y + (sy + 0.5) / 4;
          if (fx < x0 || fx > x1 || fy < y0 || fy > y1) continue;
          const cx = Math.min(Math.max(fx, x0 + rad), x1 - rad);
          const cy = Math.min(Math.max(fy, y0 + rad), y1 - rad);
          if ((fx - cx) ** 2 + (fy - cy) ** 2 <= rad * rad) hits++;
        }
      }
      if (hits) put(x, y, color, hits / 16);
    }
  }
}

const rgb = (h) => [parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255];
const BLUE = rgb('#1d5fa8');
const WHITE = rgb('#ffffff');
const GREY = rgb('#9aa7b8');
const RED = rgb('#c62828');
const GREEN = rgb('#2e7d32');

roundRect(64, 64, 960, 960, 180, BLUE);
roundRect(250, 170, 774, 854, 36, WHITE);
const lines = [
  [310, 260, 714, GREY],
  [310, 350, 660, GREY],
  [310, 440, 714, 'struck'],
  [310, 530, 690, 'inserted'],
  [310, 620, 714, GREY],
  [310, 710, 600, GREY],
];
for (const [x, y, x1, kind] of lines) {
  if (kind === 'struck') {
    roundRect(x, y, x1, y + 36, 18, rgb('#e7b3b3'));
    roundRect(x - 10, y + 12, x1 + 10, y + 24, 6, RED);
  } else if (kind === 'inserted') {
    roundRect(x, y, x1, y + 36, 18, GREEN);
    roundRect(x, y + 50, x1, y + 62, 6, GREEN);
  } else {
    roundRect(x, y, x1, y + 36, 18, kind);
  }
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Box-filters the master down to n×n (premultiplied) and encodes an RGBA PNG. */
function png(n) {
  const f = S / n;
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < f; sy++) {
        for (let sx = 0; sx < f; sx++) {
          const i = ((y * f + sy) * S + (x * f + sx)) * 4;
          const pa = px[i + 3];
          r += px[i] * pa;
          g += px[i + 1] * pa;
          b += px[i + 2] * pa;
          a += pa;
        }
      }
      const o = y * (n * 4 + 1) + 1 + x * 4;
      const A = a / (f * f);
      raw[o] = a ? Math.round((r / a) * 255) : 0;
      raw[o + 1] = a ? Math.round((g / a) * 255) : 0;
      raw[o + 2] = a ? Math.round((b / a) * 255) : 0;
      raw[o + 3] = Math.round(A * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
mkdirSync(dir, { recursive: true });
for (const n of [16, 32, 64, 128, 256, 512]) writeFileSync(join(dir, `${n}x${n}.png`), png(n));
writeFileSync(join(dir, 'icon.png'), png(1024));
console.log(`icons written to ${dir}`);
