import { wcagViolations } from './axe.ts';
import { PAGE_TYPES, expect, hasHorizontalScroll, test } from './fixtures.ts';

for (const { type, path, h1, island } of PAGE_TYPES) {
  test.describe(`${type} (${path})`, () => {
    // One load for what a page must be in any state, so 31 page types do not cost four loads each: the steps say
    // which check failed.
    test('renders in Chinese with its landmarks, loads nothing from another host, passes axe and fits a 375 px phone', async ({ page, requests }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      await test.step('its heading, landmarks and page tags', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
        await expect(page.getByRole('banner')).toBeVisible();
        await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
        await expect(page.getByRole('main')).toBeVisible();
        await expect(page.getByRole('contentinfo')).toContainText('不是政府官方网站');
        await expect(page.locator('meta[name="ArticleTitle"]')).toHaveAttribute('content', /.+/);
        await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', /.+/);
      });
      await test.step('requests nothing from another host, and ships JavaScript only as an island and the shared switch', async () => {
        await expect(page.locator('script:not([src])')).toHaveCount(0);
        // Every page loads the shared 长者模式/打印 script, first thing in <head>; only islands load more.
        await expect(page.locator('head script').first()).toHaveAttribute('src', /^\/_astro\/site\.[\w-]+\.js$/);
        if (!island) await expect(page.locator('script')).toHaveCount(1);
        expect(requests.length).toBeGreaterThan(0);
        for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
      });
      await test.step('has no WCAG 2.1 AA violation (axe)', async () => {
        expect(await wcagViolations(page)).toEqual([]);
      });
      await test.step('fits a 375 px phone without horizontal scrolling', async () => {
        await page.setViewportSize({ width: 375, height: 800 });
        expect(await hasHorizontalScroll(page)).toBe(false);
      });
    });

    test('has no WCAG 2.1 AA violation (axe) in 长者模式', async ({ page }) => {
      await page.addInitScript(() => window.localStorage.setItem('elder', '1'));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-elder', '');
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
}

// The check every page above passes must be able to fail: a page with an unlabelled image, grey-on-white text and
// a same-origin frame holding an unlabelled field (what the faster in-page mode must still reach).
test('the accessibility check reports what a page gets wrong, in frames too', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p>浅灰色的字</p>');
    // Through the CSSOM: the site's CSP refuses style attributes in markup.
    Object.assign(main.querySelector('p')!.style, { color: '#bbb', background: '#fff' });
    const frame = document.createElement('iframe');
    frame.title = '内嵌页';
    frame.srcdoc = '<!doctype html><html lang="zh-CN"><title>内嵌</title><main><input type="text"></main></html>';
    main.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve));
  });
  const rules = (await wcagViolations(page)).map((v) => v.split(':')[0]);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label']));
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/policies/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('a phone\'s first screen', () => {
  test('the navigation folds behind 菜单, which opens without JavaScript, and the page\'s own content starts high', async ({ browser }) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 375, height: 900 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/policies/');
      const nav = page.getByRole('navigation', { name: '主导航' });
      const links = nav.getByRole('link', { name: '创业项目' });
      await expect(links).toBeHidden();
      // The page's own heading within the top quarter of the screen (it was 320 px down behind a wrapped menu).
      const top = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
      expect(top, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThan(260);
      const menu = nav.getByText('菜单');
      await menu.click();
      await expect(links).toBeVisible();
      await links.click();
      await expect(page).toHaveURL(/\/projects\/$/);
      await context.close();
    }
  });

  test('on a wide screen every link shows and there is no 菜单 button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/policies/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByText('菜单')).toBeHidden();
    for (const name of ['首页', '我要创业', '政策文件', '重点城市', '关于本站']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  });
});
