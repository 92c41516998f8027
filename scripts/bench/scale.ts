/**
 * npm run bench — builds and indexes generated corpora of 1,000, 5,000 and 10,000 entries (plus the 100 cities)
 * and prints entries, pages, build and index seconds, pages per second, peak RSS (/usr/bin/time, Debian package
 * `time`), dist/ size, index size and the bytes of a first search. Targets: 10,000 entries in ≤ 120 s with
 * peak RSS ≤ 3 GB, and time(10k)/time(1k) ≤ 11. Sizes: `npm run bench -- 1000 2000`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { build, bytesDuring, folderSize, kb, served, table, withPage } from './lib.ts';
import { scratchDir } from '../lib/scratch.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const work = scratchDir('bench-scale-');
const rows: Record<string, string | number>[] = [];
const seconds: number[] = [];

try {
  for (const size of sizes.length ? sizes : [1000, 5000, 10_000]) {
    const corpus = join(work, `corpus-${size}`);
    const out = join(work, `dist-${size}`);
    console.log(`• ${size} entries: generating …`);
    const counts = writeCorpus(corpus, size);
    console.log(`  building and indexing ${Object.values(counts).reduce((a, b) => a + b, 0)} entries …`);
    const b = build(corpus, out);
    seconds.push(b.seconds);
    console.log(`  ${b.pages} pages in ${b.seconds.toFixed(1)} s; first query …`);
    const first = await served(out, 4392, (base) =>
      withPage(async (page) => {
        await page.goto(`${base}/`);
        return bytesDuring(page, /\/pagefind\//, async () => {
          await page.goto(`${base}/search/?q=${encodeURIComponent('培训')}`);
          await page.getByRole('status').filter({ hasText: /找到|没有找到/ }).waitFor({ timeout: 60_000 });
        });
      }),
    );
    rows.push({
      entries: size,
      pages: b.pages,
      'build s': b.seconds.toFixed(1),
      'index s': b.indexSeconds.toFixed(1),
      'of which write s': b.writeSeconds.toFixed(1),
      'pages/s': Math.round(b.pages / b.seconds),
      'peak RSS': b.peakRssMb === null ? 'n/a' : `${b.peakRssMb} MB`,
      'dist/': kb(folderSize(out).bytes).replace(' kB', '') + ' kB',
      index: kb(folderSize(join(out, 'pagefind')).bytes),
      'first query': kb(first.total),
    });
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  }
  console.log('');
  table(rows);
  if (seconds.length > 1) console.log(`\ntime(${rows.at(-1)!.entries}) / time(${rows[0]!.entries}) = ${(seconds.at(-1)! / seconds[0]!).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
