/**
 * One part of a large site's search index, written in a worker thread: each worker loads its own copy of
 * Pagefind's Node API, hence its own service process, so two parts are indexed at once (src/search/integration/pagefind.ts).
 * Plain erasable TypeScript, which Node 24 runs as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeBundle, type IndexedPage } from './pagefind-bundle.ts';

const { pages, outputPath } = workerData as { pages: IndexedPage[]; outputPath: string };
parentPort?.postMessage(await writeBundle(pages, outputPath));
