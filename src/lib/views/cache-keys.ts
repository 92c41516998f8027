/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key is unchanged is copied from
 * the last build instead of rendered. A key must therefore cover everything the page shows — its own data, what it
 * shows of other entries, the site settings and the build environment that reaches the markup. Astro adds the
 * page's code (its module graph) and the content rendered in its body.
 */
import { createHash } from 'node:crypto';
import type { CollectionName } from '../../schemas/field.ts';
import type { Content } from '../content/entries.ts';
import { loadSettings } from '../content/settings.ts';
import { facetCounts, searchRecords } from '../../search/index.ts';

/** What every page shows besides its own data: the site settings (header, footer, notices, the feedback address in
 * the CSP) and the build environment (the public origin, the basemap and tile settings). */
export async function sharedKey(): Promise<string> {
  const env = Object.entries(process.env)
    .filter(([k]) => k === 'SITE_URL' || k === 'LOCAL_BUILD' || k.startsWith('PUBLIC_'))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ settings: await loadSettings(), env });
}

const digest = (data: unknown, shared: string) => createHash('sha256').update(JSON.stringify(data)).update(shared).digest('base64url');

/** A detail page's key: the entry's file digest and everything derived for the page (related entries' titles, meta
 * rows, badges, notices, the search record). */
export function pageKey(entry: { id: string; digest?: string | number | undefined }, page: unknown, shared: string): string {
  return digest({ id: entry.id, digest: entry.digest, page }, shared);
}

/** A page drawn wholly from its props and the shared parts (a poster: its entry's title, summary and facts, the
 * QR code of its address). */
export function propsKey(props: unknown, shared: string): string {
  return digest({ props }, shared);
}

/** Facet counts as plain data (they are Maps, which JSON drops). */
const countsOf = (collection: CollectionName, content: Content) =>
  Object.fromEntries(Object.entries(facetCounts(searchRecords(collection, content))).map(([k, m]) => [k, [...m]]));

/**
 * paginate()'s pages with their keys: each page's props (its items, number and neighbours, a filter), what every page
 * of the list shows beside them (the collection's filter counts, and `context` — a total, a filter's name), and the
 * shared parts. A change to one entry renders again only the list pages that show it, and all of them only when a
 * count changes.
 */
export async function withListKeys<P extends { props: object }>(
  pages: P[],
  collection: CollectionName,
  content: Content,
  context: unknown = null,
): Promise<(P & { cacheKey: string })[]> {
  // What all the pages share is serialised once: a context can be every entry's map point, 5,250 of them at 50,000
  // entries, and writing it out for each of 263 pages took 3 s.
  const list = digest({ counts: countsOf(collection, content), context }, await sharedKey());
  return pages.map((p) => ({ ...p, cacheKey: digest({ props: p.props }, list) }));
}
