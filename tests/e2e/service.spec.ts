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

test('意见反馈 from a page composes one labelled e-mail to the contact address, naming that page, ready to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/projects/community-breakfast/');
  const here = page.url();
  await page.getByRole('contentinfo').getByRole('link', { name: '意见反馈' }).click();
  await expect(page.getByLabel('有关页面的网址（可选）')).toHaveValue(here);
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
  expect(body).toContain(`有关页面：${here}`);
  expect(body).toContain('联系方式：139-0000-0000');
  expect(body).toContain('联系电话已经停用。<b>请核实</b>');
  // A webmail user gets the whole message to copy, addressee and subject included.
  const composed = page.getByLabel('邮件内容');
  await expect(composed).toHaveValue(/^收件人：editor@example\.org\n主题：.*意见反馈：内容有误或过时\n\n问题类别：内容有误或过时\n/);
  await expect(composed).toHaveValue(/联系电话已经停用。<b>请核实<\/b>$/);
  await page.getByRole('button', { name: '复制邮件内容' }).click();
  await expect(page.getByText('已复制')).toBeVisible();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(await composed.inputValue());
});

test('意见反馈 takes only a page of this site from ?page=, and limits every answer’s length', async ({ page }) => {
  for (const foreign of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)']) {
    await page.goto(`/feedback/?page=${encodeURIComponent(foreign)}`);
    await expect(page.getByRole('button', { name: '生成邮件' })).toBeVisible();
    await expect(page.getByLabel('有关页面的网址（可选）')).toHaveValue('');
  }
  await page.goto('/feedback/?page=%2Fpolicies%2F');
  await expect(page.getByLabel('有关页面的网址（可选）')).toHaveValue(new URL('/policies/', page.url()).href);
  for (const label of ['有关页面的网址（可选）', '内容', '您的联系方式（可选）']) {
    await expect(page.getByLabel(label)).toHaveAttribute('maxlength', /^\d+$/);
  }
});

test('意见反馈 works without JavaScript: a mailto: whose body carries the page and the contact', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Where the form sends: a mailto: navigation never reaches the network, so it is read from the browser itself.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  const sent = new Promise<string>((resolve) => cdp.on('Page.frameRequestedNavigation', (e: { url: string }) => resolve(e.url)));
  await page.goto('/feedback/');
  // Only the fields a mailto: can carry are shown; the message box names the lines for the rest.
  await expect(page.getByLabel('有关页面的网址（可选）')).toBeHidden();
  const box = page.getByLabel('内容');
  await expect(box).toHaveValue(/^有关页面的网址：\n联系方式（可选）：\n/);
  await page.getByLabel('问题类别').selectOption({ label: '链接打不开或页面出错' });
  const typed = (await box.inputValue()).replace('有关页面的网址：', '有关页面的网址：http://127.0.0.1/policies/').replace('联系方式（可选）：', '联系方式（可选）：139-0000-0000');
  await box.fill(`${typed}第二段的链接打不开。`);
  await page.getByRole('button', { name: '生成邮件' }).click();
  const mail = new URL(await sent);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('editor@example.org');
  expect(mail.searchParams.get('subject')).toMatch(/意见反馈：链接打不开或页面出错$/);
  const body = mail.searchParams.get('body') ?? '';
  expect(body).toContain('有关页面的网址：http://127.0.0.1/policies/');
  expect(body).toContain('联系方式（可选）：139-0000-0000');
  expect(body).toContain('第二段的链接打不开。');
  // Nothing else travels as a header a mail program would drop.
  expect([...mail.searchParams.keys()].sort()).toEqual(['body', 'subject']);
  await context.close();
});
