// 网站地图 and 意见反馈: finding every part of the site, and telling the editors about a problem.
import { content, expect, test } from './fixtures.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

test('网站地图 links every section, every city and every project filter, and is linked from every page', async ({ page }) => {
  await page.goto('/policies/');
  await page.getByRole('contentinfo').getByRole('link', { name: '网站地图' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网站地图');
  const main = page.getByRole('main');
  for (const c of COLLECTIONS) {
    await expect(main.getByRole('heading', { level: 2 }).getByRole('link', { name: c.label })).toHaveAttribute('href', c.path);
  }
  for (const c of content.cities) await expect(main.locator(`a[href="/cities/${c.id}/"]`)).toHaveCount(1);
  await expect(main.getByRole('heading', { name: '按行业' })).toBeVisible();
  const filterLinks = await main.locator('a[href^="/projects/filter/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(filterLinks.length).toBeGreaterThan(10);
  // Every link leads somewhere.
  for (const href of filterLinks.slice(0, 5)) expect((await page.request.get(href!)).status()).toBe(200);
});

test('意见反馈 from a page composes one labelled e-mail to the contact address, naming that page', async ({ page }) => {
  await page.goto('/projects/community-breakfast/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('contentinfo').getByRole('link', { name: '意见反馈' }).click();
  await expect(page.getByLabel('有关页面的网址（可选）')).toHaveValue(canonical!);
  await page.getByLabel('问题类别').selectOption({ label: '内容有误或过时' });
  await page.getByLabel('内容').fill('联系电话已经停用。<b>请核实</b>');
  await page.getByLabel('您的联系方式（可选）').fill('139-0000-0000');
  await page.getByRole('button', { name: '生成邮件' }).click();
  const href = await page.getByRole('link', { name: '点这里打开邮件' }).getAttribute('href');
  const mail = new URL(href!);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('editor@example.org');
  expect(mail.searchParams.get('subject')).toMatch(/意见反馈：内容有误或过时$/);
  const body = mail.searchParams.get('body')!;
  expect(body).toContain(`有关页面：${canonical}`);
  expect(body).toContain('联系方式：139-0000-0000');
  expect(body).toContain('联系电话已经停用。<b>请核实</b>');
});

test('意见反馈 works without JavaScript: a plain mailto: form with subject and text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/feedback/');
  const form = page.locator('feedback-form form');
  await expect(form).toHaveAttribute('action', 'mailto:editor@example.org');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(page.getByLabel('问题类别')).toHaveAttribute('name', 'subject');
  await expect(page.getByLabel('内容')).toHaveAttribute('name', 'body');
  await context.close();
});
