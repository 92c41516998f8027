import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

export interface IndexedPage {
  /** The HTML file, absolute. */
  file: string;
  url: string;
  /** The page's date sort key (data-pagefind-sort="date:…"), '' when it has none. */
  date: string;
  /** The HTML's digest: a page whose digest is unchanged gives Pagefind the same record. */
  hash: string;
}

/**
 * One Pagefind bundle, its service stopped afterwards so the next part starts from empty memory; `html` may change
 * what a page gives Pagefind (the patch's ballast). Returns the milliseconds Pagefind spent writing it.
 */
export async function writeBundle(pages: IndexedPage[], outputPath: string, html = (p: IndexedPage) => readFileSync(p.file, 'utf8')): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new SearchIndexError('createIndex', ['no index returned']);
    for (let i = 0; i < pages.length; i += 64) {
      const added = await Promise.all(pages.slice(i, i + 64).map((p) => index.addHTMLFile({ url: p.url, content: html(p) })));
      check('addHTMLFile', added.flatMap((a) => a.errors));
    }
    const started = performance.now();
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return performance.now() - started;
  } finally {
    await pagefind.close();
  }
}

export interface Fragment {
  /** The page's id: the fragment's file name, which its search results carry as `id`. */
  id: string;
  url: string;
  /** A digest of what Pagefind holds of the page (as its own ids were): equal when search reads the page the same. */
  record: string;
}

/** The pages one bundle holds, read back from its fragments (gzip, after Pagefind's 12-byte signature). */
export function bundleFragments(bundle: string): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((name) => {
    const json = gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8');
    const { url } = JSON.parse(json) as { url: string };
    return { id: name.replace(/\.pf_fragment$/, ''), url, record: createHash('sha1').update(json).digest('hex') };
  });
}
