/**
 * The search page's whole state lives in the URL (`/search/?q=贷款&type=policies&sort=date`), so a search can be
 * bookmarked, shared and navigated with Back. Pure functions, shared by the page script and the tests.
 */
export type SortOrder = 'relevance' | 'date';

/**
 * Projects no longer offered (已下架 or past 有效期) carry this filter, and only they: the search leaves them out
 * unless the reader ticks 「包括已下架的项目」. Only the few carry it, so a first search loads their page numbers, not
 * every page's (Pagefind matches a page without the filter as not having the value).
 */
export const UNLISTED = { key: 'unlisted', yes: '是' } as const;

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: SortOrder;
  /** Include projects no longer offered (已下架, expired); left out unless asked for. */
  withdrawn?: boolean;
}

export function readState(params: URLSearchParams, facetKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    ...(params.get('withdrawn') === '1' ? { withdrawn: true } : {}),
  };
}

/** Query string in a stable order (facet order, then sort), so equal states give equal URLs. */
export function writeState(state: SearchState, facetKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.withdrawn) params.set('withdrawn', '1');
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Pagefind's filter object: values of one facet are OR-ed (`any`), facets are AND-ed. Projects no longer offered
 * are left out unless the state asks for them.
 */
export type PagefindFilter = { any: string[] } | { none: string[] };

export function pagefindFilters(state: Pick<SearchState, 'filters' | 'withdrawn'>, except?: string): Record<string, PagefindFilter> {
  const entries: [string, PagefindFilter][] = [
    ...Object.entries(state.filters)
      .filter(([key, values]) => key !== except && values.length > 0)
      .map(([key, values]): [string, PagefindFilter] => [key, { any: values }]),
    ...(state.withdrawn ? [] : [[UNLISTED.key, { none: [UNLISTED.yes] }] satisfies [string, PagefindFilter]]),
  ];
  return Object.fromEntries(entries);
}

export const isEmpty = (s: SearchState) => !s.q && Object.keys(s.filters).length === 0;

/**
 * Chinese text has no spaces, and Pagefind's segmenter splits unknown words into single characters (小额贷款 →
 * 小 / 额 / 贷款), so a loose search ranks pages full of 小 above pages that say 小额贷款. For a single Chinese
 * term the page runs the quoted (exact) search too and lists its hits first.
 */
export function boostsExactPhrase(q: string): boolean {
  return /\p{Script=Han}/u.test(q) && !/["\s]/.test(q) && [...q].length >= 2;
}

/** The loose hits with the exact ones moved to the front; each group keeps the loose (relevance) order. */
export function exactFirst<T extends { id: string }>(exact: readonly { id: string }[], loose: readonly T[]): T[] {
  const hit = new Set(exact.map((r) => r.id));
  return [...loose.filter((r) => hit.has(r.id)), ...loose.filter((r) => !hit.has(r.id))];
}

/**
 * Where an entry comes from, for ranking: an official document (a policy not marked as a sample) or an entry
 * invented for demonstration. Others carry no value.
 */
export const ORIGIN = { key: 'origin', official: '正式文件', sample: '示例' } as const;

/** Starts a page's index-only words (pinyin, synonyms: src/search/components/SearchTerms.astro) in the text Pagefind
 * keeps of it: a private-use character, which no one types and Pagefind does not index as a word. */
export const INDEX_ONLY_MARK = '\uE000';

/**
 * Whether a page holds every word of the query as typed: in its title or its own text, not only through the
 * index-only words (a synonym or the pinyin the site adds). Pagefind's text separates Chinese words with zero-width
 * spaces, which are removed first.
 */
export function holdsWords(title: string, content: string, q: string): boolean {
  const own = `${title} ${content.split(INDEX_ONLY_MARK)[0] ?? ''}`.replace(/\u200B/g, '');
  const words = q.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => own.includes(w));
}

/**
 * Official documents first: an official document (a policy not marked as a sample) that holds the query's words
 * ranks above every sample entry, which at best matches them equally. Each such document moves up to just before
 * the first sample entry ranked above it; every other result keeps its place. The page applies it to the
 * exact-phrase hits and to the loose hits separately, since an exact hit matches more than a loose one.
 */
export function officialFirst<T extends { id: string }>(results: readonly T[], official: ReadonlySet<string>, sample: ReadonlySet<string>): T[] {
  const firstSample = results.findIndex((r) => sample.has(r.id));
  if (firstSample < 0) return [...results];
  const rises = (r: T, i: number) => official.has(r.id) && i > firstSample;
  const risen = results.filter(rises);
  const rest = results.filter((r, i) => !rises(r, i));
  return [...rest.slice(0, firstSample), ...risen, ...rest.slice(firstSample)];
}
