// Runs against dist-hostile/, built from tests/fixtures/hostile: every text field holds a payload.
import { expect, test } from './fixtures.ts';

const PAGES = [
  '/',
  '/policies/',
  '/policies/xss-policy/',
  '/stories/',
  '/stories/xss-story/',
  '/projects/',
  '/projects/xss-project/',
  '/incubators/',
  '/incubators/xss-incubator/',
  '/cities/',
  '/cities/xss-city/',
  '/search/?q=小额贷款',
  '/search/?q=创业',
];

test.describe('hostile content', () => {
  for (const path of PAGES) {
    test(`${path} shows payloads as text and runs nothing`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      if (path.startsWith('/search/')) await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
      await page.mouse.move(200, 300);
      expect(dialogs).toEqual([]);
      await expect(page.locator('[onerror], [onload], [onmouseover]')).toHaveCount(0);
      expect(await page.locator('script').evaluateAll((s) => s.filter((e) => /alert/.test(e.textContent ?? '')).length)).toBe(0);
    });
  }

  test('hostile names show as text in map popups', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const [path, name] of [
      ['/cities/', '<img src=x onerror=alert(1)> 市'],
      ['/incubators/', '<img src=x onerror=alert(1)> 孵化基地'],
    ] as const) {
      await page.goto(path);
      await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
      await expect(page.locator('portal-map')).toHaveAttribute('data-ready', '1');
      await page.locator('.leaflet-marker-icon').first().click();
      await expect(page.locator('.map-popup__title')).toHaveText(name);
    }
    expect(dialogs).toEqual([]);
    await expect(page.locator('[onerror]')).toHaveCount(0);
  });

  test('JSON carrying hostile text stays valid and keeps the text', async ({ request }) => {
    for (const url of ['/cities/map.json', '/incubators/map.json', '/start/index.json', '/data/stories.json']) {
      const text = await (await request.get(url)).text();
      expect(JSON.stringify(JSON.parse(text)), url).toContain('<img src=x onerror=alert(1)>');
    }
  });

  test('a hostile title is readable text on its page and in search results', async ({ page }) => {
    await page.goto('/stories/xss-story/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)> 创业故事');
    await page.goto('/search/?q=创业故事');
    await expect(page.locator('.result__title').first()).toHaveText('<img src=x onerror=alert(1)> 创业故事');
  });
});
