import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { SETTINGS_FILE } from '../../src/lib/content/content-dir.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';
import { wcagViolations } from './axe.ts';
import { content, expect, listedProjects, test } from './fixtures.ts';

const status = (page: Page) => page.getByRole('status');
const titles = (page: Page) => page.locator('.result__title').allTextContents();

/** Presses 加载更多 until every result is listed. */
async function loadAll(page: Page) {
  const more = page.getByRole('button', { name: /加载更多/ });
  while (await more.isVisible()) {
    const shown = await page.locator('.result').count();
    await more.click();
    await expect(page.locator('.result')).not.toHaveCount(shown);
  }
}

async function search(page: Page, query: string) {
  await page.goto(`/search/${query}`);
  await expect(status(page)).toHaveText(/找到 \d+ 条结果|没有找到/);
}

test.describe('Chinese full-text search', () => {
  test('小额贷款 finds the work plan, which mentions it', async ({ page }) => {
    await search(page, '?q=小额贷款');
    const all: string[] = [];
    await loadAll(page);
    all.push(...(await titles(page)));
    expect(all).toContain('全国100个重点联系城市创业促就业工作方案');
    await expect(page.locator('.result__excerpt mark').first()).toBeVisible();
  });

  test('培训 shows each result with its own text, never the index-only words’ private-use mark', async ({ page }) => {
    await search(page, '?q=培训');
    const excerpts = await page.locator('.result__excerpt').allTextContents();
    expect(excerpts.length).toBe(10);
    expect(excerpts.filter((e) => e.includes('\uE000'))).toEqual([]);
    // The work plan's excerpt ran from its last line into its index-only summary; it shows the summary instead.
    await expect(page.locator('.result', { hasText: '全国100个重点联系城市创业促就业工作方案' }).locator('.result__excerpt')).toHaveText(/^通知附件/);
  });

  test('孵化 finds the work plan that sets up incubation bases first, then the incubators', async ({ page }) => {
    await search(page, '?q=孵化');
    // Official documents first: the plan holds the word; the sample incubators follow it.
    const [first, ...next] = (await titles(page)).slice(0, 3);
    expect(first).toBe('全国100个重点联系城市创业促就业工作方案');
    expect(next.every((t) => /孵化/.test(t))).toBe(true);
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^政策文件/ }).check();
    // The document itself first; its 解读, which quotes it, may follow.
    await expect(page.locator('.result__title').first()).toHaveText('全国100个重点联系城市创业促就业工作方案');
  });

  test('高校毕业生 finds stories and projects for that group', async ({ page }) => {
    await search(page, '?q=高校毕业生');
    const types = await page.locator('.result__meta .badge--info').allTextContents();
    expect(types).toContain('创业典型');
    expect(types).toContain('创业项目');
  });

  test('a 2-character and a 4-character query put the expected page first', async ({ page }) => {
    await search(page, '?q=面馆');
    expect((await titles(page))[0]).toBe('下岗后开起面馆，三年带动十二人就业');
    await search(page, '?q=同城配送');
    expect((await titles(page))[0]).toBe('复员军人创办同城配送公司');
  });

  test('a quoted phrase narrows to exact matches', async ({ page }) => {
    // A phrase outside the synonym table: quoted, it matches the literal words only.
    await search(page, '?q=带动就业');
    const loose = Number((await status(page).textContent())!.match(/\d+/)![0]);
    await search(page, `?q=${encodeURIComponent('"带动就业"')}`);
    const exact = Number((await status(page).textContent())!.match(/\d+/)![0]);
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(loose);
    for (const link of await page.locator('.result__title a').all()) {
      const href = (await link.getAttribute('href'))!;
      const res = await page.request.get(href);
      expect((await res.text()).replace(/<[^>]+>/g, ''), href).toContain('带动就业');
    }
  });

  test('no hits shows the empty state with ways out', async ({ page }) => {
    await search(page, `?q=${encodeURIComponent('量子')}&type=projects`);
    await expect(status(page)).toHaveText('没有找到符合条件的内容');
    const empty = page.locator('[data-empty]');
    await expect(empty).toBeVisible();
    await empty.getByRole('button', { name: '去掉筛选条件「栏目：创业项目」' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(empty.getByRole('link', { name: '创业项目' })).toBeVisible();
  });
});

test.describe('facets', () => {
  test('栏目=创业项目 and 投资额区间=3–10万 give exactly the matching projects', async ({ page }) => {
    const expected = listedProjects.filter((p) => p.data.band === '3–10万').map((p) => String(p.data.title));
    await page.goto('/search/');
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^创业项目/ }).check();
    await expect(status(page)).toHaveText(`找到 ${listedProjects.length} 条结果`);
    await page.getByRole('group', { name: '投资额区间' }).getByRole('checkbox', { name: /3–10万/ }).check();
    await expect(status(page)).toHaveText(`找到 ${expected.length} 条结果`);
    await loadAll(page);
    expect((await titles(page)).sort()).toEqual(expected.sort());
    await expect(page).toHaveURL(/type=projects&band=3%E2%80%9310%E4%B8%87/);
  });

  test('values of one facet are OR-ed, facets are AND-ed, counts narrow', async ({ page }) => {
    const both = listedProjects.filter((p) => ['≤3万', '3–10万'].includes(String(p.data.band)));
    await page.goto(`/search/?type=projects&band=${encodeURIComponent('≤3万')}&band=${encodeURIComponent('3–10万')}`);
    await expect(status(page)).toHaveText(`找到 ${both.length} 条结果`);
    const edu = both.filter((p) => p.data.industry === '教育');
    const industry = page.getByRole('group', { name: '行业' });
    await expect(industry.getByRole('checkbox', { name: /^教育/ })).toBeEnabled();
    await expect(industry.locator('label').filter({ has: page.getByRole('checkbox', { name: /^教育/ }) })).toContainText(
      `（${edu.length}）`,
    );
    await expect(industry.getByRole('checkbox', { name: /^采矿业/ })).toBeDisabled();
  });

  test('the URL round-trips: reload and Back give the same results', async ({ page }) => {
    await search(page, '?q=贷款');
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^创业典型/ }).check();
    await expect(page).toHaveURL(/q=%E8%B4%B7%E6%AC%BE&type=stories$/);
    await expect(status(page)).toHaveText(/找到/);
    const filtered = await titles(page);
    await page.reload();
    await expect(status(page)).toHaveText(/找到/);
    expect(await titles(page)).toEqual(filtered);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E8%B4%B7%E6%AC%BE$/);
    await expect(page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^创业典型/ })).not.toBeChecked();
  });

  test('sorts by date, newest first', async ({ page }) => {
    const newest = [...listedProjects].sort((a, b) => String(b.data.updated).localeCompare(String(a.data.updated)))[0]!;
    await search(page, '?type=projects&sort=date');
    await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('date');
    expect((await titles(page))[0]).toBe(newest.data.title);
    const dates = await page.locator('.result__meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toHaveLength(10);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('facets and load-more work from the keyboard', async ({ page }) => {
    await page.goto('/search/?type=projects');
    await expect(status(page)).toHaveText(`找到 ${listedProjects.length} 条结果`);
    const more = page.getByRole('button', { name: /加载更多/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.result')).toHaveCount(20);
    await expect(page.locator('.result').nth(10).getByRole('link')).toBeFocused();
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^政策文件/ }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/type=policies/);
  });
});

test.describe('header search form', () => {
  test('is on every page and submits to /search/', async ({ page }) => {
    await page.goto('/cities/chengdu/');
    await page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox', { name: '搜索本站' }).fill('孵化基地');
    await page.getByRole('search', { name: '全站搜索' }).getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    test('still submits a plain GET and the search page says what to do', async ({ page }) => {
      await page.goto('/stories/');
      await page.getByRole('searchbox', { name: '搜索本站' }).fill('贷款');
      await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=%E8%B4%B7%E6%AC%BE$/);
      await expect(page.getByText('显示搜索结果需要启用浏览器的 JavaScript')).toBeVisible();
      await expect(page.getByRole('link', { name: '创业项目' }).last()).toBeVisible();
    });
  });
});

test.describe('lazy loading', () => {
  test('content pages never fetch the search script or index', async ({ page, requests }) => {
    await page.goto('/policies/lsbf-2007-30/', { waitUntil: 'networkidle' });
    // Only the shared 长者模式 switch: no search script, no index.
    expect(requests.filter((u) => /pagefind/.test(u) || (/\.js$/.test(u) && !/\/_astro\/site\.[\w-]+\.js$/.test(u)))).toEqual([]);
  });

  test('the search page fetches the index only on demand, from this host', async ({ page, requests }) => {
    await search(page, '?q=培训');
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    for (const url of requests) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});

test('search results are accessible (axe)', async ({ page }) => {
  await search(page, '?q=孵化&type=incubators');
  expect(await wcagViolations(page)).toEqual([]);
});

test.describe('what founders type', () => {
  test('every project result shows its stage, every policy its 有效性, every sample 「示例」', async ({ page }) => {
    await search(page, '?q=创业');
    await loadAll(page);
    for (const result of await page.locator('.result').all()) {
      const type = await result.locator('.badge--info').first().textContent();
      const meta = result.locator('.result__meta');
      if (type === '创业项目') await expect(meta).toContainText(/开发中|征集中|论证中|已论证|推介中/);
      if (type === '政策文件') await expect(meta).toContainText(/有效性：/);
    }
    const href = await page.locator('.result__title a').first().getAttribute('href');
    const entry = [...content.policies, ...content.stories, ...content.projects, ...content.incubators].find((e) => href?.endsWith(`/${e.id}/`));
    if (entry?.data.sample) await expect(page.locator('.result').first().locator('.badge--sample')).toHaveText('示例');
  });

  test('withdrawn projects are left out until asked for, then listed with their stage', async ({ page }) => {
    const withdrawn = content.projects.filter((p) => p.data.stage === '已下架');
    expect(withdrawn.length).toBeGreaterThan(0);
    await search(page, '?type=projects');
    await loadAll(page);
    const shown = await titles(page);
    for (const p of withdrawn) expect(shown).not.toContain(String(p.data.title));
    await page.getByRole('checkbox', { name: /包括已下架的项目/ }).check();
    await expect(page).toHaveURL(/withdrawn=1/);
    await expect(status(page)).toHaveText(`找到 ${content.projects.length} 条结果`);
    await loadAll(page);
    const result = page.locator('.result', { hasText: String(withdrawn[0]!.data.title) });
    await expect(result.locator('.result__meta')).toContainText('已下架');
  });

  test('a budget phrase becomes the 投资预算 filter, shown in the URL and removable', async ({ page }) => {
    const affordable = listedProjects.filter((p) => Number(p.data.invest_min) <= 50_000);
    await search(page, `?q=${encodeURIComponent('5万以下')}`);
    await expect(page).toHaveURL(/budget=5/);
    await expect(page.locator('[data-note]')).toContainText('投资预算');
    await expect(status(page)).toHaveText(`找到 ${affordable.length} 条结果`);
    await loadAll(page);
    expect((await titles(page)).sort()).toEqual(affordable.map((p) => String(p.data.title)).sort());
    await page.getByRole('group', { name: '投资预算' }).getByRole('checkbox', { checked: true }).uncheck();
    await expect(page).not.toHaveURL(/budget=/);
  });

  test('traditional characters and pinyin find what the simplified query finds', async ({ page }) => {
    await search(page, `?q=${encodeURIComponent('貸款')}`);
    await expect(page.locator('[data-note]')).toHaveText('已按简体「贷款」搜索。');
    const traditional = await titles(page);
    await search(page, `?q=${encodeURIComponent('贷款')}`);
    expect(await titles(page)).toEqual(traditional);
    await search(page, '?q=chengdu');
    expect((await titles(page)).slice(0, 1)).toEqual(['成都市']);
  });

  test('a query nobody answers points to 我要创业, the filters and 项目征集', async ({ page }) => {
    await search(page, `?q=${encodeURIComponent('奶茶')}`);
    const empty = page.locator('[data-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: '我要创业' })).toHaveAttribute('href', '/start/');
    await expect(empty.getByRole('link', { name: '通过项目征集提交' })).toHaveAttribute('href', '/projects/call/');
  });

  test('only the facets that apply to the chosen 栏目 are shown', async ({ page }) => {
    await search(page, '?type=policies');
    await expect(page.getByRole('group', { name: '主题分类' })).toBeVisible();
    for (const name of ['行业', '适合人群', '投资预算', '服务内容', '项目状态']) await expect(page.getByRole('group', { name })).toBeHidden();
  });

  test('ticking a filter keeps the page where it was', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await search(page, '?type=projects');
    const box = page.getByRole('group', { name: '行业' }).getByRole('checkbox').first();
    await box.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await box.check();
    await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
  });

  test('a skip link goes from the search box past the filters to the results', async ({ page }) => {
    await search(page, '?q=孵化');
    await page.getByRole('searchbox', { name: '搜索关键词' }).focus();
    await page.keyboard.press('Tab'); // the 搜索 button
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到搜索结果' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is within the results, not among the filters.
    await expect(page.locator('[data-results] :focus')).toHaveCount(1);
  });

  test('on a phone the results come first and 「筛选」 opens the filters', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await search(page, '?q=孵化');
    const results = await page.locator('[data-results]').boundingBox();
    const facets = await page.locator('[data-facets]').boundingBox();
    expect(results!.y).toBeLessThan(facets!.y);
    await expect(page.getByRole('group', { name: '栏目' })).toBeHidden();
    await page.getByRole('link', { name: '筛选' }).click();
    await expect(page.getByRole('group', { name: '栏目' })).toBeVisible();
  });
});

test('the search page’s title names the query and the site as the settings name it', async ({ page }) => {
  const settings = parse(readFileSync(join(FIXTURE_ROOT, SETTINGS_FILE), 'utf8')) as { name: string };
  await search(page, `?q=${encodeURIComponent('贷款')}`);
  await expect(page).toHaveTitle(`“贷款”的搜索结果 - ${settings.name}`);
});
