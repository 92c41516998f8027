/**
 * The header table a build writes (dist/_headers.json) and the server recipes read. No imports: `npm run
 * nginx-conf` loads this and src/lib/deploy/nginx.ts only, not the schemas or the content layer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Header = readonly [name: string, value: string];

/** Where the build leaves its header table. Never served (the nginx recipe refuses /_headers*). */
export const HEADERS_TABLE = '_headers.json';

/**
 * Hashed build assets never change under their name. Pages and the search index are revalidated on every visit (a
 * publish must show at once, and ETag makes the check cheap); other files (open data, pictures) may be reused for 5
 * minutes.
 */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'no-cache',
  short: 'public, max-age=300, must-revalidate',
} as const;

/**
 * One year of HTTPS-only, for this host alone: no includeSubDomains (other hosts of the same government domain
 * may still be plain HTTP) and no preload (a list the office cannot take itself off quickly).
 */
export const HSTS = 'max-age=31536000';

export interface HeaderTable {
  /** The public origin the build was made for; null for a local build (then scripts may come from anywhere on 'self'). */
  origin: string | null;
  /** Every response. */
  all: Header[];
  /** Public pages and their assets. */
  site: Header[];
  /** /admin/: Decap CMS needs a looser policy than the site. */
  admin: Header[];
  cache: typeof CACHE;
}

export class NoBuildError extends Error {}

/** The table a build wrote, or a Chinese refusal naming what is missing. */
export function readHeaderTable(root: string): HeaderTable {
  const file = join(root, HEADERS_TABLE);
  if (!existsSync(join(root, 'index.html')) || !existsSync(file)) {
    throw new NoBuildError(
      `${root} 不是网站的构建目录（缺少 index.html 或 ${HEADERS_TABLE}）。请先构建（SITE_URL=… npm run build），再用 --root 指向 dist/。\n` +
        `${root} holds no build of the site (index.html or ${HEADERS_TABLE} missing): build first, then point --root at dist/.`,
    );
  }
  const table = JSON.parse(readFileSync(file, 'utf8')) as HeaderTable;
  if (!Array.isArray(table.all) || !Array.isArray(table.site) || !Array.isArray(table.admin) || !table.cache) {
    throw new NoBuildError(`${file} 不是本项目构建写出的响应头表，请重新构建。`);
  }
  return table;
}
