/**
 * What readers tell the site without a form (src/lib/core/beacons.ts): a detail page's 「有帮助 / 没帮助」 and the
 * search page's query with its number of results, sent as plain GETs the nginx recipe answers with 204 and logs
 * (their answer through the real nginx: tests/unit/stats.test.ts); and /admin/stats/, the editors' list of what
 * readers did not find, from the fixture's content/settings/stats.json.
 */
import { expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { found } from './search-results.ts';

const PAGE = '/projects/community-breakfast/';

test('a detail page asks whether it helped; a vote is sent without leaving the page and thanked for in place', async ({ page }) => {
  await page.goto(PAGE);
  const box = page.getByRole('complementary', { name: '本页信息对您有帮助吗？' });
  await expect(box.getByRole('link', { name: '有帮助' })).toHaveAttribute('href', `/_s/helpful.txt?page=${encodeURIComponent(PAGE)}&v=yes`);
  const sent = page.waitForRequest((r) => r.url().includes('/_s/helpful.txt?'));
  await box.getByRole('link', { name: '没帮助' }).click();
  const url = new URL((await sent).url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ page: PAGE, v: 'no' });
  await expect(box).toContainText('谢谢您的反馈。');
  await expect(box.locator('[data-helpful]')).toBeFocused();
  expect(page.url()).toContain(PAGE);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the two answers are plain links, kept from crawlers', async ({ page }) => {
    await page.goto(PAGE);
    const links = page.getByRole('complementary', { name: '本页信息对您有帮助吗？' }).getByRole('link');
    await expect(links).toHaveText(['有帮助', '没帮助']);
    for (const link of await links.all()) await expect(link).toHaveAttribute('rel', 'nofollow');
  });
});

test('the search page tells the log each query once, with its number of results, zero included', async ({ page }) => {
  const told: URL[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_s/search.txt?')) told.push(new URL(r.url()));
  });
  const status = await found(page, `/search/?q=${encodeURIComponent('贷款')}`);
  await expect.poll(() => told.length).toBe(1);
  expect(told[0]!.searchParams.get('q')).toBe('贷款');
  expect(`找到 ${told[0]!.searchParams.get('n')} 条结果`).toBe(status);
  // Ticking a filter narrows the same query: not a new search to count.
  await page.getByRole('checkbox', { name: /政策文件/ }).first().check();
  await expect(page).toHaveURL(/type=policies/);
  expect(await found(page, `/search/?q=${encodeURIComponent('量子')}`)).toBe('没有找到符合条件的内容');
  await expect.poll(() => told.map((u) => `${u.searchParams.get('q')} ${u.searchParams.get('n')}`)).toEqual([`贷款 ${told[0]!.searchParams.get('n')}`, '量子 0']);
});

test('/admin/stats/ lists the searches that found nothing and the pages readers found unhelpful', async ({ page }) => {
  await page.goto('/admin/stats/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('访问统计与读者反馈');
  await expect(page.getByRole('img', { name: '每月浏览量' })).toBeVisible();
  const zero = page.getByRole('table', { name: /一条结果也没有找到/ });
  await expect(zero.getByRole('row').nth(1)).toContainText('奶茶加盟');
  await expect(zero.getByRole('link', { name: '奶茶加盟' })).toHaveAttribute('href', `/search/?q=${encodeURIComponent('奶茶加盟')}`);
  await expect(page.getByRole('table', { name: /没帮助/ }).getByRole('row').nth(1)).toContainText('/projects/bike-repair/');
  expect(await wcagViolations(page)).toEqual([]);
});
