// 长者模式 (MIIT 适老化): larger text, stronger contrast, larger targets; remembered, applied before the first paint.
import { expect, test } from './fixtures.ts';

test('the header switch turns 长者模式 on and off and every page remembers it', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '长者模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
  // Larger targets: the search button grows with the text.
  expect((await page.getByRole('button', { name: '搜索' }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.goto('/policies/');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(page.getByRole('button', { name: '长者模式' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '长者模式' }).click();
  await page.goto('/stories/');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', '');
});

test('a remembered 长者模式 is applied before the first paint: nothing shifts as the page loads', async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('elder', '1');
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { shift: number }).shift += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/', '/policies/lsbf-2007-30/', '/projects/']) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBe(0);
    await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  }
});

test('without JavaScript there is no switch and the page is as it was', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: '长者模式' })).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', '');
  await context.close();
});
