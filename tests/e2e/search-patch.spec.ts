/**
 * After a small change the search index is patched, not written again (src/search/integration/search-patch.ts).
 * dist-patch/ is the behaviour fixture's build after a change — a project renamed, a story added, a news item
 * removed — its index patched; dist-patch-whole/ the same pages indexed whole (tests/helpers/patch-fixture.ts).
 * The reader must not tell them apart: the same results in the same order, the same counts.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { SearchParts } from '../../src/search/shards.ts';
import { ADDED, RENAMED, removedNews, renamedProject } from '../helpers/patch-fixture.ts';
import { allLinks, found } from './search-results.ts';

const WHOLE = 'dist-patch-whole';
const project = renamedProject('dist-fixture');
const news = removedNews('dist-fixture');
const newsTitle = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join('dist-fixture', news, 'index.html'), 'utf8'))![1]!;
const search = (q: string, more = '') => `/search/?q=${encodeURIComponent(q)}${more}`;

/**
 * A page that reads the whole index instead of the patched one: in a context of its own, so that nothing it fetched
 * is taken from the browser's cache by the patched page.
 */
async function readingWhole(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.route('**/pagefind/**', (route) => route.fulfill({ path: join(WHOLE, new URL(route.request().url()).pathname) }));
  return page;
}

test('the index is patched: a patch part, and pages of the base it replaces', async ({ request }) => {
  const { parts, patch } = (await (await request.get('/pagefind/shards.json')).json()) as SearchParts;
  expect(parts).toEqual(['/pagefind/']);
  expect(patch?.base).toBe('/pagefind/patch/');
  expect(Object.keys(patch?.own ?? {})).toHaveLength(2);
  expect(patch?.replaced).toHaveLength(2);
  // The replaced pages' fragments are gone from the server, not only hidden by the search page.
  for (const id of patch?.replaced ?? []) expect((await request.get(`/pagefind/fragment/${id}.pf_fragment`)).status()).toBe(404);
});

test('a renamed project is found by its new name first, and no longer by its old one', async ({ page }) => {
  expect(await found(page, search(RENAMED.title))).toMatch(/找到/);
  expect((await allLinks(page))[0]).toBe(project.url);
  await found(page, search(project.was));
  expect(await allLinks(page)).not.toContain(project.url);
});

test('an added story is found, and comes first sorted by date; a removed news item is gone', async ({ page }) => {
  const first = () => page.locator('.result__title a').first();
  await found(page, search(ADDED.title));
  await expect(first()).toHaveAttribute('href', ADDED.url);
  await found(page, search('创业', '&sort=date'));
  await expect(first()).toHaveAttribute('href', ADDED.url);
  await found(page, search(newsTitle));
  expect(await allLinks(page)).not.toContain(news);
});

/**
 * The patch's scores compare with the parts' only as far as its word statistics are like theirs: the parts keep
 * those of when they were written (here 3 of 209 pages changed since), the patch takes them from 200 unchanged
 * pages. A word that nearly every page holds (创业, 项目 on this site) weighs almost nothing, and a few pages more or
 * less change its weight many times over: its results by relevance are as good as unordered, and only their set is
 * compared. For a word that picks pages out (贷款, 孵化 …), a patched page must stand near its place in a fresh
 * index — within a quarter of the list. Sorted by date, and in every count, there is no leeway at all.
 */
const near = (list: string[]) => Math.max(3, Math.ceil(list.length / 4));
const UBIQUITOUS = ['创业', '项目'];

for (const query of [search('创业', '&sort=date'), search('服务', '&type=projects'), search('贷款'), search(RENAMED.title), search('项目', '&withdrawn=1'), '/search/?type=news', '/search/?type=stories&sort=date']) {
  test(`${decodeURIComponent(query)} reads the same patched as indexed whole: results, order and counts`, async ({ page, browser, baseURL }) => {
    const wholePage = await readingWhole(browser, baseURL!);
    const wholeStatus = await found(wholePage, query);
    const whole = await allLinks(wholePage);
    const wholeCounts = await wholePage.locator('.facet__count').allTextContents();
    expect(await found(page, query)).toBe(wholeStatus);
    const links = await allLinks(page);
    expect([...links].sort()).toEqual([...whole].sort());
    const q = new URL(query, 'http://x').searchParams;
    if (q.get('sort') === 'date' || !q.get('q')) expect(links).toEqual(whole);
    else if (!UBIQUITOUS.includes(q.get('q')!)) {
      for (const url of [project.url, ADDED.url].filter((u) => links.includes(u))) expect(Math.abs(whole.indexOf(url) - links.indexOf(url)), url).toBeLessThanOrEqual(near(links));
    }
    await expect(page.locator('.facet__count')).toHaveText(wholeCounts);
  });
}

test('with nothing searched, the counts beside the filters are those of the whole index', async ({ page, browser, baseURL }) => {
  const wholePage = await readingWhole(browser, baseURL!);
  await found(wholePage, '/search/');
  const wholeCounts = await wholePage.locator('.facet__count').allTextContents();
  expect(wholeCounts.length).toBeGreaterThan(5);
  await found(page, '/search/');
  await expect(page.locator('.facet__count')).toHaveText(wholeCounts);
});
