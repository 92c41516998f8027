/**
 * The HTTP headers the site should be served with, declared once. `dist/_headers` (hosts that read such a file)
 * and the Nginx recipe (`npm run nginx-conf`) are both formatted from these rules, and the README lists them for
 * CDNs that take header rules in their console.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminCsp } from './admin-csp.ts';
import { formOrigins, siteCsp } from './csp.ts';
import { contentDir, SETTINGS_FILE } from './paths.ts';
import { parseYamlFile } from './preflight.ts';

export type Header = readonly [name: string, value: string];
type Env = Record<string, string | undefined>;

/** Hashed build assets never change under their name; pages and the search index do, on every publish. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  short: 'public, max-age=300, must-revalidate',
} as const;

export interface HeaderRules {
  /** Every response. */
  all: Header[];
  /** Public pages and their assets. */
  site: Header[];
  /** /admin/: Decap CMS needs a looser policy than the site. */
  admin: Header[];
}

/**
 * The form origins from the settings file itself: headers are written outside Astro's content layer (the build
 * integration, npm run nginx-conf). A file that cannot be read adds none; the build reports it anyway.
 */
function settingsFormOrigins(): string[] {
  try {
    const { data } = parseYamlFile(readFileSync(join(contentDir(), SETTINGS_FILE)));
    const url = data?.feedback_url;
    return typeof url === 'string' && /^https:\/\//.test(url) ? formOrigins({ feedback_url: url }) : [];
  } catch {
    return [];
  }
}

export function headerRules(env: Env, formOrigins: readonly string[] = settingsFormOrigins()): HeaderRules {
  return {
    all: [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ],
    // frame-ancestors only works as a header, so it is added here rather than in the pages' <meta>.
    site: [['Content-Security-Policy', `${siteCsp(env, formOrigins)}; frame-ancestors 'self'`]],
    admin: [['Content-Security-Policy', `${adminCsp(false, env)}; frame-ancestors 'self'`]],
  };
}

const lines = (headers: readonly Header[]) => headers.map(([name, value]) => `  ${name}: ${value}`);

/**
 * `_headers` (Netlify/Cloudflare Pages style). Such hosts combine every rule that matches a URL, so the site's CSP
 * is listed per public path and never reaches /admin/.
 */
export function headersFile(env: Env, publicPaths: string[]): string {
  const rules = headerRules(env);
  return [
    '/*',
    ...lines(rules.all),
    ...publicPaths.flatMap((path) => [path, ...lines(rules.site)]),
    '/_astro/*',
    ...lines([['Cache-Control', CACHE.immutable]]),
    '/admin/*',
    ...lines(rules.admin),
    '',
  ].join('\n');
}
