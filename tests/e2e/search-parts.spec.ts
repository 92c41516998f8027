/**
 * A large site's search index comes in parts (Pagefind holds a whole index in memory while writing it). dist-parts/
 * is the behaviour fixture's build indexed in parts of 110 pages; the reader must not notice: the same results,
 * counts and date order as the same build in one index (dist-fixture/).
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from '../../scripts/lib/browser.ts';
import type { SearchParts } from '../../src/lib/search/shards.ts';
import { allDates, found } from './search-results.ts';

test('the index is in parts, and a search reads every part', async ({ page, request }) => {
  const { parts } = (await (await request.get('/pagefind/shards.json')).json()) as SearchParts;
  expect(parts.length).toBeGreaterThan(1);
  const fetched = new Set<string>();
  page.on('request', (r) => {
    const part = /^\/pagefind\/(part-\d+\/)?pagefind-entry\.json$/.exec(new URL(r.url()).pathname);
    if (part) fetched.add(`/pagefind/${part[1] ?? ''}`);
  });
  await found(page, `/search/?q=${encodeURIComponent('创业')}`);
  expect([...fetched].sort()).toEqual([...parts].sort());
});

for (const query of ['?q=孵化', '?q=贷款', '?q=高校毕业生', '?q=创业&type=projects', '?q=daikuan', '?type=stories&province=四川省']) {
  test(`${query} finds as many in parts as in one index, with the same counts beside the filters`, async ({ page }) => {
    const url = `/search/${query}`;
    const whole = await found(page, `${FIXTURE_URL}${url}`);
    const wholeCounts = await page.locator('.facet__count').allTextContents();
    expect(await found(page, url)).toBe(whole);
    await expect(page.locator('.facet__count')).toHaveText(wholeCounts);
  });
}

test('sorted by date, the parts read as one list, newest first', async ({ page }) => {
  const url = `/search/?q=${encodeURIComponent('创业')}&sort=date`;
  await found(page, `${FIXTURE_URL}${url}`);
  const whole = await allDates(page);
  await found(page, url);
  const dates = await allDates(page);
  expect(dates.length).toBeGreaterThan(20);
  expect(dates).toEqual(whole);
  expect([...dates].sort().reverse()).toEqual(dates);
});
