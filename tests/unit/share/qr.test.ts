import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix, qrSvgPath, type QrMatrix } from '../../../src/share/qr.ts';
import { encodeListCompact } from '../../../src/share/listLink.ts';

/** Rasterises a module matrix (scale px per module) to RGBA and decodes it with jsQR. */
function decode(m: QrMatrix, scale = 4): string | null {
  const px = m.size * scale;
  const data = new Uint8ClampedArray(px * px * 4);
  for (let y = 0; y < px; y++)
    for (let x = 0; x < px; x++) {
      const dark = m.modules[Math.floor(y / scale)]![Math.floor(x / scale)];
      const i = (y * px + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = dark ? 0 : 255;
      data[i + 3] = 255;
    }
  return jsQR(data, px, px)?.data ?? null;
}

/** Reads the SVG path back into a matrix, to check the path draws exactly the dark modules. */
function matrixFromPath(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) grid[y]![x + i] = true;
  }
  return grid;
}

describe('qrMatrix', () => {
  test.each([
    'https://finnhjelp.no/ti/tjeneste/vo-linjen',
    'http://127.0.0.1:41234/smj/liste/vo-linjen,alarmtelefonen,krisesenter-tromso',
    `https://www.finnhjelp.no/nb/liste/${encodeListCompact(Array.from({ length: 25 }, (_, i) => `service-${i}`))}`,
  ])('decodes back to exactly the text: %s', (text) => {
    const m = qrMatrix(text);
    expect(decode(m)).toBe(text);
  });

  test('has a 4-module quiet zone on every side', () => {
    const m = qrMatrix('https://finnhjelp.no/nb/');
    expect(m.border).toBe(4);
    expect(m.size).toBe(m.symbolSize + 8);
    expect(m.symbolSize).toBe(17 + 4 * m.version);
    for (let i = 0; i < m.size; i++)
      for (const j of [0, 1, 2, 3, m.size - 4, m.size - 3, m.size - 2, m.size - 1]) {
        expect(m.modules[i]![j]).toBe(false);
        expect(m.modules[j]![i]).toBe(false);
      }
  });

  test('uses error correction M by default (a larger symbol than L for the same text)', () => {
    const text = 'https://finnhjelp.no/nb/liste/' + 'a'.repeat(120);
    expect(qrMatrix(text).version).toBeGreaterThan(qrMatrix(text, { ecc: 'L' }).version);
  });

  test('non-ASCII text survives (UTF-8 byte mode)', () => {
    expect(decode(qrMatrix('https://finnhjelp.no/ti/ ትግርኛ'))).toBe('https://finnhjelp.no/ti/ ትግርኛ');
  });
});

describe('qrSvgPath', () => {
  test('draws exactly the dark modules', () => {
    const m = qrMatrix('https://finnhjelp.no/nb/tjeneste/vo-linjen');
    expect(matrixFromPath(qrSvgPath(m), m.size)).toEqual(m.modules);
  });
});
