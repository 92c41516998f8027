/**
 * Pagefind as the search page uses it: the index (a large site's parts are merged into one at build time), with the
 * patch of a small change merged in the browser by Pagefind's own mergeIndex (one script, worker and WebAssembly;
 * the patch adds its entry file, metadata and the chunks a query needs), sorted by the dates the ids carry.
 */
import { BALLAST, PAGE_ID, readPageId, type SearchParts, type SearchPatch } from '../shards.ts';

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
 * The index as the site wrote it (src/search/integration/pagefind-compact.ts): sorted by date from the pages' ids, which
 * carry their date rank in their bundle, the metadata holding no date sort. With a patch applied
 * (src/search/integration/search-patch.ts): the parts no longer hold the words and filters of changed and removed pages,
 * and their ids, left in the parts' metadata, are dropped from every answer; the patch's ballast is left out of every
 * search; each patch page takes the place its date gives it among the parts' pages.
 */
function ordered(pagefind: Pagefind, patch: SearchPatch | undefined): Pagefind {
  const gone = new Set(patch?.replaced ?? []);
  const own = patch?.own ?? {};
  // Pagefind's answers by relevance; by date, a page's place among its bundle's pages, and for the same place the
  // parts in the order they were dealt, newest first (src/search/integration/pagefind.ts), the patch after them.
  const place = (r: PagefindResult) => {
    const id = readPageId(r.id);
    const rank = id?.bundle === PAGE_ID.patch ? own[r.id] : id?.rank;
    return typeof rank === 'number' ? rank : -1;
  };
  const tie = (r: PagefindResult) => {
    const bundle = readPageId(r.id)?.bundle;
    return bundle === undefined || bundle === PAGE_ID.patch ? Number.MAX_SAFE_INTEGER : parseInt(bundle, 36);
  };
  return {
    options: (o) => pagefind.options(o),
    init: () => pagefind.init(),
    filters: async () => withoutBallast(await pagefind.filters()),
    search: async (term, { sort, ...opts }) => {
      const filters = patch ? { ...opts.filters, [BALLAST.key]: { none: [BALLAST.yes] } } : opts.filters;
      const found = await pagefind.search(term, { ...opts, ...(filters ? { filters } : {}) });
      if (!found) return found;
      const results = found.results.filter((r) => !gone.has(r.id));
      const direction = (sort as Record<string, string> | undefined)?.date;
      if (direction) {
        const sign = direction === 'asc' ? -1 : 1;
        // Pagefind's own results, unchanged (a copy's data() no longer reads its fragment), in a new order.
        results.sort((a, b) => sign * (place(b) - place(a)) || tie(a) - tie(b));
      }
      return { ...found, results, filters: withoutBallast(found.filters) };
    },
  };
}

/**
 * Pagefind merges the parts' answers by score. The parts are dealt alike (src/search/integration/pagefind.ts), so their
 * scores compare, and the patch holds unchanged pages for its word statistics, so its scores compare too. By date,
 * a page's id holds p, its place in its part's date order; the parts are dealt so that the first part holds the
 * newest of each K pages in a row, the second the next, and so on — results with the same p are those K pages, and
 * ordered by part they are newest first.
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
  if (patch?.base) await pagefind.mergeIndex(patch.base, options);
  return ordered(pagefind, patch);
}
