// axe over every URL in the sitemap of the shipped content (not one per page type): WCAG 2.1 AA, zero violations.
// Whatever content an operator ships, every page it makes must pass.
import { readFileSync } from 'node:fs';
import { wcagViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const dist = new URL('../../dist/', import.meta.url);
const sitemaps = [...readFileSync(new URL('sitemap-index.xml', dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const urls = sitemaps.flatMap((s) => [...readFileSync(new URL(`.${s}`, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));

// Chunks of pages per test keep the report readable and let the two workers share the load. Each chunk's time
// limit follows its work: a page's load and analysis, with room for a machine busy with other work.
const CHUNK = 25;
const PER_PAGE = 20_000;
for (let i = 0; i < urls.length; i += CHUNK) {
  const chunk = urls.slice(i, i + CHUNK);
  test(`axe: sitemap pages ${i + 1}–${i + chunk.length} of ${urls.length}`, async ({ page }) => {
    test.setTimeout(chunk.length * PER_PAGE);
    const violations: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      for (const v of await wcagViolations(page)) violations.push(`${path} ${v}`);
    }
    expect(violations).toEqual([]);
  });
}

test('the sitemap lists the home page and every section, and leaves /admin/ out', () => {
  for (const path of ['/', '/policies/', '/stories/', '/projects/', '/incubators/', '/training/', '/cities/', '/search/', '/start/']) expect(urls).toContain(path);
  expect(urls.some((u) => u.startsWith('/admin'))).toBe(false);
});
