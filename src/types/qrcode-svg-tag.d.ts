// The qrcode package's SVG renderer, the one QRCode.toString uses: src/lib/publish/qr.ts draws a symbol it created
// itself, to learn which mask the package chose.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(qrData: QRCode, options?: QRCodeRenderersOptions): string;
}
