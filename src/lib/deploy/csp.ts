import { tileConfig } from '../../map/index.ts';
import { buildOrigin } from './site-url.ts';

/**
 * The public site's Content-Security-Policy: scripts and styles from this origin only (no inline script, no
 * eval — WebAssembly is allowed for the search index), nothing from another host unless an online tile layer is
 * configured. /admin/ has its own, looser policy (src/lib/deploy/admin-csp.ts).
 */
/** Origins the site's forms may post to besides itself: the 意见反馈 system, when the settings name one. */
export const formOrigins = (settings: { feedback_url?: string | undefined }): string[] =>
  settings.feedback_url ? [new URL(settings.feedback_url).origin] : [];

/**
 * Where the site's scripts live. With the public origin known (a production build), only the build's own script
 * folders may run code, so no other file on the origin (open data, a file left in the web root) can be loaded as a
 * script; a local build, served on whatever port, says 'self'.
 */
export const SCRIPT_PATHS = { site: ['/_astro/', '/pagefind/'], admin: ['/_astro/', '/admin/decap/'] } as const;

export const scriptSources = (origin: string | null | undefined, paths: readonly string[]): string =>
  origin ? paths.map((p) => `${origin}${p}`).join(' ') : "'self'";

export function siteCsp(env: Record<string, string | undefined>, formOrigins: readonly string[] = [], origin: string | null = null): string {
  const tiles = tileConfig(env);
  const tileHost = tiles ? ` ${new URL(tiles.url.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    `script-src ${scriptSources(origin, SCRIPT_PATHS.site)} 'wasm-unsafe-eval'`,
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

const perSettings = new WeakMap<object, string>();

/** The policy a page's <meta> carries, worked out once a build: the environment and the settings (read once,
 * src/lib/content/settings.ts) do not change while it runs, and spreading the environment for every page took 1.8 s
 * of the 57 s that rendering 17,500 pages took. */
export function pageCsp(settings: object, make: () => string): string {
  let csp = perSettings.get(settings);
  if (csp === undefined) perSettings.set(settings, (csp = make()));
  return csp;
}

/** The policy of a site page for these settings and this build's environment (Astro's and the process's). */
export const sitePageCsp = (settings: { feedback_url?: string | undefined }, env: Record<string, string | undefined>): string =>
  pageCsp(settings, () => siteCsp(env, formOrigins(settings), buildOrigin(env)));
