// Draws the app's icons (public/icons/*.png) for the web app manifest: the favicon's mark — two
// rings, local to global, around an orange centre — as PNG, with no image library (zlib only).
//   icon-192.png, icon-512.png   the mark on a white disc (purpose "any")
//   maskable-512.png             full-bleed background, the mark inside the 80 % safe zone
// Run: npx tsx scripts/build-icons.ts (the output is committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const INK: Rgba = [0x1b, 0x49, 0x65, 255];
const ORANGE: Rgba = [0xe0, 0x7a, 0x1f, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const PAPER: Rgba = [0xfb, 0xfa, 0xf7, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The colour at (x, y) in a 32-unit box, as the favicon draws it. */
function mark(x: number, y: number, background: Rgba, disc: boolean): Rgba {
  const r = Math.hypot(x - 16, y - 16);
  if (r <= 3) return ORANGE;
  if (Math.abs(r - 8) <= 1.1 || Math.abs(r - 14) <= 1.1) return INK;
  if (disc && r > 15.5) return CLEAR;
  return background;
}

function render(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const SS = 4; // supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = pixel(((px + (sx + 0.5) / SS) / size) * 32, ((py + (sy + 0.5) / SS) / size) * 32);
          const a = c[3] / 255;
          sum[0]! += c[0] * a;
          sum[1]! += c[1] * a;
          sum[2]! += c[2] * a;
          sum[3]! += c[3];
        }
      const alpha = sum[3]! / (SS * SS);
      const k = alpha > 0 ? 255 / alpha / (SS * SS) : 0;
      row.set([Math.round(sum[0]! * k), Math.round(sum[1]! * k), Math.round(sum[2]! * k), Math.round(alpha)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512])
  writeFileSync(
    `public/icons/icon-${size}.png`,
    render(size, (x, y) => mark(x, y, WHITE, true)),
  );
// Maskable: the mark scaled to 70 % of the box, centred, on a full square of paper.
writeFileSync(
  'public/icons/maskable-512.png',
  render(512, (x, y) => mark(16 + (x - 16) / 0.7, 16 + (y - 16) / 0.7, PAPER, false)),
);
writeFileSync(
  'public/icons/apple-touch-icon.png',
  render(180, (x, y) => mark(16 + (x - 16) / 0.85, 16 + (y - 16) / 0.85, WHITE, false)),
);
console.log('public/icons: icon-192.png, icon-512.png, maskable-512.png, apple-touch-icon.png');
