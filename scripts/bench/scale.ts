/**
 * npm run bench — builds and indexes generated corpora of 1,000, 5,000 and 10,000 entries (plus the 100 cities)
 * and prints entries, pages, build and index seconds, pages per second, the peak resident memory of the whole
 * process tree (Pagefind's service included), dist/ size, index size and the bytes of a first search through the
 * nginx recipe — on the wire until its results are shown, by kind of file, then what its facet counts add, and the same for a word that picks a few pages out and for two words on nearly every page. Sizes: `npm run bench -- 1000 2000`.
 * `npm run bench -- --live 10000`: also one entry changed, one removed and one added after the build, each → `npm run publish` as a build server
 * runs it (incremental build, index, the release's checks, the atomic switch), timed from the change to the new
 * release being served.
 * `npm run bench -- --history 10000`: the corpus is first made a git repository of its own — every file added on one
 * day, one in twenty changed on another — so the build reads a real history and every page shows its 更新记录;
 * prints the seconds of the one `git log` the build runs and the revisions it reads (compare `build s` with a run
 * without the flag).
 */
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { buildTree, bytesDuring, folderSize, kb, served, table, withPage } from './lib.ts';
import { restoredPages } from '../lib/astro.ts';
import { admit, switchTo } from '../../src/lib/deploy/releases.ts';
import { SCRATCH, scratchDir } from '../lib/scratch.ts';
import { tsx } from '../lib/node.ts';
import { readHistory } from '../../src/lib/content/history.ts';
import { commitCorpus } from './corpus.ts';

const live = process.argv.includes('--live');
const withHistory = process.argv.includes('--history');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = scratchDir('bench-scale-');
// nginx's workers (www-data when nginx starts as root) must be able to enter the folder they serve from.
chmodSync(work, 0o755);
const rows: Record<string, string | number>[] = [];
const NEW_TITLE = '基准测试改过的项目名称';
/** A word on nearly every page of the corpus (its word index entry is the largest a query can load), and one that
 * picks a few pages out (a city's name). */
const COMMON_QUERY = '培训';
const RARE_QUERY = '淄博';
/** Two words on nearly every page: two capped entries of the word index (src/search/integration/pagefind-slim.ts). */
const COMMON_PAIR = '创业培训';
const ADDED_TITLE = '基准测试新增的创业故事';

/**
 * Through the nginx recipe, as visitors get it, on a phone: what the first query loads until its results are shown
 * (the facet panel folded), then what opening the panel adds (every filter's index, for its counts). On a wide
 * screen the panel is open, and the counts load right after the results: the sum of the two. With `lookFor`, also
 * the first result's title when searching for it.
 */
function firstSearch(root: string, lookFor?: string, query = COMMON_QUERY) {
  return served(
    root,
    4392,
    (base) =>
      withPage(async (page) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(`${base}/`);
        const done = () => page.getByRole('status').filter({ hasText: /找到|没有找到/ }).waitFor({ timeout: 60_000 });
        const results = await bytesDuring(page, /\/pagefind\//, async () => {
          await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
          await done();
        });
        const facets = await bytesDuring(page, /\/pagefind\//, async () => {
          await page.locator('summary.facets__title').click();
          await page.locator('.facet__count').filter({ hasText: /（\d+）/ }).first().waitFor({ timeout: 60_000 });
        });
        if (!lookFor) return [results, facets, ''] as const;
        await page.goto(`${base}/search/?q=${encodeURIComponent(lookFor)}`);
        await done();
        return [results, facets, (await page.locator('.result__title').first().textContent()) ?? ''] as const;
      }),
    { nginx: true },
  );
}
const seconds: number[] = [];

try {
  for (const size of sizes.length ? sizes : [1000, 5000, 10_000]) {
    const corpus = join(work, `corpus-${size}`);
    // Built where npm run publish builds (DIR/.build, then moved into a release): the incremental build's keys
    // include the output folder, so the one-change publish below finds this build's pages in the cache.
    const site = join(work, `site-${size}`);
    const out = join(site, '.build');
    console.log(`• ${size} entries: generating …`);
    const counts = writeCorpus(corpus, size);
    console.log(`  building and indexing ${Object.values(counts).reduce((a, b) => a + b, 0)} entries …`);
    let history: Record<string, string | number> = {};
    if (withHistory) {
      commitCorpus(corpus);
      const started = performance.now();
      const revisions = [...(readHistory(corpus)?.values() ?? [])].reduce((n, r) => n + r.length, 0);
      history = { 'git log s': ((performance.now() - started) / 1000).toFixed(1), revisions };
    }
    const b = await buildTree(corpus, out, { CACHE_DIR: join(work, `cache-${size}`) });
    seconds.push(b.seconds);
    // Astro's own log says where the time went (content sync, bundling, each page, the integrations).
    const log = join(SCRATCH, `bench-build-${size}.log`);
    writeFileSync(log, b.output);
    console.log(`  ${b.pages} pages in ${b.seconds.toFixed(1)} s (log: ${log}); first query …`);
    const [first, facetCounts] = await firstSearch(out);
    const [rare] = await firstSearch(out, undefined, RARE_QUERY);
    const [pair] = await firstSearch(out, undefined, COMMON_PAIR);
    rows.push({
      entries: size,
      pages: b.pages,
      'build s': b.seconds.toFixed(1),
      'index s': b.indexSeconds.toFixed(1),
      'of which write s': b.writeSeconds.toFixed(1),
      'index parts': b.parts,
      'pages/s': Math.round(b.pages / b.seconds),
      'peak RSS (tree)': `${b.peakTreeRssMb} MB`,
      'dist/': kb(folderSize(out).bytes).replace(' kB', '') + ' kB',
      index: kb(folderSize(join(out, 'pagefind')).bytes),
      'first query, phone (wire)': kb(first.wire),
      ...Object.fromEntries(Object.entries(first.wireByKind).map(([k, v]) => [`  ${k}`, kb(v)])),
      '(decoded)': kb(first.total),
      '+ facet panel (wire)': kb(facetCounts.wire),
      [`first query “${RARE_QUERY}” (wire)`]: kb(rare.wire),
      [`first query “${COMMON_PAIR}” (wire)`]: kb(pair.wire),
      ...history,
    });
    if (live) {
      // The full build becomes the first release, as npm run publish would have made it.
      switchTo(site, admit(site, out, `r${Date.now()}`));
      // An editor's three kinds of commit, one after another, each published as a build server does: a project's
      // title changed, a news item deleted, a story added.
      const first = (collection: string) => join(corpus, collection, readdirSync(join(corpus, collection)).filter((f) => f.endsWith('.md')).sort()[0]!);
      const edits: [string, string, () => void][] = [
        ['changed', NEW_TITLE, () => writeFileSync(first('projects'), readFileSync(first('projects'), 'utf8').replace(/^title: .*$/m, `title: ${NEW_TITLE}`))],
        ['removed', NEW_TITLE, () => rmSync(first('news'))],
        [
          'added',
          ADDED_TITLE,
          () => {
            const story = first('stories');
            writeFileSync(join(corpus, 'stories', 'zz-bench-added.md'), readFileSync(story, 'utf8').replace(/^slug: .*$/m, 'slug: zz-bench-added').replace(/^title: .*$/m, `title: ${ADDED_TITLE}`));
          },
        ],
      ];
      for (const [kind, wanted, edit] of edits) {
        edit();
        const changed = performance.now();
        const again = await buildTree(corpus, out, { CACHE_DIR: join(work, `cache-${size}`) }, tsx('scripts/publish.ts', '--to', site));
        const took = (performance.now() - changed) / 1000;
        const restored = restoredPages(again.output).length;
        const checks = /检查 ([\d.]+) 秒/.exec(again.output)?.[1] ?? '?';
        const [patchedFirst, , top] = await firstSearch(join(site, 'current'), wanted);
        rows.push({
          entries: `${size}, one ${kind}`,
          pages: again.pages,
          'build s': again.seconds.toFixed(1),
          'index s': again.indexSeconds.toFixed(1),
          'of which write s': again.patched ? `patched: ${again.patched}` : again.writeSeconds.toFixed(1),
          'pages/s': `${restored} restored`,
          'peak RSS (tree)': `${again.peakTreeRssMb} MB`,
          'dist/': `live in ${took.toFixed(1)} s (checks ${checks} s)`,
          index: top.includes(wanted) ? `${wanted.slice(0, 6)}… 1st` : `NOT first: ${top}`,
          'first query, phone (wire)': kb(patchedFirst.wire),
          ...Object.fromEntries(Object.entries(patchedFirst.wireByKind).map(([k, v]) => [`  ${k}`, kb(v)])),
          '(decoded)': kb(patchedFirst.total),
        });
      }
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    rmSync(join(work, `cache-${size}`), { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  }
  console.log('');
  table(rows);
  const built = sizes.length ? sizes : [1000, 5000, 10_000];
  if (seconds.length > 1) console.log(`\ntime(${built.at(-1)}) / time(${built[0]}) = ${(seconds.at(-1)! / seconds[0]!).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
