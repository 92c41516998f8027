// What an editor who has never used Git needs besides the CMS itself: the guide and the coordinate tool.
import { distanceKm } from '../../src/lib/domain/matching.ts';
import { expect, test } from './fixtures.ts';

test('the coordinate tool turns a 高德 point into the WGS84 figures the CMS asks for', async ({ page }) => {
  await page.goto('/admin/coords/');
  await page.getByRole('radio', { name: /GCJ-02/ }).check();
  // 天安门 as 高德's own documentation gives it; its surveyed WGS84 position is 39.9072, 116.3908.
  await page.getByLabel('经纬度').fill('116.397428,39.90923');
  await page.getByRole('button', { name: '换算' }).click();
  const out = page.locator('coords-tool [data-result]');
  const lat = Number(await out.locator('output').nth(0).innerText());
  const lng = Number(await out.locator('output').nth(1).innerText());
  expect(distanceKm({ lat, lng }, { lat: 39.9072, lng: 116.3908 }) * 1000).toBeLessThan(150);
  await expect(out).toContainText('纬度（WGS84）');
  await page.getByLabel('经纬度').fill('116.39');
  await page.getByRole('button', { name: '换算' }).click();
  await expect(out).toContainText('请填写两个数字');
});

test('the editors\' guide covers login, the workflow, coordinates, 示例 and 下架, with every screenshot shown', async ({ page }) => {
  await page.goto('/admin/guide/');
  const headings = (await page.getByRole('heading', { level: 2 }).allInnerTexts()).join('\n');
  for (const topic of ['登录', '草稿 → 审核中 → 就绪 → 发布', '多久能在网站上看到', '坐标', '示例', '下架', '导入']) expect(headings).toContain(topic);
  const images = page.locator('article img');
  expect(await images.count()).toBeGreaterThanOrEqual(8);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveAttribute('alt', /\S/);
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), await img.getAttribute('src') ?? '').toBe(true);
  }
  // No Git or Markdown jargon before the part addressed to the technical colleague.
  const forEditors = (await page.locator('article').innerText()).split('给技术同事')[0]!;
  expect(forEditors).not.toMatch(/Markdown|npm|frontmatter|YAML|git /i);
});
