import type { Page } from '@playwright/test';
import { content, expect, test } from './fixtures.ts';

async function mapReady(page: Page) {
  await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
  await expect(page.locator('portal-map')).toHaveAttribute('data-ready', /\d+/, { timeout: 15_000 });
}

const markers = (page: Page) => page.locator('.leaflet-marker-icon.map-marker');

test.describe('key cities map', () => {
  test('shows one marker per city file, drawn only once scrolled into view', async ({ page, requests }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/cities/', { waitUntil: 'networkidle' });
    expect(requests.some((u) => u.includes('leaflet'))).toBe(false);
    await mapReady(page);
    await expect(markers(page)).toHaveCount(content.cities.length);
    for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
  });

  test('a marker’s popup links to the city page', async ({ page }) => {
    await page.goto('/cities/');
    await mapReady(page);
    await page.getByRole('button', { name: /^成都市，四川省/ }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText('成都市');
    await expect(popup).toContainText('待核实');
    await popup.getByRole('link', { name: '查看详情' }).click();
    await expect(page).toHaveURL(/\/cities\/chengdu\/$/);
  });

  test('markers are keyboard focusable and open with Enter', async ({ page }) => {
    await page.goto('/cities/');
    await mapReady(page);
    const marker = page.getByRole('button', { name: /^武汉市，湖北省/ });
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.leaflet-popup')).toContainText('武汉市');
  });

  test('the province filter narrows markers and table, and zooms', async ({ page }) => {
    const inSichuan = content.cities.filter((c) => c.data.province === '四川省').length;
    await page.goto('/cities/');
    await mapReady(page);
    const zoomBefore = await page.locator('.leaflet-proxy').getAttribute('style');
    await page.getByLabel('按省份筛选').selectOption('四川省');
    await expect(page.locator('.city-table tbody tr:not([hidden])')).toHaveCount(inSichuan);
    await expect(markers(page)).toHaveCount(inSichuan);
    await expect(page.getByRole('status').filter({ hasText: '四川省' })).toHaveText(`四川省：${inSichuan} 个`);
    await expect.poll(() => page.locator('.leaflet-proxy').getAttribute('style')).not.toBe(zoomBefore);
    await page.getByLabel('按省份筛选').selectOption('');
    await expect(markers(page)).toHaveCount(content.cities.length);
  });

  test('the ranking table sorts by a column', async ({ page }) => {
    await page.goto('/cities/');
    await page.getByRole('button', { name: '合格率' }).click();
    await expect(page.getByRole('columnheader', { name: '合格率' })).toHaveAttribute('aria-sort', 'ascending');
    const values = await page.locator('.city-table tbody tr > :nth-child(3)').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    await page.getByRole('button', { name: '合格率' }).click();
    await expect(page.getByRole('columnheader', { name: '合格率' })).toHaveAttribute('aria-sort', 'descending');
  });

  test('the overview counts the reporting cities from the content', async ({ page }) => {
    const reporting = content.cities.filter((c) => (c.data.results as unknown[]).length > 0).length;
    await page.goto('/cities/');
    await expect(page.getByRole('region', { name: /全国概况/ })).toContainText(`其中 ${reporting} 个报送了年度成效`);
  });

  test('the overview names the cities meeting every target and the year that counts, as the table does', async ({ page }) => {
    await page.goto('/cities/');
    const overview = page.getByRole('region', { name: /全国概况/ });
    const listed = await overview.locator('.overview__cities li').allInnerTexts();
    const rows = await page.locator('.city-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), tr.children[1]!.textContent.trim()]),
    );
    const full = rows.filter(([, met]) => /^(\d+)\/\1/.test(met!));
    expect(listed.map((t) => t.replace(/（.*$/, '')).sort()).toEqual(full.map(([name]) => name!).sort());
    for (const [name, met] of full) expect(listed).toContain(`${name}（${/（(\d{4})）/.exec(met!)![1]} 年）`);
    await expect(overview).toContainText(`${full.length} 个城市5 项目标全部达标`);
  });

  test('the table fits at 1280 px and reads as cards on a phone, with no box of its own to scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/cities/');
    const table = page.locator('.city-table');
    const fits = () => table.evaluate((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth && t.scrollWidth <= t.closest('.map-view__table')!.clientWidth + 1);
    expect(await fits()).toBe(true);
    await expect(page.locator('.map-view__table .table-scroll')).toHaveCount(0);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const firstRow = page.locator('.city-table tbody tr').first();
    for (const label of ['达标项数', '合格率', '开业率', '稳定经营率']) await expect(firstRow.locator(`[data-label="${label}"]`)).toBeVisible();
  });

  test('the three target states differ in shape or fill, not only in colour', async ({ page }) => {
    await page.goto('/cities/');
    const look = (cls: string) =>
      page.locator(`.map-legend .${cls}`).evaluate((el) => {
        const s = getComputedStyle(el);
        const dot = getComputedStyle(el, '::before');
        return [s.borderRadius, s.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'none' : 'filled', s.borderStyle, dot.borderStyle, el.textContent.trim()].join(' ');
      });
    const styles = await Promise.all(['map-marker--targets-all', 'map-marker--targets-some', 'map-marker--targets-none'].map(look));
    expect(new Set(styles).size).toBe(3);
  });

  test('keyboard: skip past the markers to the table; Enter opens a popup with focus in it, Esc closes it', async ({ page }) => {
    await page.goto('/cities/');
    await mapReady(page);
    await page.getByRole('link', { name: '跳过地图，查看城市表格' }).click();
    await expect(page.locator('#cities-table')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next Tab stop is in the table, not the first of a hundred markers.
    await expect(page.locator('.city-table :focus')).toHaveCount(1);

    const marker = page.getByRole('button', { name: /^成都市，四川省/ });
    await expect(marker).toHaveAccessibleName(/最近年度达标 \d\/\d 项|暂无成效数据/);
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup').getByRole('link', { name: '查看详情' });
    await expect(link).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    test('the table and legend still say everything', async ({ page }) => {
      await page.goto('/cities/');
      await expect(page.locator('.city-table tbody tr')).toHaveCount(content.cities.length);
      await expect(page.getByRole('list', { name: '图例' })).toContainText('方形 !：部分目标未达标');
      await expect(page.getByLabel('按省份筛选')).toBeHidden();
    });
  });
});

test.describe('incubator map', () => {
  test('clusters the incubators and lists them all in a table', async ({ page }) => {
    await page.goto('/incubators/');
    await mapReady(page);
    await expect(page.locator('portal-map')).toHaveAttribute('data-ready', String(content.incubators.length));
    await expect(page.locator('.marker-cluster').first()).toBeVisible();
    // A cluster says what it holds and how to open it.
    await expect(page.locator('.marker-cluster').first()).toHaveAccessibleName(/^\d+ 个孵化基地，按回车展开$/);
    await page.getByText(/以表格查看全部/).click();
    await expect(page.locator('.map-table tbody tr')).toHaveCount(content.incubators.length);
  });
});

test.describe('city dashboard', () => {
  test('draws one chart per target with ✓/✗ in text and a target line', async ({ page }) => {
    await page.goto('/cities/chengdu/');
    const charts = page.getByRole('region', { name: '成效图示' }).getByRole('img');
    await expect(charts).toHaveCount(5);
    await expect(charts.first()).toHaveAccessibleName(/培训人数（目标 ≥ 1,500 人）：2008年/);
    await expect(page.locator('.chart__target')).toHaveCount(5);
    await expect(page.locator('.chart__value').first()).toHaveText(/^[✓✗] /);
    // No island: only the shared 长者模式 script.
    await expect(page.locator('script')).toHaveCount(1);
  });

  test('shows its incubators, training institutions and event venues on a small static map', async ({ page }) => {
    await page.goto('/cities/chengdu/');
    const n = content.incubators.filter((i) => i.data.city === 'chengdu').length;
    const t = content.training.filter((i) => i.data.city === 'chengdu').length;
    const e = content.events.filter((i) => i.data.city === 'chengdu' && i.data.location).length;
    await expect(page.locator('.mini-map__incubator')).toHaveCount(n);
    await expect(page.locator('.mini-map__training')).toHaveCount(t);
    await expect(page.locator('.mini-map__event')).toHaveCount(e);
    await expect(
      page.getByRole('img', { name: `四川省轮廓图，标出成都市（星形）和本站收录的 ${n} 个孵化基地（圆点）、${t} 个创业培训定点机构（方块）、${e} 个活动地点（三角）。` }),
    ).toBeVisible();
  });
});

test.describe('the basemap claims no approval it lacks', () => {
  test('every map drawn from the offline basemap says 示意图, and no page shows a 审图号', async ({ page }) => {
    for (const path of ['/cities/', '/incubators/', '/training/']) {
      await page.goto(path);
      await expect(page.locator('portal-map .map-preview-label')).toHaveText(/^示意图：底图未经审核，仅供预览/);
      await mapReady(page);
      await expect(page.locator('.leaflet-control-attribution')).toContainText('示意底图，未经审核，仅供预览');
      await expect(page.locator('body')).not.toContainText(/审图号|GS\(\d{4}\)/);
    }
    await page.goto('/cities/chengdu/');
    await expect(page.locator('.mini-map .map-preview-label')).toContainText('示意图');
    await expect(page.locator('body')).not.toContainText(/审图号|GS\(\d{4}\)/);
  });
});
