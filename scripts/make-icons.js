#!/usr/bin/env node
"use strict";
/**
 * Draws the add-in's icons (assets/icon-16.png ... icon-80.png) with no image library: a brand-blue
 * rounded square holding a column of figures over a double rule, the mark of a footed total.
 *
 *   node scripts/make-icons.js
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const BRAND = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis, for smooth edges. */
const SUPERSAMPLE = 4;

/** Shapes in a unit square (0..1): the badge, then the white marks drawn over it. */
const BADGE = { x: 0.03, y: 0.03, w: 0.94, h: 0.94, r: 0.18 };
const MARKS = [
  { x: 0.42, y: 0.2, w: 0.38, h: 0.1 },
  { x: 0.3, y: 0.37, w: 0.5, h: 0.1 },
  { x: 0.5, y: 0.54, w: 0.3, h: 0.1 },
  { x: 0.2, y: 0.7, w: 0.6, h: 0.06 },
  { x: 0.2, y: 0.8, w: 0.6, h: 0.06 },
];

/** True when (x, y) lies inside the rectangle, whose corners are rounded by `r`. */
function insideRect(shape, x, y) {
  const { w, h } = shape;
  const r = shape.r ?? 0;
  const dx = x - shape.x;
  const dy = y - shape.y;
  if (dx < 0 || dy < 0 || dx > w || dy > h) return false;
  const cx = Math.min(Math.max(dx, r), w - r);
  const cy = Math.min(Math.max(dy, r), h - r);
  return (dx - cx) ** 2 + (dy - cy) ** 2 <= r * r;
}

/** The shape with its edges moved to whole pixels at `size`, so small icons stay crisp. */
function snapShape(shape, size) {
  const snap = (v) => Math.round(v * size) / size;
  const x = snap(shape.x);
  const y = snap(shape.y);
  return {
    x,
    y,
    w: Math.max(snap(shape.x + shape.w) - x, 1 / size),
    h: Math.max(snap(shape.y + shape.h) - y, 1 / size),
    r: shape.r,
  };
}

/** RGBA pixels of the icon at `size` × `size`. */
function drawIcon(size) {
  const badgeShape = snapShape(BADGE, size);
  const marks = MARKS.map((shape) => snapShape(shape, size));
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let badge = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRect(badgeShape, x, y)) continue;
          badge++;
          if (marks.some((shape) => insideRect(shape, x, y))) mark++;
        }
      }
      const offset = (py * size + px) * 4;
      const white = badge === 0 ? 0 : mark / badge;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(BRAND[c] * (1 - white) + WHITE[c] * white);
      pixels[offset + 3] = Math.round((255 * badge) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `size` × `size` pixels. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.resolve(__dirname, "../assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
