/**
 * The qrcode package's choice of mask (ISO/IEC 18004 §7.8.3: of the eight, the one whose symbol scores the lowest
 * penalty), scored on flat arrays. The package scores each mask through per-module calls, about half of a code's
 * time, and a build draws one code per page (the QR codes were 7 % of a 5,000-entry build's CPU; a quarter less now).
 * The package's masks and format bits, its scores, its choice: tests/unit/qr.test.ts compares the symbols with the
 * package's own for 600 addresses.
 */
import type { QRCode, QRCodeMaskPattern } from 'qrcode';
import BitMatrix from 'qrcode/lib/core/bit-matrix.js';
import { getEncodedBits } from 'qrcode/lib/core/format-info.js';
import { applyMask } from 'qrcode/lib/core/mask-pattern.js';

const MASK_COUNT = 8;

/** Per symbol size: each mask as the modules it flips (data modules only), and where the 15 format bits go, twice. */
interface Layout {
  flips: Uint8Array[];
  format: [number, number][];
}
const layouts = new Map<number, Layout>();

function layout(size: number, reserved: Uint8Array): Layout {
  let known = layouts.get(size);
  if (known) return known;
  // Each mask applied by the package to an empty symbol with this size's reserved modules.
  const flips = Array.from({ length: MASK_COUNT }, (_, p) => {
    const empty = new BitMatrix(size);
    empty.reservedBit.set(reserved);
    applyMask(p, empty);
    return empty.data;
  });
  // As the package's setupFormatInfo places bit i: down column 8 and along row 8.
  const format = Array.from({ length: 15 }, (_, i): [number, number] => {
    const vertical = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    const horizontal = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    return [vertical * size + 8, 8 * size + horizontal];
  });
  known = { flips, format };
  layouts.set(size, known);
  return known;
}

/** The four penalty scores of §7.8.3.1 (N1 = 3, N2 = 3, N3 = 40, N4 = 10), as the package counts them, in one pass. */
function penalty(m: Uint8Array, size: number): number {
  let points = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    let runRow = 0;
    let runCol = 0;
    let lastRow = -1;
    let lastCol = -1;
    let bitsRow = 0;
    let bitsCol = 0;
    const row = a * size;
    for (let b = 0; b < size; b++) {
      const inRow = m[row + b]!;
      const inCol = m[b * size + a]!;
      dark += inRow;
      if (inRow === lastRow) runRow++;
      else {
        if (runRow >= 5) points += runRow - 2;
        lastRow = inRow;
        runRow = 1;
      }
      if (inCol === lastCol) runCol++;
      else {
        if (runCol >= 5) points += runCol - 2;
        lastCol = inCol;
        runCol = 1;
      }
      // 1:1:3:1:1 finder-like patterns with four light modules on either side.
      bitsRow = ((bitsRow << 1) & 0x7ff) | inRow;
      bitsCol = ((bitsCol << 1) & 0x7ff) | inCol;
      if (b >= 10) points += ((bitsRow === 0x5d0 || bitsRow === 0x05d) ? 40 : 0) + ((bitsCol === 0x5d0 || bitsCol === 0x05d) ? 40 : 0);
      // 2×2 blocks of one colour, this row with the one above.
      if (a > 0 && b > 0) {
        const block = inRow + m[row + b - 1]! + m[row - size + b]! + m[row - size + b - 1]!;
        if (block === 0 || block === 4) points += 3;
      }
    }
    if (runRow >= 5) points += runRow - 2;
    if (runCol >= 5) points += runCol - 2;
  }
  return points + Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * 10;
}

/** `code`, created with mask 0, redrawn with the mask the package would have chosen; returns that mask. */
export function applyBestMask(code: QRCode): QRCodeMaskPattern {
  const { size, data, reservedBit } = code.modules;
  const { flips, format } = layout(size, reservedBit);
  const plain = data.slice();
  const mask0 = flips[0]!;
  for (let i = 0; i < plain.length; i++) plain[i]! ^= mask0[i]!;
  let best = 0;
  let lowest = Infinity;
  let bestModules = data;
  let m = new Uint8Array(plain.length);
  for (let p = 0; p < MASK_COUNT; p++) {
    const flip = flips[p]!;
    for (let i = 0; i < m.length; i++) m[i] = plain[i]! ^ flip[i]!;
    const bits = getEncodedBits(code.errorCorrectionLevel, p);
    for (let i = 0; i < 15; i++) m[format[i]![0]] = m[format[i]![1]] = (bits >> i) & 1;
    const score = penalty(m, size);
    if (score < lowest) {
      [lowest, best, bestModules] = [score, p, m];
      m = new Uint8Array(plain.length);
    }
  }
  code.modules.data = bestModules;
  code.maskPattern = best as QRCodeMaskPattern;
  return best as QRCodeMaskPattern;
}
