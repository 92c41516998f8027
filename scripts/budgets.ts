/**
 * npm run budgets (part of npm test): what each page type in dist/ costs a first visit, gzip, against its budget.
 * Counts the HTML, the stylesheets it links, the scripts it loads with everything they import, and — for the
 * islands — what the island fetches on its own (lazy chunks, the basemap and points, the search index to a first
 * page of results). Prints a table; exits 1 if any page is over budget.
 *
 * `--code` (what npm run publish checks): only what the build's code decides — each page type's CSS and JavaScript
 * and which scripts a page loads. A page's HTML and the data an island loads (the search index, the map's points)
 * grow with what editors publish: a long policy or a 10,000-entry site is not a broken build, and must not keep a
 * release from going live. npm test holds its builds to every budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, isListPage } from './lib/dist.ts';

const codeOnly = process.argv.includes('--code');
const DIST = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const GATED = codeOnly ? (['css', 'js'] as const) : (['html', 'css', 'js', 'total'] as const);
const KB = 1024;

interface Budget {
  html?: number;
  css?: number;
  js?: number;
  total?: number;
}
/**
 * Budgets per page type, gzip bytes. Content and list pages load exactly one script, the shared 长者模式/打印
 * switch (src/islands/site.js, render-blocking, cached): ≤ 1 kB, and nothing else.
 */
const SHARED_SCRIPT = /^\/_astro\/site\.[\w-]+\.js$/;
const BUDGETS: Record<string, Budget> = {
  content: { html: 12 * KB, css: 10 * KB, js: 1 * KB },
  // A4 posters are printed, not browsed: no script at all.
  poster: { html: 8 * KB, css: 10 * KB, js: 0 },
  list: { html: 12 * KB, css: 10 * KB, js: 1 * KB },
  map: { total: 120 * KB },
  search: { total: 150 * KB },
  form: { total: 80 * KB },
};

// Every page links the same few stylesheets and scripts: each is compressed once (at 10,000 entries, recompressing
// them for every page was most of the check's time).
const gzipped = new Map<string, number>();
const gz = (path: string) => gzipped.get(path) ?? gzipped.set(path, gzipSync(readFileSync(path)).length).get(path)!;
const file = (url: string) => join(DIST, decodeURIComponent(url.split('?')[0]!));

/** A JS file and everything it imports, statically or (when `lazy`) dynamically. */
function jsClosure(url: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(url) || !existsSync(file(url))) return seen;
  seen.add(url);
  const code = readFileSync(file(url), 'utf8');
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  // Rolldown (Vite 8) quotes specifiers with backticks, Rollup with quotes: accept all three.
  const imports = [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  const dynamic = lazy ? [...code.matchAll(/import\(["'`](\.{1,2}\/[^"'`]+\.js)["'`]\)/g)].map((m) => m[1]!) : [];
  for (const rel of [...imports, ...dynamic]) jsClosure(new URL(rel, `http://x${base}`).pathname, lazy, seen);
  // CSS that a lazy chunk injects itself (imported with ?url).
  if (lazy) for (const m of code.matchAll(/["'`](\/_astro\/[^"'`]+\.css)["'`]/g)) seen.add(m[1]!);
  return seen;
}

function kind(page: string, html: string): string {
  if (html.includes('class="poster-body"')) return 'poster';
  if (html.includes('<portal-map')) return 'map';
  if (html.includes('<portal-search')) return 'search';
  if (html.includes('<start-finder') || html.includes('<project-call') || html.includes('<feedback-form')) return 'form';
  return isListPage(page) ? 'list' : 'content';
}

/** The search index a first query costs: entry, WASM, the filter chunks, one index chunk and ten fragments. */
function searchIndexBytes(): number {
  const dir = join(DIST, 'pagefind');
  const sizes = (sub: string) => readdirSync(join(dir, sub)).map((f) => statSync(join(dir, sub, f)).size);
  // The language's own WASM if Pagefind has one, else the generic build (Chinese uses the generic one).
  const all = readdirSync(dir).filter((f) => f.startsWith('wasm.'));
  const wasm = all.filter((f) => !f.includes('unknown')).length ? all.filter((f) => !f.includes('unknown')) : all;
  const index = sizes('index');
  const fragments = sizes('fragment').sort((a, b) => b - a).slice(0, 10);
  return (
    gz(join(dir, 'pagefind.js')) +
    statSync(join(dir, 'pagefind-entry.json')).size +
    wasm.reduce((s, f) => s + statSync(join(dir, f)).size, 0) +
    sizes('filter').reduce((a, b) => a + b, 0) +
    Math.max(...index) +
    fragments.reduce((a, b) => a + b, 0)
  );
}

const rows: Record<string, { pages: number; html: number; css: number; js: number; total: number; worst: string }> = {};
const failures: string[] = [];
for (const page of htmlFiles(DIST, ['admin', 'pagefind'])) {
  const html = readFileSync(page, 'utf8');
  const type = kind(relative(DIST, page), html);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((s, m) => s + gz(file(m[1]!)), 0);
  const scripts = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
  const lazy = type !== 'content' && type !== 'list' && type !== 'poster';
  if (type !== 'poster' && !scripts.some((u) => SHARED_SCRIPT.test(u))) failures.push(`${relative(DIST, page)}: the shared script (长者模式) is missing`);
  if ((type === 'content' || type === 'list') && scripts.length !== 1) failures.push(`${relative(DIST, page)} (${type}): loads ${scripts.join(', ')}; content and list pages load only the shared script`);
  const closure = new Set(scripts.flatMap((s) => [...jsClosure(s, lazy)]));
  const js = [...closure].filter((u) => u.endsWith('.js')).reduce((s, u) => s + gz(file(u)), 0);
  const lazyCss = [...closure].filter((u) => u.endsWith('.css')).reduce((s, u) => s + gz(file(u)), 0);
  // The map script loads Leaflet lazily; if no chunk beyond the page's own scripts was found, the import parser
  // no longer matches the bundler's output and the page would be under-counted.
  if (type === 'map' && closure.size <= scripts.length) {
    throw new Error(`${relative(DIST, page)}: no lazily loaded chunk found; update jsClosure for the bundler's import syntax`);
  }
  let data = 0;
  if (type === 'map') {
    data += gz(join(DIST, 'geo/china.json'));
    for (const m of html.matchAll(/data-points="([^"]+)"/g)) data += gz(file(m[1]!));
  }
  if (type === 'search') data += searchIndexBytes();
  const htmlBytes = gzipSync(html).length;
  const total = htmlBytes + css + js + lazyCss + data;
  const b = BUDGETS[type]!;
  const name = `/${relative(DIST, page).replace(/index\.html$/, '')}`;
  const measured = { html: htmlBytes, css, js, total };
  for (const what of GATED) {
    const [limit, value] = [b[what], measured[what]];
    if (limit !== undefined && value > limit) failures.push(`${name} (${type}): ${what} ${(value / KB).toFixed(1)} kB > ${(limit / KB).toFixed(1)} kB`);
  }
  const row = (rows[type] ??= { pages: 0, html: 0, css: 0, js: 0, total: 0, worst: '' });
  row.pages += 1;
  if (total > row.total) Object.assign(row, { html: htmlBytes, css: css + lazyCss, js, total, worst: name });
}

const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
console.log('page type  pages  largest page (gzip): html / css / js / all — budget');
for (const [type, r] of Object.entries(rows)) {
  const b = BUDGETS[type]!;
  const budget = Object.entries(b as Record<string, number>).map(([k, v]) => `${k} ≤ ${kb(v)}`).join(', ');
  console.log(`${type.padEnd(9)}  ${String(r.pages).padStart(5)}  ${r.worst}: ${kb(r.html)} / ${kb(r.css)} / ${kb(r.js)} / ${kb(r.total)} — ${budget}`);
}
if (failures.length) {
  console.error(`\nOver budget (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(codeOnly ? 'every page type’s CSS and JavaScript within budget' : 'all pages within budget');
