import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from '../../src/lib/publish/qr.ts';

/** What the qrcode package draws for `url` on its own, choosing the mask itself. */
async function packageSvg(url: string): Promise<string> {
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="二维码：${url}" focusable="false" `);
}

const bestMask = (url: string) => QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' }).maskPattern;

describe('QR codes', () => {
  it('draw the symbol the package chooses, and the same again for the poster of the same page', async () => {
    const page = 'https://chuangye.example.gov.cn/stories/qr-first/';
    const other = 'https://chuangye.example.gov.cn/projects/qr-second/';
    expect(bestMask(page)).not.toBe(bestMask(other));
    const first = qrSvg(page);
    expect(first).toBe(await packageSvg(page));
    // A second address drawn in between must get its own best mask, not the one remembered for the first.
    expect(qrSvg(other)).toBe(await packageSvg(other));
    expect(qrSvg(page)).toBe(first);
  });

  it('escape the label', () => {
    expect(qrSvg('https://chuangye.example.gov.cn/', '"><img src=x onerror=alert(1)>')).toContain('aria-label="&quot;>&lt;img src=x onerror=alert(1)>"');
  });
});
