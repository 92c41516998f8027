import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Thrown when Pagefind reports a problem: a site without its search index must not ship. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Pagefind 索引失败（${step}）：\n  ${errors.join('\n  ')}`);
    this.name = 'SearchIndexError';
  }
}

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/** Pages in the written index (those with data-pagefind-body), read back from Pagefind's entry file. */
async function indexedPages(outDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/**
 * Indexes the built site after every production build (Pagefind's Node API, as Starlight does), so `npm start`
 * and `npm test` always serve a current index. Only pages with `data-pagefind-body` are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          if (!index) throw new SearchIndexError('createIndex', ['no index returned']);
          const added = await index.addDirectory({ path: outDir });
          check('addDirectory', added.errors);
          const read = performance.now();
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          check('writeFiles', written.errors);
          const done = performance.now();
          const s = (ms: number) => (ms / 1000).toFixed(2);
          logger.info(
            `indexed ${await indexedPages(outDir)} of ${added.page_count} HTML pages in ${s(done - started)} s (reading and indexing ${s(read - started)} s, writing ${s(done - read)} s)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
