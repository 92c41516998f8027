/**
 * Internal link check over the built site (part of npm test): every href/src on every page that points into the
 * site must reach a file in dist/, and every #anchor an element with that id. External links are not fetched
 * (the machine has no network); mailto: and tel: are skipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './lib/dist.ts';

const DIST = process.argv[2] ?? 'dist';

const idsCache = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idsCache.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, found);
  }
  return found;
}

/** The file a site URL serves, or undefined. */
function target(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const broken: string[] = [];
let checked = 0;
const files = htmlFiles(DIST);
for (const file of files) {
  const page = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|tel:|data:|blob:)/.test(raw)) continue;
    checked += 1;
    const url = new URL(raw, `http://site${page}`);
    const dest = target(url.pathname);
    if (!dest) broken.push(`${page} → ${raw}（页面不存在）`);
    else if (url.hash && !ids(dest).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${raw}（锚点不存在）`);
  }
}
console.log(`checked ${checked} internal links and anchors in ${files.length} pages`);
if (broken.length) {
  console.error(`broken (${broken.length}):\n  ${[...new Set(broken)].slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log('no broken internal links');
