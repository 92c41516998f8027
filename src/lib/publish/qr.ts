/**
 * QR codes drawn at build time as SVG (the `qrcode` package): no script, no image request, sharp at any print size.
 * They encode the page's public address, built from SITE_URL like the canonical link.
 */
import QRCode, { type QRCodeMaskPattern } from 'qrcode';
import { render } from 'qrcode/lib/renderer/svg-tag.js';
import { applyBestMask } from './qr-mask.ts';

// The mask chosen for each address this build drew (src/lib/publish/qr-mask.ts). A detail page and its poster carry
// the same address, and the second is drawn without scoring the eight masks again. A few dozen bytes an address.
const masks = new Map<string, QRCodeMaskPattern>();

/** An SVG QR code of `url`, labelled for screen readers. Error correction M survives a crumpled poster. */
export function qrSvg(url: string, label = `二维码：${url}`): string {
  // One byte-mode segment: a URL is bytes anyway (lower-case letters rule out the alphanumeric mode), and the
  // package's search for the shortest mix of modes was half of each code's time (a whole build draws one per page).
  const known = masks.get(url);
  const code = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: known ?? 0 });
  if (known === undefined) masks.set(url, applyBestMask(code));
  const svg = render(code, { margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" focusable="false" `);
}

/** The public address of a path on this site. */
export const publicUrl = (path: string, site: URL | undefined) => new URL(path, site).href;
