/**
 * A large site's search index comes in parts (src/integrations/pagefind.ts): Pagefind bundles sized by the memory
 * the build has, pages dealt among them by date. The build lists them in one file beside the first; the search
 * page reads it (src/islands/search-parts.ts).
 */

/** The list of the parts' folders, relative to the site's root (a JSON array of paths such as "/pagefind/"). */
export const SHARDS_FILE = 'pagefind/shards.json';

/** The folder of part `i` (from 0), relative to the site's root: the first is /pagefind/ itself. */
export function shardBase(i: number): string {
  return i === 0 ? 'pagefind' : `pagefind/part-${i + 1}`;
}
