import { tileConfig } from './basemap.ts';

/**
 * The public site's Content-Security-Policy: scripts and styles from this origin only (no inline script, no
 * eval — WebAssembly is allowed for the search index), nothing from another host unless an online tile layer is
 * configured. /admin/ has its own, looser policy (src/lib/admin-csp.ts).
 */
/** Origins the site's forms may post to besides itself: the 意见反馈 system, when the settings name one. */
export const formOrigins = (settings: { feedback_url?: string | undefined }): string[] =>
  settings.feedback_url ? [new URL(settings.feedback_url).origin] : [];

export function siteCsp(env: Record<string, string | undefined>, formOrigins: readonly string[] = []): string {
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
    // 意见反馈 may post to the organisation's own message system (feedback_url in the site settings).
    ["form-action 'self' mailto:", ...formOrigins].join(' '),
  ].join('; ');
}
