/**
 * Internal links of a build that do not resolve: every href/src on every page that points into the site must
 * reach a file, and every #anchor an element with that id. External links are not fetched (a build machine may
 * have no network); mailto:, tel:, data: and blob: are skipped, and so are the beacons, which the server answers
 * (src/lib/core/beacons.ts). Used by the link check of npm test and by the
 * inspection report of every production build (src/lib/inspect/report.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './html-files.ts';
import { BEACON } from '../core/beacons.ts';

export interface BrokenLink {
  /** The page that links, e.g. /policies/x/. */
  page: string;
  href: string;
  reason: '页面不存在' | '锚点不存在';
}

export function checkLinks(dist: string): { pages: number; checked: number; broken: BrokenLink[] } {
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = idsCache.get(file);
    if (!found) idsCache.set(file, (found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
    return found;
  };
  const target = (pathname: string): string | undefined => {
    const path = join(dist, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
    return existsSync(path) && statSync(path).isFile() ? path : undefined;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  const files = htmlFiles(dist);
  for (const file of files) {
    const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(raw) || raw.startsWith(BEACON.prefix)) continue;
      checked += 1;
      const url = new URL(raw, `http://site${page}`);
      const dest = target(url.pathname);
      if (!dest) broken.push({ page, href: raw, reason: '页面不存在' });
      // What follows `#/` is a route of the page's own script (the CMS's /admin/#/collections/…), not an element.
      else if (url.hash && !url.hash.startsWith('#/') && !ids(dest).has(decodeURIComponent(url.hash.slice(1)))) broken.push({ page, href: raw, reason: '锚点不存在' });
    }
  }
  return { pages: files.length, checked, broken };
}
