/**
 * What crawlers are told: the paths kept out of search engines (the editors' admin; poster and print-only pages
 * when there are any), shared by robots.txt and the sitemap filter, and the sitemap's lastmod, read from what each
 * page itself states as its last update.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Path prefixes (or patterns with * for one segment) never listed or crawled: the admin, and the print-only
 * posters (their entry's page is the one to find). */
export const NOT_INDEXED = ['/admin/', '/projects/*/poster/', '/stories/*/poster/'];

const pattern = (rule: string) => new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}`);

/** Whether a page (a path or a full URL) belongs in the sitemap. */
export function indexable(page: string): boolean {
  const path = page.startsWith('http') ? new URL(page).pathname : page;
  return !NOT_INDEXED.some((rule) => pattern(rule).test(path));
}

export function robotsTxt(site: URL): string {
  return [
    'User-agent: *',
    ...NOT_INDEXED.map((rule) => `Disallow: ${rule}`),
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
    '',
  ].join('\n');
}

/** The date a built page gives as its last update (article:modified_time), for the sitemap. */
export function lastModified(outDir: string, url: string): string | undefined {
  const file = join(outDir, new URL(url).pathname, 'index.html');
  // The meta tag is in <head>, usually within its first 3 kB: reading the beginning of each file (all of it only
  // when <head> does not end there) spares the sitemap of a 90,000-page site reading 1.7 GB.
  let head: string;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    if (!head.includes('</head>')) head = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return /<meta property="article:modified_time" content="(\d{4}-\d{2}-\d{2})"/.exec(head)?.[1];
}
const HEAD_BYTES = 16 * 1024;
