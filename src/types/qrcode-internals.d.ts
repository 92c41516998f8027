// Modules of the qrcode package that its own types do not declare. src/lib/publish/qr.ts draws a symbol it created
// itself (the renderer QRCode.toString uses); src/lib/publish/qr-mask.ts chooses its mask with the package's masks
// and format information.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(qrData: QRCode, options?: QRCodeRenderersOptions): string;
}

declare module 'qrcode/lib/core/format-info.js' {
  import type { ErrorCorrectionLevel } from 'qrcode';
  export function getEncodedBits(errorCorrectionLevel: ErrorCorrectionLevel, mask: number): number;
}

declare module 'qrcode/lib/core/mask-pattern.js' {
  import type { BitMatrix } from 'qrcode';
  export function applyMask(pattern: number, data: BitMatrix): void;
}

declare module 'qrcode/lib/core/bit-matrix.js' {
  import type { BitMatrix } from 'qrcode';
  const BitMatrixClass: new (size: number) => BitMatrix;
  export default BitMatrixClass;
}
