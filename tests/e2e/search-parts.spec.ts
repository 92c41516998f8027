/**
 * A large site's search index is written in parts (Pagefind holds a whole index in memory while writing it) and
 * merged into one. dist-parts/ is the behaviour fixture's build indexed in parts of 110 pages, its commonest words
 * capped to fewer places a page as a site of 50,000 entries has them (budget 500 bytes: 创业, 培训, 服务, 孵化 …); the
 * reader must not notice: the same results, counts and date order as the same build indexed at once (dist-fixture/),
 * and one entry file, one metadata file and one word-index chunk per word to load.
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from '../../scripts/lib/browser.ts';
import type { SearchParts } from '../../src/search/shards.ts';
import { allDates, found } from './search-results.ts';

test('the parts are served as one index: a search loads one entry file and one metadata file', async ({ page, request }) => {
  const { parts } = (await (await request.get('/pagefind/shards.json')).json()) as SearchParts;
  expect(parts).toEqual(['/pagefind/']);
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/pagefind\/.*(pagefind-entry\.json|\.pf_meta)$/.test(path)) fetched.push(path);
  });
  await found(page, `/search/?q=${encodeURIComponent('创业')}`);
  expect(fetched.filter((p) => p.endsWith('.json'))).toEqual(['/pagefind/pagefind-entry.json']);
  expect(fetched.filter((p) => p.endsWith('.pf_meta'))).toHaveLength(1);
});

for (const query of ['?q=孵化', '?q=贷款', '?q=高校毕业生', '?q=创业&type=projects', '?q=daikuan', '?type=stories&province=四川省', '?q=培训', '?q=创业培训', '?q=服务&type=incubators']) {
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

for (const word of ['培训', '服务', '孵化']) {
  test(`a word on nearly every page, capped to fewer places, still lists first the entries whose title holds it (${word})`, async ({ page }) => {
    await found(page, `/search/?q=${encodeURIComponent(word)}`);
    const results = await page.locator('.result__title a').evaluateAll((els) => els.map((e) => ({ path: new URL((e as HTMLAnchorElement).href).pathname, title: e.textContent ?? '' })));
    // After the official documents (the notice and the plan lead every such word), the entries named for it.
    const entries = results.filter((r) => !r.path.startsWith('/policies/')).slice(0, 2);
    expect(entries).toHaveLength(2);
    for (const r of entries) expect(r.title).toContain(word);
  });
}
