/**
 * The HTTP headers the site is served with, decided once, at build time. The build writes them as a table
 * (`dist/_headers.json`) and as `dist/_headers` (hosts that read such a file); `npm run nginx-conf -- --root dist`
 * reads the table, so a server config can never drift from the CSPs the pages carry in their <meta>, whatever the
 * environment the config is generated in. docs/operators/deploy.md lists them for CDNs that take header rules in a console.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminCsp } from './admin-csp.ts';
import { formOrigins, siteCsp } from './csp.ts';
import { contentDir, SETTINGS_FILE } from '../content/content-dir.ts';
import { parseYamlFile } from '../content/preflight.ts';
import { buildOrigin } from './site-url.ts';
import { headerUrlProblem } from '../../schemas/header-safe.ts';
import { CACHE, HEADERS_TABLE, HSTS, type Header, type HeaderTable } from './header-table.ts';

type Env = Record<string, string | undefined>;

/**
 * The form origins from the settings file itself: headers are written outside Astro's content layer (the build
 * integration). A file that cannot be read adds none; the build reports it anyway.
 */
function settingsFormOrigins(): string[] {
  try {
    const { data } = parseYamlFile(readFileSync(join(contentDir(), SETTINGS_FILE)));
    const url = data?.feedback_url;
    return typeof url === 'string' && !headerUrlProblem(url) ? formOrigins({ feedback_url: url }) : [];
  } catch {
    return [];
  }
}

export function headerTable(env: Env, forms: readonly string[] = settingsFormOrigins()): HeaderTable {
  const origin = buildOrigin(env);
  return {
    origin,
    all: [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
      // For browsers (and 兼容模式 shells) that ignore frame-ancestors: no page of the site is ever framed.
      ['X-Frame-Options', 'DENY'],
      ...(origin?.startsWith('https:') ? [['Strict-Transport-Security', HSTS] as const] : []),
    ],
    // frame-ancestors only works as a header, so it is added here rather than in the pages' <meta>.
    site: [['Content-Security-Policy', `${siteCsp(env, forms, origin)}; frame-ancestors 'none'`]],
    admin: [['Content-Security-Policy', `${adminCsp(false, env, origin)}; frame-ancestors 'none'`]],
    cache: CACHE,
  };
}

const lines = (headers: readonly Header[]) => headers.map(([name, value]) => `  ${name}: ${value}`);

/**
 * `_headers` (Netlify/Cloudflare Pages style). Such hosts combine every rule that matches a URL, so the site's CSP
 * is listed per public path and never reaches /admin/, and Cache-Control is set once per path: immutable for
 * /_astro/, revalidate for everything else (these hosts cannot tell a page from a file by its type).
 */
export function headersFile(table: HeaderTable, publicPaths: string[]): string {
  const cached = (path: string) => (path === '/_astro/*' ? table.cache.immutable : table.cache.html);
  return [
    '/*',
    ...lines(table.all),
    ...publicPaths.flatMap((path) => [path, ...lines([...table.site, ['Cache-Control', cached(path)]])]),
    '/admin/*',
    ...lines([...table.admin, ['Cache-Control', table.cache.html]]),
    '',
  ].join('\n');
}

/** Writes both forms into a finished build. */
export function writeHeaders(root: string, table: HeaderTable, publicPaths: string[]): void {
  writeFileSync(join(root, HEADERS_TABLE), `${JSON.stringify(table, null, 2)}\n`);
  writeFileSync(join(root, '_headers'), headersFile(table, publicPaths));
}
