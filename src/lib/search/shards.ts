/**
 * A large site's search index comes in parts (src/integrations/pagefind.ts): Pagefind bundles sized by the memory
 * the build has, pages dealt among them by date. After a small change the build adds a patch instead of indexing
 * every page again (src/integrations/search-patch.ts). The build describes both in one file beside the first part;
 * the search page reads it (src/islands/search-parts.ts).
 */

/** The description of the index, relative to the site's root (SearchParts as JSON). */
export const SHARDS_FILE = 'pagefind/shards.json';

/** The folder of part `i` (from 0), relative to the site's root: the first is /pagefind/ itself. */
export function shardBase(i: number): string {
  return i === 0 ? 'pagefind' : `pagefind/part-${i + 1}`;
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
   * order (the score Pagefind gives a page there when sorting by date), null for a page without a date. */
  own: Record<string, number | null>;
}

export interface SearchParts {
  /** The parts' folders, from the site's root: ["/pagefind/", "/pagefind/part-2/", …]. */
  parts: string[];
  patch?: SearchPatch;
}
