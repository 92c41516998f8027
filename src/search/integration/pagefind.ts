import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../../lib/inspect/html-files.ts';
import { SHARDS_FILE, shardBase, type SearchParts } from '../shards.ts';
import { mergeBundles } from './pagefind-compact.ts';
import { describeCaps } from './pagefind-slim.ts';
import { type IndexedPage, SearchIndexError } from './pagefind-bundle.ts';
import { baseDir, patchPlan, readBase, saveBase, writePatch } from './search-patch.ts';

export { SearchIndexError, type IndexedPage } from './pagefind-bundle.ts';

/**
 * Pagefind 1.6 builds a whole index in memory before writing it: about 260 kB a page at its peak as its allocator
 * (jemalloc) keeps freed memory by default, 200 kB when told to return it at once — which costs time: 32 s against
 * 40 s for 10,100 pages (measured on the benchmark corpus). A site whose index fits in memory as it comes is indexed
 * as one bundle at full speed. A larger one (9–10 GB for 50,000 pages) is indexed in parts, each small enough that
 * the calling process's own memory (scripts/build.ts's, or Astro's when indexed in its last hook) and Pagefind's
 * services stay within BUILD_MEMORY_MB together, and the parts are merged into one bundle
 * (src/search/integration/pagefind-compact.ts).
 */
export const PAGEFIND_KB_PER_PAGE = 200;
export const PAGEFIND_KB_PER_PAGE_KEPT = 260;
export const BUILD_MEMORY_MB = 5_000;
/** Below this, parts would only add requests: a build short of memory is better told by its own figures. */
export const MIN_PART_PAGES = 2_000;

/** The most pages one part may hold, given the build process's own resident memory. */
export function partPagesFor(buildRssMb: number): number {
  return Math.max(MIN_PART_PAGES, Math.floor(((BUILD_MEMORY_MB - buildRssMb) * 1024) / PAGEFIND_KB_PER_PAGE));
}

/** Whether parts of `partPages` fit beside the build with Pagefind's allocator left to keep freed memory. */
export function fitsAsItComes(partPages: number, buildRssMb: number): boolean {
  return buildRssMb + (partPages * PAGEFIND_KB_PER_PAGE_KEPT) / 1024 <= BUILD_MEMORY_MB;
}

/**
 * Pagefind's time per page grows with what one service holds, and by about 70 % when its allocator returns memory at
 * once. Measured on the 50,000-entry corpus (50,103 pages, two services at a time): parts of PART_PAGES 145 s,
 * parts of 6,200 with memory returned 295 s; on 10,000 one part takes as long as four.
 */
export const PART_PAGES = 3_000;

/** How a site of `pages` is indexed: the part size (SEARCH_PART_PAGES when set), and whether memory is tight
 * enough for Pagefind to return freed memory at once. A site that fits in memory as it comes is one part; a larger one
 * is indexed in parts of PART_PAGES, `concurrency` at once, as they come when they fit beside the build, else smaller
 * and with memory returned. */
export function indexPlan(pages: number, buildRssMb: number, chosen?: number, concurrency = 1): { partPages: number; returnMemory: boolean } {
  if (chosen) return { partPages: chosen, returnMemory: !fitsAsItComes(Math.min(chosen, pages) * concurrency, buildRssMb) };
  if (fitsAsItComes(pages, buildRssMb)) return { partPages: Math.max(1, pages), returnMemory: false };
  if (fitsAsItComes(PART_PAGES * concurrency, buildRssMb)) return { partPages: PART_PAGES, returnMemory: false };
  return { partPages: Math.max(MIN_PART_PAGES, Math.min(PART_PAGES, Math.floor(partPagesFor(buildRssMb) / concurrency))), returnMemory: true };
}

/**
 * How many parts are indexed at once: Pagefind's service keeps about one core busy, so two at a time on two cores
 * (measured on the 50,000-entry corpus: two equal parts, 6,000 pages in all, in 15.4 s at once against 25.8 s one
 * after the other). SEARCH_CONCURRENCY sets it.
 */
export function indexConcurrency(): number {
  return Math.max(1, Number(process.env.SEARCH_CONCURRENCY) || Math.min(2, availableParallelism()));
}

/** Writes parts `concurrency` at a time (one part, or one at a time, alike), each in a worker thread with its own
 * Pagefind service, and merges them into /pagefind/ (src/search/integration/pagefind-compact.ts); returns the milliseconds
 * the parts took and spent writing, each summed over the parts, and the merging took. */
async function writeParts(parts: IndexedPage[][], outDir: string, concurrency: number, wordBytes?: number): Promise<{ took: number; writing: number; merging: number; caps: number[] }> {
  const staging = join(outDir, '.pagefind-parts');
  rmSync(staging, { recursive: true, force: true });
  const outputPath = (i: number) => join(staging, String(i));
  let next = 0;
  const sum = { took: 0, writing: 0 };
  const worker = async () => {
    while (next < parts.length) {
      const i = next++;
      const started = performance.now();
      sum.writing += await new Promise<number>((done, failed) => {
        const thread = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { pages: parts[i], outputPath: outputPath(i) } });
        thread.once('message', done);
        thread.once('error', failed);
        thread.once('exit', (code) => failed(new SearchIndexError('worker', [`第 ${i + 1} 部分的索引线程意外退出（${code}）`])));
      });
      sum.took += performance.now() - started;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, parts.length) }, worker));
  const merging = performance.now();
  const caps = mergeBundles([...parts.keys()].map(outputPath), join(outDir, shardBase(0)), wordBytes);
  rmSync(staging, { recursive: true, force: true });
  return { ...sum, merging: performance.now() - merging, caps };
}

// Pagefind's own files, the bundles' assets and the CMS hold no page to index.
const SKIPPED = ['pagefind', '_astro', 'admin'];

/** The built pages that ask to be indexed (data-pagefind-body), with their URLs as Pagefind would give them. */
export function indexablePages(outDir: string): { pages: IndexedPage[]; htmlFiles: number } {
  const pages: IndexedPage[] = [];
  let count = 0;
  for (const file of htmlFiles(outDir, SKIPPED)) {
    count++;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const path = relative(outDir, file).split(sep).join('/');
    pages.push({
      file,
      url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`,
      date: /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1] ?? '',
      hash: createHash('sha1').update(html).digest('hex'),
    });
  }
  return { pages, htmlFiles: count };
}

/**
 * The pages dealt into parts of at most `size`, by date: of every K pages in a row by date, the newest goes to the
 * first part, the next to the second, and so on, so that a page's date rank over the site follows from its rank in
 * its part when the parts are merged (src/search/integration/pagefind-compact.ts).
 */
export function shardsOf(pages: IndexedPage[], size: number): IndexedPage[][] {
  const sorted = [...pages].sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
  const count = Math.max(1, Math.ceil(sorted.length / size));
  return Array.from({ length: count }, (_, k) => sorted.filter((_, g) => g % count === count - 1 - k));
}

export interface IndexOptions {
  /** The most pages in one part; by default as many as memory allows (SEARCH_PART_PAGES to choose). */
  partPages?: number | undefined;
  /** Where the last full index is kept, so that a small change is patched (src/search/integration/search-patch.ts);
   * without it, or with SEARCH_FULL=1, the whole index is written. */
  cacheDir?: string | undefined;
  /** A word's entries on the wire (gzip bytes) beyond which its places are capped
   * (src/search/integration/pagefind-slim.ts); SEARCH_WORD_WIRE_BYTES to choose. */
  wordBytes?: number | undefined;
}

/** Indexes a built site into `pagefind/` and returns the line the build logs. */
export async function writeSearchIndex(
  outDir: string,
  { partPages: chosen = Number(process.env.SEARCH_PART_PAGES) || undefined, cacheDir, wordBytes = Number(process.env.SEARCH_WORD_WIRE_BYTES) || undefined }: IndexOptions = {},
): Promise<string> {
  const started = performance.now();
  const { pages, htmlFiles: built } = indexablePages(outDir);
  const cache = cacheDir && baseDir(cacheDir, outDir);
  const base = cache && !process.env.SEARCH_FULL ? readBase(cache) : undefined;
  const plan = base && patchPlan(base, pages);
  if (cache && base && plan) return writePatch(cache, base, outDir, plan);

  const concurrency = indexConcurrency();
  const { partPages, returnMemory } = indexPlan(pages.length, process.memoryUsage().rss / 2 ** 20, chosen, concurrency);
  // Pagefind's Linux binary allocates with jemalloc, which by default keeps freed pages for seconds; returned at
  // once, the service's peak falls by a fifth. Its services inherit this process's environment.
  if (returnMemory) process.env._RJEM_MALLOC_CONF ??= 'dirty_decay_ms:0,muzzy_decay_ms:0';
  const shards = shardsOf(pages, partPages);
  // An index written before (npm run search-index on a built folder) must not leave parts behind.
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  const indexing = performance.now();
  const parallel = shards.length > 1 && concurrency > 1;
  const { took, writing, merging, caps } = await writeParts(shards, outDir, parallel ? concurrency : 1, wordBytes);
  const wall = performance.now() - indexing - merging;
  const parts: SearchParts = { parts: [`/${shardBase(0)}/`] };
  writeFileSync(join(outDir, SHARDS_FILE), JSON.stringify(parts));
  if (cache) saveBase(cache, outDir, [shards.flat()]);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const total = performance.now() - started;
  // With parts indexed at once, their times add up to more than the time they took together.
  return `indexed ${pages.length} of ${built} HTML pages in ${s(total)} s (reading and indexing ${s(total - wall + took - writing)} s, writing ${s(writing)} s${parallel ? `, summed over ${concurrency} parts at a time` : ''}; ${shards.length} part(s) of at most ${partPages} pages${shards.length > 1 ? `, merged into one in ${s(merging)} s` : ''}${returnMemory ? ', memory returned at once' : ''}; ${describeCaps(caps)}${cache ? '; kept as the base of later patches' : ''})`;
}

/**
 * Set by scripts/build.ts (npm run build, npm start, publish, the tests' and benchmarks' builds): the file in which
 * the build's last hook names the folders to index, and the index is written by that script once Astro has exited —
 * beside Astro's process, which keeps every page's data to its end, Pagefind had to index a large site in small
 * parts with memory returned at once.
 */
export const INDEX_AFTER = 'PORTAL_INDEX_AFTER';

interface Deferred {
  outDir: string;
  cacheDir: string | undefined;
}

/** Writes the index a build left for after it (INDEX_AFTER) and returns the line to log. */
export async function writeDeferredIndex(file: string): Promise<string> {
  if (!existsSync(file)) throw new SearchIndexError('build', [`构建没有留下待索引的目录（${file}）：astro.config.mjs 是否缺少 pagefindIndex()？`]);
  const { outDir, cacheDir } = JSON.parse(readFileSync(file, 'utf8')) as Deferred;
  return writeSearchIndex(outDir, { cacheDir });
}

/**
 * Indexes the built site after every production build (Pagefind's Node API, as Starlight does), so `npm start`
 * and `npm test` always serve a current index — in the last hook, or once Astro has exited when scripts/build.ts asks.
 * Only pages with `data-pagefind-body` are indexed. The last full index is kept in Astro's cache dir, beside the pages
 * Astro keeps for its incremental builds.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const after = process.env[INDEX_AFTER];
        if (!after) return logger.info(await writeSearchIndex(outDir, { cacheDir }));
        // The header table, which a later hook writes, covers the site's top-level folders: the index's is one.
        mkdirSync(join(outDir, 'pagefind'), { recursive: true });
        writeFileSync(after, JSON.stringify({ outDir, cacheDir } satisfies Deferred));
        logger.info('the search index is written once Astro has exited (scripts/build.ts)');
      },
    },
  };
}
