/** What a reader sees of a search on /search/: the status line, every result (loading them all), the counts. */
import { expect, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /找到|没有找到|请输入/ });

/** Opens a search and waits for its status line, which it returns. */
export async function found(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(status(page)).toHaveText(/找到 \d+ 条结果|没有找到|请输入/);
  return (await status(page).textContent())!;
}

/** Presses 「加载更多」 until every result is on the page. */
export async function loadAll(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /加载更多/ });
  while (await more.isVisible()) {
    const shown = await page.locator('.result').count();
    await more.click();
    await expect(page.locator('.result')).not.toHaveCount(shown);
  }
}

/** Every result's date, loading them all. */
export async function allDates(page: Page): Promise<string[]> {
  await loadAll(page);
  return page.locator('.result__meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
}

/** Every result's address, in order, loading them all. */
export async function allLinks(page: Page): Promise<string[]> {
  await loadAll(page);
  return page.locator('.result__title a').evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
}
