/**
 * npm run bench:search — search index size, time to index and bytes for a first query, on the shipped content
 * and on a generated corpus (default 10,000 entries; `npm run bench:search -- 2000` for another size).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { build, bytesDuring, folderSize, kb, served, table, withPage } from './lib.ts';
import { scratchDir } from '../lib/scratch.ts';

const size = Number(process.argv[2] ?? 10_000);
const work = scratchDir('bench-search-');
const QUERY = '培训';

async function measure(name: string, contentDir: string) {
  const outDir = join(work, `${name}-dist`);
  console.log(`• ${name}: building and indexing …`);
  const b = build(contentDir, outDir);
  const index = folderSize(join(outDir, 'pagefind'));
  console.log(`  built ${b.pages} pages in ${b.seconds.toFixed(1)} s; measuring a first query for “${QUERY}” …`);
  const first = await served(outDir, 4390, (base) =>
    withPage(async (page) => {
      await page.goto(`${base}/`);
      return bytesDuring(page, /\/pagefind\//, async () => {
        await page.goto(`${base}/search/?q=${encodeURIComponent(QUERY)}`);
        await page.getByRole('status').filter({ hasText: /找到|没有找到/ }).waitFor({ timeout: 60_000 });
      });
    }),
  );
  return {
    content: name,
    'indexed pages': b.indexedPages,
    'index size': kb(index.bytes),
    'index files': index.files,
    'index time': `${b.indexSeconds.toFixed(2)} s`,
    'first query, all bytes': kb(first.total),
    'of which index': kb(first.matching),
    requests: first.requests,
  };
}

try {
  const rows = [await measure('shipped', './content')];
  console.log(`• generating a corpus of ${size} entries …`);
  const corpus = join(work, 'corpus');
  writeCorpus(corpus, size);
  rows.push(await measure(`generated ${size}`, corpus));
  console.log('');
  table(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
