// An island whose element is missing (a changed template, a page cached from an older build) says so on the console
// and leaves the page's HTML working, instead of failing half-way.
import { expect, test } from './fixtures.ts';

for (const { path, island, removed, submit } of [
  { path: '/start/', island: 'start-finder', removed: 'data-results', submit: '查看我的创业指引' },
  { path: '/feedback/', island: 'feedback-form', removed: 'data-result', submit: '生成邮件' },
]) {
  test(`${island} without its ${removed} element: a console message, no error, the form as HTML`, async ({ page }) => {
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(new RegExp(`${removed}(?=[\\s>=])`, 'g'), `${removed}-gone`);
      await route.fulfill({ response, body: html });
    });
    const messages: string[] = [];
    const failures: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') messages.push(m.text());
    });
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(path);
    await expect.poll(() => messages.join('\n')).toContain(`${island}:`);
    expect(messages.join('\n')).toContain('the page works without this script');
    expect(failures).toEqual([]);
    // The form still does what its HTML says: nothing intercepts the submit.
    const form = page.locator(`${island} form`);
    await expect(form).toHaveAttribute('action', /.+/);
    const submitted = await form.evaluate((f: HTMLFormElement) => {
      let prevented = false;
      f.addEventListener('submit', (e) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      });
      f.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      return prevented;
    });
    expect(submitted).toBe(false);
    await expect(page.getByRole('button', { name: submit })).toBeVisible();
  });
}
