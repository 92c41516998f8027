// 创业培训定点机构: the sixth collection, on its own pages, the map, the city pages, search and the CMS's data.
import { asText } from '../../src/lib/core/format.ts';
import { content, expect, test } from './fixtures.ts';

const today = new Date();
const expired = (t: (typeof content.training)[number]) => Boolean(t.data.valid_until && new Date(asText(t.data.valid_until)) < today);

test.describe('training institutions', () => {
  test('the list shows each institution with its status, courses and fee, and a map with a table', async ({ page }) => {
    await page.goto('/training/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('创业培训定点机构');
    const cards = page.locator('.entry-card');
    await expect(cards).toHaveCount(content.training.length);
    const paused = content.training.find((t) => t.data.status === '暂停招生')!;
    await expect(cards.filter({ hasText: String(paused.data.title) }).locator('.badge')).toContainText(['示例', '暂停招生']);
    const lapsed = content.training.find((t) => t.data.status === '认定有效' && expired(t))!;
    await expect(cards.filter({ hasText: String(lapsed.data.title) }).locator('.badge')).toContainText(['示例', '认定已过期']);
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await expect(page.locator('portal-map')).toHaveAttribute('data-ready', String(content.training.length));
    await expect(page.locator('.map-table tbody tr')).toHaveCount(content.training.length);
    await expect(page.locator('.map-legend')).toContainText('菱形：已撤销认定');
    // The province filter narrows the table.
    await page.getByLabel('按省份筛选').selectOption('四川省');
    await expect(page.locator('.map-table tbody tr:not([hidden])')).toHaveCount(content.training.filter((t) => t.data.city === 'chengdu').length);
  });

  test('a page says how to enrol, what it costs, and when it may not be recommended', async ({ page }) => {
    await page.goto('/training/chengdu-rongcheng/');
    const meta = page.getByRole('table', { name: /基本信息/ });
    await expect(meta.getByRole('row', { name: /培训项目/ })).toContainText('SYB（创办你的企业）');
    await expect(meta.getByRole('row', { name: /持证师资/ })).toContainText('24 人');
    await expect(meta.getByRole('row', { name: /认定部门/ })).toContainText('四川省人力资源和社会保障厅');
    await expect(meta.getByRole('row', { name: /邮箱/ }).getByRole('link', { name: 'training@example.org' })).toHaveAttribute('href', 'mailto:training@example.org');
    await expect(page.getByRole('heading', { name: '怎样报名' })).toBeVisible();
    // Where to go, whole: the city as well as the street.
    await expect(page.getByRole('region', { name: '怎样报名' })).toContainText(/地址\s*成都市锦江区示例路/);
    await expect(page.getByText('开班计划')).toBeVisible();
    await expect(page.locator('.detail__header .badge--sample')).toHaveText('示例');
    await expect(page.locator('.notice--warn')).toHaveCount(0);
    await page.goto('/training/harbin-songbei/');
    await expect(page.locator('.notice--warn')).toContainText('定点资格已撤销');
    const lapsed = content.training.find((t) => t.data.status === '认定有效' && expired(t))!;
    await page.goto(`/training/${lapsed.id}/`);
    await expect(page.locator('.notice--warn')).toContainText('认定有效期已于');
  });

  test('a city page lists its training institutions', async ({ page }) => {
    await page.goto('/cities/chengdu/');
    const region = page.getByRole('region', { name: '创业培训定点机构' });
    await expect(region.getByRole('link')).toHaveCount(content.training.filter((t) => t.data.city === 'chengdu').length);
    await region.getByRole('link', { name: '蓉城创业培训学校' }).click();
    await expect(page).toHaveURL(/\/training\/chengdu-rongcheng\/$/);
  });

  test('search finds institutions by course and narrows by 培训项目 and 是否收费', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('创业培训学校')}&type=training`);
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
    const results = page.locator('.result');
    await expect(results.first()).toContainText('示例');
    await page.goto(`/search/?type=training&course=${encodeURIComponent('网络创业培训')}&fee=${encodeURIComponent('免费')}`);
    const expected = content.training.filter(
      (t) => (t.data.courses as string[]).includes('网络创业培训') && t.data.fee === '免费' && t.data.status !== '已撤销认定' && !expired(t),
    );
    await expect(page.getByRole('status')).toHaveText(`找到 ${expected.length} 条结果`);
    await expect(page.locator('.result__title a')).toHaveCount(expected.length);
    expect((await page.locator('.result__title a').allTextContents()).sort()).toEqual(expected.map((t) => String(t.data.title)).sort());
  });
});
