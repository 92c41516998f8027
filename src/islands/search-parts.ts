/**
 * Pagefind as the search page uses it, and a large site's index in parts (src/lib/search/shards.ts) searched as
 * one with Pagefind's own mergeIndex: one script, worker and WebAssembly, each part's entry file, metadata and
 * the index chunks a query needs.
 */

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

/**
 * Pagefind merges the parts' answers by score, taking the parts in the order they were merged when scores tie.
 * Relevance: the parts are dealt alike (src/integrations/pagefind.ts), so their scores compare. Sorted by date, a
 * result's score is its place in its part's date order, p; the parts are dealt so that the first part holds the
 * newest of each K pages in a row, the second the next, and so on — results with the same p are those K pages,
 * newest first, and the merged list is in date order.
 */
export async function openIndex(moduleUrl: string, partsUrl: string, options: object): Promise<Pagefind> {
  const [pagefind, bases] = await Promise.all([
    import(/* @vite-ignore */ moduleUrl) as Promise<PagefindModule>,
    fetch(partsUrl)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []),
  ]);
  await pagefind.options(options);
  await pagefind.init();
  // One after another: the order they are merged in is the order ties are broken.
  for (const base of bases.slice(1)) await pagefind.mergeIndex(base, options);
  return pagefind;
}
