/**
 * The search page's whole state lives in the URL (`/search/?q=贷款&type=policies&sort=date`), so a search can be
 * bookmarked, shared and navigated with Back. Pure functions, shared by the page script and the tests.
 */
export type SortOrder = 'relevance' | 'date';

/**
 * Every page is 「listed」 except projects no longer offered (已下架 or past 有效期): the search leaves those out
 * unless the reader ticks 「包括已下架的项目」.
 */
export const LISTED = { key: 'listed', yes: '是', no: '否' } as const;

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
export function pagefindFilters(state: Pick<SearchState, 'filters' | 'withdrawn'>, except?: string): Record<string, { any: string[] }> {
  const entries: [string, { any: string[] }][] = [
    ...Object.entries(state.filters)
      .filter(([key, values]) => key !== except && values.length > 0)
      .map(([key, values]): [string, { any: string[] }] => [key, { any: values }]),
    ...(state.withdrawn ? [] : [[LISTED.key, { any: [LISTED.yes] }] satisfies [string, { any: string[] }]]),
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
