// The public site's Content-Security-Policy holds on every kind of page, including the islands, and nothing
// trips it; JSON the pages publish stays valid.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const cspViolations = (page: Page) => {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
};

const ISLANDS: [string, (page: Page) => Promise<void>][] = [
  ['/search/?q=孵化', async (page) => expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/)],
  ['/cities/', async (page) => {
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await expect(page.locator('portal-map')).toHaveAttribute('data-ready', /\d+/);
  }],
  ['/incubators/', async (page) => {
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await expect(page.locator('portal-map')).toHaveAttribute('data-ready', /\d+/);
  }],
  ['/start/?group=%E9%AB%98%E6%A0%A1%E6%AF%95%E4%B8%9A%E7%94%9F&budget=5&city=chengdu', async (page) =>
    expect(page.getByRole('region', { name: '适合您的创业项目' })).toBeVisible()],
  ['/projects/call/', async (page) => expect(page.getByRole('button', { name: '检查并生成项目文件' })).toBeVisible()],
  ['/policies/lsbf-2007-30/', async (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
];

for (const [path, ready] of ISLANDS) {
  test(`${path.split('?')[0]} works under the strict CSP`, async ({ page }) => {
    const violations = cspViolations(page);
    await page.goto(path);
    await ready(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    expect(violations).toEqual([]);
  });
}

test('_headers sends the CSP to public paths and keeps it off /admin/', () => {
  // Hosts read this file from the build output; astro preview does not serve it.
  const text = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
  expect(text).toMatch(/^\/cities\/\*\n {2}Content-Security-Policy: default-src 'self'/m);
  // /admin/ gets the editor's own policy, and no rule that matches it carries the site's.
  expect(text).toMatch(/^\/admin\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'.*frame-ancestors 'none'\n {2}Cache-Control: no-cache\n/m);
  expect(text).not.toMatch(/^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy/m);
  // Each path's caching is stated once (such hosts join the values of every rule that matches): hashed assets for
  // a year, everything else revalidated.
  expect(text).toMatch(/^\/_astro\/\*\n {2}Content-Security-Policy: .*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  expect(text).toMatch(/^\/policies\/\*\n {2}Content-Security-Policy: .*\n {2}Cache-Control: no-cache$/m);
  expect(text.match(/Cache-Control/g)?.length).toBe(text.match(/^\/\S*\n {2}Content-Security-Policy/gm)?.length);
  expect(text).toContain('X-Content-Type-Options: nosniff');
  expect(text).toContain('X-Frame-Options: DENY');
});

test('JSON the site publishes parses', async ({ request }) => {
  for (const url of ['/cities/map.json', '/incubators/map.json', '/start/index.json', '/data/projects.json', '/geo/china.json']) {
    const res = await request.get(url);
    expect(res.ok(), url).toBe(true);
    await expect(res.json(), url).resolves.toBeTruthy();
  }
});
