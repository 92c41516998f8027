/**
 * Gives a bundle's pages the site's short ids (PAGE_ID in src/lib/search/shards.ts) as soon as Pagefind has written
 * it: its metadata, which a first search loads whole, lists one id per page — ten characters of digest each — and
 * one number per page for the date sort. At 10,000 entries that is 98 kB of a 286 kB first search. An id that holds
 * the page's date rank and origin (4–6 characters that compress well) replaces both: the date sort is dropped, and
 * the search page sorts and tells samples apart from the ids (src/islands/search-parts.ts).
 *
 * The fragments are renamed with their pages. A name now stands for a place, not a content, so the next full index
 * may give it to another page: /pagefind/ is served to be revalidated (src/lib/deploy/header-table.ts).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGIN } from '../lib/search/state.ts';
import { pageId, type PageOrigin } from '../lib/search/shards.ts';
import { type Cbor, openBundle, readPagefindFile, writeNamed } from './pagefind-scrub.ts';

/** The sort the ids carry, which the metadata no longer holds. */
const DATE_SORT = 'date';

/** Renames the pages of the bundle at `bundle` (tagged `tag`) and rewrites its metadata without the date sort. */
export function compactBundle(bundle: string, tag: string): void {
  for (const { entryFile, entry, code, metaFile, meta, prefix } of openBundle(bundle)) {
    const pages = meta[1] as Cbor[][];
    const sorts = meta[4] as [string, number[]][];
    // Ranks by date, oldest first; a page without a date (the patch's ballast) after every dated one.
    const rank = new Array<number>(pages.length).fill(-1);
    (sorts.find(([name]) => name === DATE_SORT)?.[1] ?? []).forEach((page, r) => (rank[page] = r));
    let next = rank.filter((r) => r >= 0).length;
    const origin = new Array<PageOrigin>(pages.length).fill('other');
    const originFilter = (meta[3] as [string, string][]).find(([name]) => name === ORIGIN.key);
    if (originFilter) {
      const [, values] = readPagefindFile(join(bundle, 'filter', `${originFilter[1]}.pf_filter`)) as [string, [string, number[]][]];
      for (const [value, on] of values) {
        const kind: PageOrigin | undefined = value === ORIGIN.official ? 'official' : value === ORIGIN.sample ? 'sample' : undefined;
        if (kind) for (const p of on) origin[p] = kind;
      }
    }
    pages.forEach((page, i) => {
      const id = pageId(tag, origin[i]!, rank[i]! >= 0 ? rank[i]! : next++);
      renameSync(join(bundle, 'fragment', `${page[0] as string}.pf_fragment`), join(bundle, 'fragment', `${id}.pf_fragment`));
      page[0] = id;
    });
    meta[4] = sorts.filter(([name]) => name !== DATE_SORT);
    rmSync(metaFile);
    entry.languages[code]!.hash = writeNamed(bundle, prefix, meta, (h) => `pagefind.${h}.pf_meta`);
    writeFileSync(entryFile, JSON.stringify(entry));
  }
}
