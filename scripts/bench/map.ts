/**
 * npm run bench:map — bytes of /cities/ (and /incubators/) as a browser fetches them, raw and gzip, and the time
 * from navigation until the markers are on the map; on the shipped content and with a generated layer of
 * 2,000 incubators (`npm run bench:map -- 5000` for another size).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { NO_SHARES, writeCorpus } from './corpus.ts';
import { build, kb, served, table, withPage } from './lib.ts';
import { scratchDir } from '../lib/scratch.ts';

const incubators = Number(process.argv[2] ?? 2000);
const work = scratchDir('bench-map-');

/** Loads a page with its map in view; sums every response (raw and gzipped here) until the markers show. */
async function measurePage(page: Page, url: string) {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (r: import('@playwright/test').Response) => bodies.push(r.body().catch(() => Buffer.alloc(0)));
  page.on('response', onResponse);
  await page.goto(url);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = document.querySelector('portal-map') as HTMLElement;
        if (map.dataset.ready) resolve(performance.now());
        else document.addEventListener('portal-map:ready', () => resolve(performance.now()), { once: true });
      }),
  );
  const markers = await page.locator('portal-map').getAttribute('data-ready');
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return {
    raw: all.reduce((s, b) => s + b.length, 0),
    gzip: all.reduce((s, b) => s + gzipSync(b).length, 0),
    requests: all.length,
    ms,
    markers: Number(markers),
  };
}

async function measure(name: string, contentDir: string) {
  const outDir = join(work, `${name.replace(/\W+/g, '-')}-dist`);
  console.log(`• ${name}: building …`);
  build(contentDir, outDir);
  console.log('  measuring /cities/ and /incubators/ in Chromium (map in view at load) …');
  return served(outDir, 4391, (base) =>
    withPage(async (page) => {
      const browser = page.context().browser()!;
      const rows = [];
      for (const path of ['/cities/', '/incubators/']) {
        const runs = [];
        for (let i = 0; i < 3; i++) {
          // A new context each run: a first visit with an empty cache.
          const context = await browser.newContext({ viewport: { width: 1280, height: 2400 } });
          runs.push(await measurePage(await context.newPage(), `${base}${path}`));
          await context.close();
        }
        const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
        rows.push({
          content: name,
          page: path,
          markers: median.markers,
          requests: median.requests,
          'bytes (raw)': kb(median.raw),
          'bytes (gzip)': kb(median.gzip),
          'markers shown after': `${Math.round(median.ms)} ms`,
        });
      }
      return rows;
    }),
  );
}

try {
  const rows = await measure('shipped', './content');
  console.log(`• generating ${incubators} incubators …`);
  const corpus = join(work, 'corpus');
  writeCorpus(corpus, incubators, { ...NO_SHARES, incubators: 1 });
  rows.push(...(await measure(`${incubators} incubators`, corpus)));
  console.log('\nFirst visit (empty cache), map in view at load; median of 3 runs:');
  table(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
