/** Shared helpers of the benchmark scripts: build a content folder, serve it, measure a page in Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/browser.ts';
import { astroBuild } from '../lib/astro.ts';
import { finished } from '../lib/child.ts';
import { astro, buildSite, tsx, type Command } from '../lib/node.ts';

export interface BuildResult {
  seconds: number;
  pages: number;
  indexedPages: number;
  indexSeconds: number;
  /** Of which Pagefind spent writing the index files. */
  writeSeconds: number;
  /** Pagefind bundles the index came in (src/search/integration/pagefind.ts). */
  parts: number;
  /** When the index was patched rather than written whole (src/search/integration/search-patch.ts): how long its copy,
   * patch and rebalancing took; '' when it was written whole. */
  patched: string;
  /** Peak resident memory of the build, from /usr/bin/time when present. */
  peakRssMb: number | null;
  output: string;
}

/** Resident memory of a process and all its descendants, in kB, from /proc (Linux). */
export function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* the process ended while being read */
    }
  }
  let total = 0;
  for (const stack = [root]; stack.length; ) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The Pagefind integration's line: pages indexed of pages built, index and write seconds, parts — or the patch's. */
function indexFigures(output: string) {
  const patched = /patched the search index of (\d+) pages in ([\d.]+) s \(copy ([\d.]+) s, patch ([\d.]+) s, base rebalanced ([\d.]+) s\): (\d+) new or changed/.exec(output);
  const built = /\[build\] (\d+) page\(s\) built/.exec(output);
  if (patched) {
    const phases = `copy ${patched[3]}, patch ${patched[4]}, rebalance ${patched[5]}`;
    return { pages: Number(built?.[1] ?? 0), indexedPages: Number(patched[6]), indexSeconds: Number(patched[2]), writeSeconds: 0, parts: 0, patched: phases };
  }
  const indexed = /indexed (\d+) of (\d+) HTML pages in ([\d.]+) s \(reading and indexing [\d.]+ s, writing ([\d.]+) s[^;]*; (\d+) part/.exec(output);
  return {
    patched: '',
    pages: Number(indexed?.[2] ?? 0),
    indexedPages: Number(indexed?.[1] ?? 0),
    indexSeconds: Number(indexed?.[3] ?? 0),
    writeSeconds: Number(indexed?.[4] ?? 0),
    parts: Number(indexed?.[5] ?? 0),
  };
}

/**
 * `npm run build` run asynchronously, the whole process tree's resident memory sampled every 250 ms: Pagefind's
 * indexing service is a process of its own, which /usr/bin/time (the largest single process) does not add in.
 */
export async function buildTree(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  [command, args]: Command = buildSite(),
): Promise<BuildResult & { peakTreeRssMb: number }> {
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, LOCAL_BUILD: '1', CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  const done = finished(child);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, child.pid ? treeRssKb(child.pid) : 0)), 250);
  const { status, output } = await done;
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build of ${contentDir} failed:\n${output.slice(-4000)}`);
  return { ...indexFigures(output), seconds, peakRssMb: null, peakTreeRssMb: Math.round(peak / 1024), output };
}

/** Runs `astro build` on a content folder into outDir; throws with the output if the build fails. */
export function build(contentDir: string, outDir: string): BuildResult {
  const started = performance.now();
  const timeBin = '/usr/bin/time';
  const hasTime = spawnSync('test', ['-x', timeBin]).status === 0;
  const { status, output } = astroBuild({ content: contentDir, out: outDir, wrapper: hasTime ? [timeBin, '-v'] : [] });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build of ${contentDir} failed:\n${output.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { ...indexFigures(output), seconds, peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, output };
}

/** Total bytes and file count below a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = folderSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Serves outDir with `astro preview` on a port for the duration of `fn`. */
/** Serves a build for `fn`: Astro's preview server, or with `nginx` the real nginx with the generated recipe (gzip and
 * all), which is what an office's visitors get. */
export async function served<T>(outDir: string, port: number, fn: (base: string) => Promise<T>, options: { nginx?: boolean } = {}): Promise<T> {
  const [command, args] = options.nginx
    ? tsx('scripts/serve-nginx.ts', '--root', outDir, '--port', String(port))
    : astro('preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port));
  const server = spawn(command, args, {
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return await fn(base);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

export async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** Bytes of every response body while `action` runs, in all and for URLs matching `part`. */
export async function bytesDuring(page: Page, part: RegExp, action: () => Promise<void>) {
  const sizes: Promise<{ url: string; size: number; wire: number }>[] = [];
  // `size` is the body as the page reads it; `wire` what crossed the network (compressed where the server compressed).
  const onResponse = (r: import('@playwright/test').Response) =>
    sizes.push(
      Promise.all([r.body(), r.finished().then(() => r.request().sizes())]).then(
        ([b, s]) => ({ url: r.url(), size: b.length, wire: s.responseBodySize }),
        () => ({ url: r.url(), size: 0, wire: 0 }),
      ),
    );
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  // What a first search loads, by kind of file: Pagefind's WebAssembly, its scripts, the entry file, the filter
  // and word indexes, the fragments of the results shown, and everything else (the page, its CSS).
  const kind = (url: string) => {
    const path = new URL(url).pathname;
    if (!path.startsWith('/pagefind/')) return 'page';
    if (/\.wasm|wasm\./.test(path)) return 'wasm';
    if (path.endsWith('.js')) return 'js';
    if (path.includes('/filter/')) return 'filter';
    if (path.includes('/index/')) return 'index';
    if (path.includes('/fragment/')) return 'fragment';
    return 'meta';
  };
  const byKind: Record<string, number> = {};
  const wireByKind: Record<string, number> = {};
  for (const x of all) {
    byKind[kind(x.url)] = (byKind[kind(x.url)] ?? 0) + x.size;
    wireByKind[kind(x.url)] = (wireByKind[kind(x.url)] ?? 0) + x.wire;
  }
  return {
    total: all.reduce((s, x) => s + x.size, 0),
    wire: all.reduce((s, x) => s + x.wire, 0),
    wireByKind,
    matching: all.filter((x) => part.test(x.url)).reduce((s, x) => s + x.size, 0),
    requests: all.length,
    byKind,
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function table(rows: Record<string, string | number>[]) {
  // Every column any row has; a row without a value leaves its cell empty.
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r: Record<string, string | number>, c: string) => String(r[c] ?? '');
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ');
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => cell(r, c))));
}
