/**
 * QR codes made on the device (uqr, MIT): no request leaves the phone, and it works offline.
 * Pure: returns the module matrix and an SVG path, so unit tests can decode it without a browser.
 */
import { encode } from 'uqr';

export interface QrMatrix {
  /** QR version 1–40 (size of the symbol). */
  version: number;
  /** Modules per side, quiet zone included. */
  size: number;
  /** Modules per side of the symbol itself. */
  symbolSize: number;
  /** Quiet-zone width in modules. */
  border: number;
  /** `true` = dark module, row by row. */
  modules: boolean[][];
}

/**
 * Encodes `text`. Error correction M: survives a smudged print or a glare on a screen, and a
 * typical list link still fits a version a phone camera reads across a table.
 * The quiet zone is the 4 modules the standard asks for; scanners fail on tighter borders.
 */
export function qrMatrix(text: string, opts: { ecc?: 'L' | 'M'; border?: number } = {}): QrMatrix {
  const border = opts.border ?? 4;
  const result = encode(text, { ecc: opts.ecc ?? 'M', border });
  return {
    version: result.version,
    size: result.size,
    symbolSize: result.size - 2 * border,
    border,
    modules: result.data,
  };
}

/**
 * One SVG path for all dark modules, one sub-path per horizontal run. One element instead of
 * thousands of <rect>s keeps the DOM small, and it needs no style attribute (strict CSP).
 */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
