import type { Page } from '@playwright/test';
import { content, expect, test } from './fixtures.ts';

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

  test('孵化 finds incubators and the notice’s work plan', async ({ page }) => {
    await search(page, '?q=孵化');
    expect((await titles(page)).slice(0, 3).every((t) => /孵化/.test(t))).toBe(true);
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^政策文件/ }).check();
    await expect(page.locator('.result__title')).toHaveText(['全国100个重点联系城市创业促就业工作方案']);
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
    await search(page, '?q=创业孵化基地');
    const loose = Number((await status(page).textContent())!.match(/\d+/)![0]);
    await search(page, `?q=${encodeURIComponent('"创业孵化基地"')}`);
    const exact = Number((await status(page).textContent())!.match(/\d+/)![0]);
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(loose);
    for (const link of await page.locator('.result__title a').all()) {
      const href = (await link.getAttribute('href'))!;
      const res = await page.request.get(href);
      expect((await res.text()).replace(/<[^>]+>/g, ''), href).toContain('创业孵化基地');
    }
  });

  test('no hits shows the empty state with ways out', async ({ page }) => {
    await search(page, '?q=zzxqv&type=projects');
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
    const expected = content.projects.filter((p) => p.data.band === '3–10万').map((p) => String(p.data.title));
    await page.goto('/search/');
    await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^创业项目/ }).check();
    await expect(status(page)).toHaveText(`找到 ${content.projects.length} 条结果`);
    await page.getByRole('group', { name: '投资额区间' }).getByRole('checkbox', { name: /3–10万/ }).check();
    await expect(status(page)).toHaveText(`找到 ${expected.length} 条结果`);
    await loadAll(page);
    expect((await titles(page)).sort()).toEqual(expected.sort());
    await expect(page).toHaveURL(/type=projects&band=3%E2%80%9310%E4%B8%87/);
  });

  test('values of one facet are OR-ed, facets are AND-ed, counts narrow', async ({ page }) => {
    const both = content.projects.filter((p) => ['≤3万', '3–10万'].includes(String(p.data.band)));
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
    const filtered = await titles(page);
    await page.reload();
    await expect(status(page)).toHaveText(/找到/);
    expect(await titles(page)).toEqual(filtered);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E8%B4%B7%E6%AC%BE$/);
    await expect(page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^创业典型/ })).not.toBeChecked();
  });

  test('sorts by date, newest first', async ({ page }) => {
    const newest = [...content.projects].sort((a, b) => String(b.data.updated).localeCompare(String(a.data.updated)))[0]!;
    await search(page, '?type=projects&sort=date');
    await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('date');
    expect((await titles(page))[0]).toBe(newest.data.title);
    const dates = await page.locator('.result__meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toHaveLength(10);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('facets and load-more work from the keyboard', async ({ page }) => {
    await page.goto('/search/?type=projects');
    await expect(status(page)).toHaveText(/找到 30 条结果/);
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
    await page.getByRole('search').getByRole('searchbox', { name: '搜索本站' }).fill('孵化基地');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
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
    expect(requests.filter((u) => /pagefind|\.js$/.test(u))).toEqual([]);
  });

  test('the search page fetches the index only on demand, from this host', async ({ page, requests }) => {
    await search(page, '?q=培训');
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    for (const url of requests) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});

test('search results are accessible (axe)', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await search(page, '?q=孵化&type=incubators');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
