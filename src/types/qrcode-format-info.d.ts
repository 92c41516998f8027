// The qrcode package's format information (error correction level and mask, BCH-coded): src/lib/publish/qr-mask.ts
// writes it for each mask it scores, as the package does.
declare module 'qrcode/lib/core/format-info.js' {
  import type { ErrorCorrectionLevel } from 'qrcode';
  export function getEncodedBits(errorCorrectionLevel: ErrorCorrectionLevel, mask: number): number;
}
