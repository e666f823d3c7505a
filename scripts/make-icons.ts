/**
 * Draws the app icons (PNG) with no image tools: a white heart on the app's dark blue. Run once
 * (`npx tsx scripts/make-icons.ts`); the PNGs are committed. Maskable icons keep the heart inside
 * the 80 % safe zone that Android may crop to a circle.
 */
import { PNG } from 'pngjs';
import { writeFileSync } from 'node:fs';

const BG = [0x1d, 0x35, 0x57];
const FG = [0xff, 0xff, 0xff];

function heart(x: number, y: number): boolean {
  // (x² + y² − 1)³ − x² y³ ≤ 0, y pointing up.
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

function draw(size: number, scale: number, rounded: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const ss = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let inBg = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const u = (px + (sx + 0.5) / ss) / size;
          const v = (py + (sy + 0.5) / ss) / size;
          const x = (u - 0.5) * 2 * (1.5 / scale);
          const y = -(v - 0.5) * 2 * (1.5 / scale) + 0.15;
          if (heart(x, y)) inside++;
          const r = 0.18;
          const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
          const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
          if (!rounded || dx * dx + dy * dy <= r * r) inBg++;
        }
      const n = ss * ss;
      const f = inside / n;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(BG[c]! * (1 - f) + FG[c]! * f);
      png.data[i + 3] = Math.round((inBg / n) * 255);
    }
  }
  return PNG.sync.write(png);
}

writeFileSync('public/icons/icon-192.png', draw(192, 0.9, true));
writeFileSync('public/icons/icon-512.png', draw(512, 0.9, true));
writeFileSync('public/icons/maskable-512.png', draw(512, 0.62, false));
writeFileSync('public/icons/apple-touch-icon.png', draw(180, 0.75, false));
console.log('icons written to public/icons/');
