/**
 * A large site's search index is written in parts (src/search/integration/pagefind.ts): Pagefind bundles sized by the
 * memory the build has, pages dealt among them by date, then merged into one (src/search/integration/pagefind-compact.ts).
 * After a small change the build adds a patch instead of indexing every page again
 * (src/search/integration/search-patch.ts). The build describes the index and its patch in one file beside it; the search
 * page reads it (src/search/island/search-parts.ts).
 */

/** The description of the index, relative to the site's root (SearchParts as JSON). */
export const SHARDS_FILE = 'pagefind/shards.json';

/** The folder of bundle `i` (from 0), relative to the site's root: the first — since the parts are merged, the only
 * one a build writes — is /pagefind/ itself. */
export function shardBase(i: number): string {
  return i === 0 ? 'pagefind' : `pagefind/part-${i + 1}`;
}

/**
 * A page's id in the index, which names its fragment and which every search result carries: its date rank in its
 * bundle (base 36), its origin and its bundle — "3fS0" is a sample entry, 3f (123) pages from the oldest of the first part.
 * Pagefind's own ids are digests of ten characters; the metadata a first search loads whole lists one per page,
 * and its date sort one number per page more. Short ids that say the date and origin slim both away: the search
 * page sorts by date and tells samples and official documents apart from the ids alone
 * (src/search/integration/pagefind-compact.ts).
 */
export const PAGE_ID = {
  /** The patch's bundle; the index's is "0" (a part's, were the parts left unmerged, its number in base 36). */
  patch: 'P',
  origin: { official: 'O', sample: 'S', other: 'N' },
} as const;
export type PageOrigin = keyof typeof PAGE_ID.origin;

export function pageId(bundle: string, origin: PageOrigin, rank: number): string {
  return `${rank.toString(36)}${PAGE_ID.origin[origin]}${bundle}`;
}

/** What an id says, or undefined for an id that is not one of ours (a stand-in slot's). */
export function readPageId(id: string): { rank: number; origin: PageOrigin; bundle: string } | undefined {
  const m = /^([0-9a-z]+)([OSN])([0-9a-z]+|P)$/.exec(id);
  if (!m) return undefined;
  const origin = (Object.keys(PAGE_ID.origin) as PageOrigin[]).find((k) => PAGE_ID.origin[k] === m[2])!;
  return { rank: parseInt(m[1]!, 36), origin, bundle: m[3]! };
}

/** The patch's folder, relative to the site's root. */
export const PATCH_BASE = 'pagefind/patch';

/**
 * The patch also holds unchanged pages, without their filters, so that its word statistics (how rare a word is
 * among all pages) and hence its scores are like the parts'. They carry this filter, and every search leaves them
 * out; the parts, which lack the filter, match it whole.
 */
export const BALLAST = { key: 'patch-ballast', yes: '是' } as const;

export interface SearchPatch {
  /** The patch's folder from the site's root, as "/pagefind/patch/"; none when pages were only removed. */
  base?: string;
  /** Pagefind's ids of the parts' pages changed or removed since they were indexed: taken out of the parts' words
   * and filters, but still in their metadata, which numbers the pages. */
  replaced: string[];
  /** The patch's own pages (its new and changed ones): page id → its place in the first part's ascending date
   * order (the date rank a part's page carries in its id), null for a page without a date. */
  own: Record<string, number | null>;
}

export interface SearchParts {
  /** The index's folders, from the site's root: ["/pagefind/"] (the parts merged into one). */
  parts: string[];
  patch?: SearchPatch;
}
