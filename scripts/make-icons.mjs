#!/usr/bin/env node
// Regenerates every app icon from build/icon.svg. Run by hand after editing the SVG
// (`node scripts/make-icons.mjs`) and commit the outputs: they are source assets, so
// neither CI nor `npm run dist` needs the rasteriser.
//
// Needs Debian's rsvg-convert (`apt-get install -y librsvg2-bin`). The ICO and ICNS
// containers are simple enough to write here, which spares a dependency.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');

// macOS draws icons on Apple's grid (tile inset 100px of 1024), so the ICNS keeps the
// margin. Windows and Linux show icons edge to edge; cropping the margin there gives the
// glyph ~20% more pixels, which matters at 16-32px.
const paddedSvg = svg;
const croppedSvg = svg.replace('viewBox="0 0 1024 1024"', 'viewBox="88 88 848 848"');
if (croppedSvg === svg) throw new Error('icon.svg must keep viewBox="0 0 1024 1024"');

function render(source, size) {
  const r = spawnSync('rsvg-convert', ['-w', String(size), '-h', String(size)], {
    input: source,
    maxBuffer: 64 << 20,
  });
  if (r.error?.code === 'ENOENT') {
    throw new Error('rsvg-convert not found: apt-get install -y librsvg2-bin');
  }
  if (r.status !== 0) throw new Error(`rsvg-convert failed: ${r.stderr}`);
  return r.stdout;
}

// Minimal PNG decoder for what rsvg-convert writes (8-bit RGBA, not interlaced); the
// small ICO entries need raw pixels.
function decodeRgba(png) {
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('expected 8-bit RGBA PNG');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, pixels: out };
}

// Classic 32-bit BMP entry (bottom-up BGRA + empty AND mask). Used below 256px because
// older readers, NSIS's among them, reject PNG-compressed entries at those sizes.
function bmpEntry(png) {
  const { width, height, pixels } = decodeRgba(png);
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // XOR image + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const xor = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = (y * width + x) * 4;
      const d = ((height - 1 - y) * width + x) * 4;
      xor[d] = pixels[s + 2];
      xor[d + 1] = pixels[s + 1];
      xor[d + 2] = pixels[s];
      xor[d + 3] = pixels[s + 3];
    }
  }
  const mask = Buffer.alloc((Math.ceil(width / 32) * 4) * height);
  return Buffer.concat([header, xor, mask]);
}

function writeIco(entries) {
  const head = Buffer.alloc(6 + 16 * entries.length);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(entries.length, 4);
  let offset = head.length;
  entries.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    head[e] = size >= 256 ? 0 : size; // 0 means 256
    head[e + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, e + 4); // planes
    head.writeUInt16LE(32, e + 6); // bits per pixel
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...entries.map((e) => e.data)]);
}

// ICNS: 'icns' + total length, then (type, length incl. 8-byte header, PNG data) chunks.
function writeIcns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'latin1');
    h.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([h, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const cropped = new Map();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) cropped.set(size, render(croppedSvg, size));

mkdirSync(join(buildDir, 'icons'), { recursive: true });
for (const [size, png] of cropped) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(buildDir, 'icon.png'), cropped.get(1024));

writeFileSync(
  join(buildDir, 'icon.ico'),
  writeIco(
    [16, 24, 32, 48, 64, 128, 256].map((size) => ({
      size,
      data: size >= 256 ? cropped.get(size) : bmpEntry(cropped.get(size)),
    })),
  ),
);

const padded = new Map();
for (const size of [16, 32, 64, 128, 256, 512, 1024]) padded.set(size, render(paddedSvg, size));
// Chunk types for PNG payloads: icp4/icp5 16/32, ic11-ic14 the @2x variants, ic07-ic10 128-1024.
const icnsTypes = [
  ['icp4', 16], ['icp5', 32], ['ic11', 32], ['ic12', 64], ['ic07', 128],
  ['ic13', 256], ['ic08', 256], ['ic14', 512], ['ic09', 512], ['ic10', 1024],
];
writeFileSync(
  join(buildDir, 'icon.icns'),
  writeIcns(icnsTypes.map(([type, size]) => ({ type, png: padded.get(size) }))),
);

console.log('icons written to build/: icon.png, icons/*.png, icon.ico, icon.icns');
