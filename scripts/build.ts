/**
 * npm run build, npm start, npm run publish and the tests' and benchmarks' builds: `astro build`, then the search
 * index, written in this process once Astro has exited. Astro's process keeps the site's content and every page's data
 * until it ends, 3–5 GB at 50,000 entries, and Pagefind indexing beside it had to work in small parts with memory
 * returned at once; on its own it indexes parts of PART_PAGES as they come, in about half the time, and the build's
 * peak is the larger of the two processes rather than their sum. `npx astro build` still writes the index in its last
 * hook (src/search/integration/pagefind.ts). Arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEX_AFTER, SearchIndexError, writeDeferredIndex } from '../src/search/integration/pagefind.ts';
import { astro } from './lib/node.ts';

const handoff = mkdtempSync(join(tmpdir(), 'portal-build-'));
try {
  const file = join(handoff, 'index.json');
  const build = spawnSync(...astro('build', ...process.argv.slice(2)), { stdio: 'inherit', env: { ...process.env, [INDEX_AFTER]: file } });
  if (build.status !== 0) process.exitCode = build.status ?? 1;
  else console.log(`[portal:pagefind] ${await writeDeferredIndex(file)}`);
} catch (e) {
  if (!(e instanceof SearchIndexError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
} finally {
  rmSync(handoff, { recursive: true, force: true });
}
