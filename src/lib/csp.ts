import { tileConfig } from './map-data.ts';

/**
 * The public site's Content-Security-Policy: scripts and styles from this origin only (no inline script, no
 * eval — WebAssembly is allowed for the search index), nothing from another host unless an online tile layer is
 * configured. /admin/ has its own, looser policy (src/lib/admin-csp.ts).
 */
export function siteCsp(env: Record<string, string | undefined>): string {
  const tiles = tileConfig(env);
  const tileHost = tiles ? ` ${new URL(tiles.url.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tileHost}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' mailto:",
  ].join('; ');
}

/**
 * Headers a host should send (Netlify/Cloudflare-style `_headers`; `frame-ancestors` only works as a header).
 * Such hosts combine every rule that matches a URL, so the site's CSP is listed per public path and never
 * reaches /admin/, whose editor needs a looser policy.
 */
export function headersFile(env: Record<string, string | undefined>, publicPaths: string[]): string {
  const csp = `  Content-Security-Policy: ${siteCsp(env)}; frame-ancestors 'self'`;
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    ...publicPaths.flatMap((path) => [path, csp]),
    '/admin/*',
    "  Content-Security-Policy: frame-ancestors 'self'",
    '',
  ].join('\n');
}
