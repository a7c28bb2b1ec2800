// Writes the add-in's icons (assets/icon-<size>.png): a green rounded square with a white tick, drawn pixel by pixel
// and encoded as PNG with zlib, so no image tool is needed. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** Distance from point p to the segment a–b. */
const segDist = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.18; // corner radius
  const stroke = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const qx = Math.max(r - cx, 0, cx - (size - r)), qy = Math.max(r - cy, 0, cy - (size - r));
      const inside = Math.hypot(qx, qy) <= r;
      const u = cx / size, v = cy / size;
      const tick = Math.min(segDist(u, v, 0.24, 0.52, 0.42, 0.70), segDist(u, v, 0.42, 0.70, 0.78, 0.30)) * size <= stroke / 2 + 0.5;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [R, G, B, A] = !inside ? [0, 0, 0, 0] : tick ? [255, 255, 255, 255] : [16, 124, 65, 255]; // Excel green
      raw[o] = R; raw[o + 1] = G; raw[o + 2] = B; raw[o + 3] = A;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(`assets/icon-${size}.png`, icon(size));
  console.log(`wrote assets/icon-${size}.png`);
}
