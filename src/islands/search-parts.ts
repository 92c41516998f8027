/**
 * Pagefind as the search page uses it, and a large site's index in parts (src/lib/search/shards.ts) searched as
 * one with Pagefind's own mergeIndex: one script, worker and WebAssembly, each part's entry file, metadata and
 * the index chunks a query needs.
 */
import { BALLAST, type SearchParts, type SearchPatch } from '../lib/search/shards.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, opts: { sort?: object; filters?: object }): Promise<PagefindSearch | null>;
}
interface PagefindModule extends Pagefind {
  mergeIndex(basePath: string, options: object): Promise<void>;
}

/** The counts beside the filters, less the patch's mark for its ballast. */
function withoutBallast(counts: Record<string, Record<string, number>>) {
  const { [BALLAST.key]: _ballast, ...out } = counts;
  return out;
}

/**
 * The index with its patch applied (src/integrations/search-patch.ts): the parts no longer hold the words and filters
 * of changed and removed pages, and their ids, left in the parts' metadata, are dropped from every answer; the
 * patch's ballast is left out of every search;
 * sorted by date, each patch page takes the place its date gives it among the parts' pages.
 */
function patched(pagefind: Pagefind, patch: SearchPatch): Pagefind {
  const gone = new Set(patch.replaced);
  const replaced = (r: PagefindResult) => gone.has(r.id);
  return {
    options: (o) => pagefind.options(o),
    init: () => pagefind.init(),
    filters: async () => withoutBallast(await pagefind.filters()),
    search: async (term, opts) => {
      const found = await pagefind.search(term, { ...opts, filters: { ...opts.filters, [BALLAST.key]: { none: [BALLAST.yes] } } });
      if (!found) return found;
      const direction = (opts.sort as Record<string, string> | undefined)?.date;
      let results = found.results.filter((r) => !replaced(r));
      if (direction) {
        // Pagefind's own results, unchanged (a copy's data() no longer reads its fragment), in a new order.
        const score = (r: PagefindResult) => {
          const place = patch.own[r.id];
          return typeof place === 'number' ? (direction === 'asc' ? -place : place) : r.score;
        };
        results = results.sort((a, b) => score(b) - score(a));
      }
      return { ...found, results, filters: withoutBallast(found.filters) };
    },
  };
}

/**
 * Pagefind merges the parts' answers by score, taking the parts in the order they were merged when scores tie.
 * Relevance: the parts are dealt alike (src/integrations/pagefind.ts), so their scores compare, and the patch holds
 * unchanged pages for its word statistics, so its scores compare too. Sorted by date, a result's score is its place
 * in its part's date order, p; the parts are dealt so that the first part holds the newest of each K pages in a
 * row, the second the next, and so on — results with the same p are those K pages, newest first, and the merged list
 * is in date order.
 */
export async function openIndex(moduleUrl: string, partsUrl: string, options: object): Promise<Pagefind> {
  const [pagefind, described] = await Promise.all([
    import(/* @vite-ignore */ moduleUrl) as Promise<PagefindModule>,
    fetch(partsUrl)
      .then((r) => (r.ok ? (r.json() as Promise<SearchParts>) : { parts: [] }))
      .catch((): SearchParts => ({ parts: [] })),
  ]);
  await pagefind.options(options);
  await pagefind.init();
  // One after another: the order they are merged in is the order ties are broken.
  for (const base of described.parts.slice(1)) await pagefind.mergeIndex(base, options);
  const { patch } = described;
  if (!patch) return pagefind;
  if (patch.base) await pagefind.mergeIndex(patch.base, options);
  return patched(pagefind, patch);
}
