/**
 * What readers tell the site without a form, a cookie or a script from elsewhere: requests to these paths, which the
 * nginx recipe answers with 204 No Content and writes to its access log like any request (src/lib/deploy/nginx.ts),
 * and `npm run stats` counts (src/lib/stats/): the search page's query with its number of results, and a detail
 * page's 「有帮助 / 没帮助」. A GET with nothing but the query string: nothing about the reader is sent.
 * `public/_s/` holds two empty text files of these names, so that a server without the recipe (`npm start`'s preview,
 * a static host) answers with 200 and an empty text instead of a 404 in the reader's console; nginx answers the
 * paths itself, before any file.
 */
export const BEACON = { prefix: '/_s/', search: '/_s/search.txt', helpful: '/_s/helpful.txt' } as const;

/** A query longer than this is cut: the log line stays short, and nobody types a paragraph into a search box. */
export const QUERY_MAX = 100;

export const searchBeacon = (q: string, results: number) => `${BEACON.search}?${new URLSearchParams({ q: q.trim().slice(0, QUERY_MAX), n: String(results) })}`;

export const helpfulBeacon = (page: string, useful: boolean) => `${BEACON.helpful}?${new URLSearchParams({ page, v: useful ? 'yes' : 'no' })}`;
