import { describe, expect, it } from 'vitest';
import { BUILD_MEMORY_MB, MIN_PART_PAGES, PAGEFIND_KB_PER_PAGE, PAGEFIND_KB_PER_PAGE_KEPT, PART_PAGES, indexPlan, partPagesFor, shardsOf, type IndexedPage } from '../../src/search/integration/pagefind.ts';

// 23 pages over a handful of dates, several sharing one (as entries published the same day do).
const pages: IndexedPage[] = Array.from({ length: 23 }, (_, i) => ({
  file: `/dist/p${i}/index.html`,
  url: `/p${String(i).padStart(2, '0')}/`,
  date: `2024-0${1 + (i % 7)}-1${i % 3}`,
  hash: String(i),
}));

/**
 * A date-sorted search over the merged parts as the search page answers it: each page's id carries its rank in its
 * part, oldest first (ties in the order Pagefind met the pages, here reversed), turned into a rank over the site as
 * src/search/integration/pagefind-compact.ts does; the results are sorted by that rank, newest first.
 */
function mergedByDate(parts: IndexedPage[][], holds: (p: IndexedPage) => boolean): string[] {
  const P = parts.length;
  return parts
    .flatMap((part, k) => {
      const oldestFirst = [...part].reverse().sort((a, b) => a.date.localeCompare(b.date));
      return part.filter(holds).map((p) => ({ date: p.date, rank: oldestFirst.indexOf(p) * P + (P - 1 - k) }));
    })
    .sort((a, b) => b.rank - a.rank)
    .map((r) => r.date);
}

describe('a large site’s search index in parts', () => {
  it('deals every page into parts of at most the given size, each with the same spread of dates', () => {
    const parts = shardsOf(pages, 8);
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.length <= 8)).toBe(true);
    expect(parts.flat().map((p) => p.url).sort()).toEqual(pages.map((p) => p.url).sort());
    // Each part reaches from the oldest dates to the newest, not one span of them.
    for (const part of parts) {
      const dates = part.map((p) => p.date).sort();
      expect(dates[0]!.slice(0, 7)).toBe('2024-01');
      expect(dates.at(-1)!.slice(0, 7)).toBe('2024-07');
    }
    expect(shardsOf(pages, 100)).toEqual([expect.arrayContaining(pages)]);
    expect(shardsOf([], 100)).toEqual([[]]);
  });

  it('deals them so that a page’s rank in its part gives its rank over the site, and a date sort lists them newest first', () => {
    const newestFirst = (keep: (p: IndexedPage) => boolean) => pages.filter(keep).map((p) => p.date).sort().reverse();
    for (const size of [8, 5, 23, 1]) {
      const parts = shardsOf(pages, size);
      for (const keep of [() => true, (p: IndexedPage) => !p.url.endsWith('3/'), (p: IndexedPage) => p.date > '2024-03']) {
        expect(mergedByDate(parts, keep)).toEqual(newestFirst(keep));
      }
    }
  });
});

describe('how large a part may be', () => {
  it('keeps the build process and Pagefind within the memory the build may use, however large the site', () => {
    for (const buildMb of [300, 1_500, 3_700, 4_500]) {
      const pagefindMb = (partPagesFor(buildMb) * PAGEFIND_KB_PER_PAGE) / 1024;
      if (partPagesFor(buildMb) > MIN_PART_PAGES) expect(buildMb + pagefindMb).toBeLessThanOrEqual(BUILD_MEMORY_MB);
    }
    // The benchmark's 10,000 entries (10,100 indexed pages, the build at 1.5 GB) stay one part, its 50,000 do not.
    expect(partPagesFor(1_500)).toBeGreaterThan(10_100);
    expect(Math.ceil(50_100 / partPagesFor(3_700))).toBeGreaterThan(5);
    // A build already short of memory still gets parts of a useful size.
    expect(partPagesFor(6_000)).toBe(MIN_PART_PAGES);
  });

  it('indexes a site that fits as one part at full speed, a larger one in parts of 3,000 as they come when they fit', () => {
    // The benchmark's 10,000 entries: one part, Pagefind's allocator left alone, and the build and Pagefind at its
    // un-returned peak still within the memory the build may use.
    expect(indexPlan(10_100, 1_500)).toEqual({ partPages: 10_100, returnMemory: false });
    expect(1_500 + (10_100 * PAGEFIND_KB_PER_PAGE_KEPT) / 1024).toBeLessThanOrEqual(BUILD_MEMORY_MB);
    // 50,000 beside a build of 3.4 GB: too large as it comes, but two parts of 3,000 fit as they come.
    expect(indexPlan(50_100, 3_400, undefined, 2)).toEqual({ partPages: PART_PAGES, returnMemory: false });
    expect(3_400 + (2 * PART_PAGES * PAGEFIND_KB_PER_PAGE_KEPT) / 1024).toBeLessThanOrEqual(BUILD_MEMORY_MB);
    // Just over the line as it comes, the same site is split rather than risked.
    const edge = Math.floor(((BUILD_MEMORY_MB - 1_500) * 1024) / PAGEFIND_KB_PER_PAGE_KEPT);
    expect(indexPlan(edge, 1_500).returnMemory).toBe(false);
    expect(indexPlan(edge + 1, 1_500)).toEqual({ partPages: PART_PAGES, returnMemory: false });
    // A chosen part size (the tests' parts of 110) is kept; small parts need no tight memory.
    expect(indexPlan(230, 300, 110)).toEqual({ partPages: 110, returnMemory: false });
  });

  it('makes the parts smaller and returns memory at once when parts of 3,000 do not fit beside the build', () => {
    const tight = indexPlan(50_100, 4_500, undefined, 2);
    expect(tight.returnMemory).toBe(true);
    expect(tight.partPages).toBeLessThan(PART_PAGES);
    expect(tight.partPages).toBeGreaterThanOrEqual(MIN_PART_PAGES);
    // Two services at a time, each at its returned peak, within the build's memory when parts can be that small.
    const room = indexPlan(50_100, 4_000, undefined, 2);
    expect(room).toEqual({ partPages: Math.max(MIN_PART_PAGES, Math.floor(partPagesFor(4_000) / 2)), returnMemory: true });
    expect(4_000 + (2 * room.partPages * PAGEFIND_KB_PER_PAGE) / 1024).toBeLessThanOrEqual(BUILD_MEMORY_MB);
    // Chosen parts of 110 two at a time are still far from tight.
    expect(indexPlan(230, 300, 110, 2)).toEqual({ partPages: 110, returnMemory: false });
  });
});
