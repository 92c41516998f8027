// Runs against dist-hostile/, built from tests/fixtures/hostile, where every free-text field of every collection
// holds a numbered payload (tests/helpers/hostile.ts; tests/unit/hostile-fixture.test.ts keeps it complete).
// The page's CSP is bypassed here so that escaping, not the CSP, is what stops the payloads: CSP is the second
// line of defence and has its own tests (security.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { SETTINGS_FILE } from '../../src/lib/content/content-dir.ts';
import type { Page } from '@playwright/test';
import { COLLECTION_NAMES, readCollection } from '../helpers/content.ts';
import { HOSTILE_ROOT, payloadOwners } from '../helpers/hostile.ts';
import { expect, hasHorizontalScroll, test } from './fixtures.ts';
import { parseCsv } from '../helpers/csv.ts';

test.use({ bypassCSP: true });

const owners = payloadOwners();
const SITE_NAME = String((parse(readFileSync(join(HOSTILE_ROOT, SETTINGS_FILE), 'utf8')) as { name: string }).name);
const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, readCollection(c, HOSTILE_ROOT)]));
const titleOf = (c: (typeof COLLECTION_NAMES)[number]) => String(entries[c]![0]!.data.title);

/** Every page of the hostile build, from its sitemap, plus pages only reached through a query or an error. */
const sitemapPaths: string[] = (() => {
  const xml = readFileSync(new URL('../../dist-hostile/sitemap-0.xml', import.meta.url), 'utf8');
  const locs = (new XMLParser().parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url;
  return locs.map((u) => new URL(u.loc).pathname);
})();
const PAGES = [
  ...sitemapPaths,
  '/404.html',
  ...['小额贷款政策', '创业故事', '创业项目', '孵化基地', '示例市', 'alert'].map((q) => `/search/?q=${encodeURIComponent(q)}`),
  `/start/?group=${encodeURIComponent('高校毕业生')}&budget=100&city=xss-city`,
];

/** Everything that would show a payload ran or was parsed as markup: alerts, console errors, the `x` image. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (d) => {
    problems.push(`alert(${d.message()}) from ${owners.get(Number(d.message())) ?? 'unknown field'}`);
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/x')) problems.push(`injected <img src=x> loaded from ${page.url()}`);
  });
  return problems;
}

/** Markup a payload could have produced: handler attributes, javascript: URLs, frames, script bodies. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
      if (el.localName === 'iframe') found.push('<iframe>');
      if (el.localName === 'script' && /alert/.test(el.textContent ?? '') && !(el as HTMLScriptElement).type.includes('json')) {
        found.push(`<script>${el.textContent}</script>`);
      }
    }
    return found;
  });
}

test.describe('hostile content', () => {
  test('the fixture build has a page for every collection entry', () => {
    for (const c of COLLECTION_NAMES) {
      for (const e of entries[c]!) expect(sitemapPaths, `${c}/${e.id}`).toContain(`/${c}/${e.id}/`);
    }
  });

  for (const path of PAGES) {
    test(`${path} runs no payload and parses none as markup`, async ({ page }) => {
      const problems = watch(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      if (path.startsWith('/search/?')) await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
      // Bring lazy islands (maps load on scroll) into play, and hover, which fires mouseover handlers.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.mouse.move(200, 300);
      await page.waitForLoadState('networkidle');
      expect({ markup: await injectedMarkup(page), problems }).toEqual({ markup: [], problems: [] });
    });
  }

  for (const c of COLLECTION_NAMES) {
    test(`the ${c} title reads as text on its page and in search results`, async ({ page }) => {
      const { id, data } = entries[c]![0]!;
      // A city page is headed by the city's name; everything else by its title.
      const heading = String(c === 'cities' ? data.name : data.title);
      await page.goto(`/${c}/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The site name is the fixture's settings, itself a payload: both read as text in the title.
      expect(await page.title()).toBe(`${heading} - ${SITE_NAME}`);
      const title = titleOf(c);
      await page.goto(`/search/?q=${encodeURIComponent(title.split(' ')[0]!)}`);
      await expect(page.locator('.result__title', { hasText: title }).first()).toHaveText(title);
    });
  }

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 800 } });
    for (const c of COLLECTION_NAMES) {
      test(`long unbroken ${c} text wraps instead of widening the page`, async ({ page }) => {
        await page.goto(`/${c}/${entries[c]![0]!.id}/`);
        expect(await hasHorizontalScroll(page)).toBe(false);
      });
    }
  });

  test('hostile names show as text in map popups', async ({ page }) => {
    const problems = watch(page);
    for (const [path, name] of [
      ['/cities/', String(entries.cities![0]!.data.name)],
      ['/incubators/', titleOf('incubators')],
      ['/training/', titleOf('training')],
    ] as const) {
      await page.goto(path);
      await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
      await expect(page.locator('portal-map')).toHaveAttribute('data-ready', '1');
      await page.locator('.leaflet-marker-icon').first().click();
      await expect(page.locator('.map-popup__title')).toHaveText(name);
      expect(await injectedMarkup(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  test('the founder finder shows hostile project and incubator names as text', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`/start/?group=${encodeURIComponent('高校毕业生')}&budget=100&city=xss-city`);
    await expect(page.getByRole('region', { name: '适合您的创业项目' }).getByRole('link')).toHaveText([titleOf('projects')]);
    await expect(page.getByRole('region', { name: '附近的孵化基地' }).getByRole('link')).toHaveText([titleOf('incubators')]);
    await expect(page.getByRole('region', { name: '附近的创业培训定点机构' }).getByRole('link')).toHaveText([titleOf('training')]);
    expect(problems).toEqual([]);
  });

  test('JSON and CSV carrying hostile text stay valid and keep the text', async ({ request }) => {
    const jsonUrls = ['/cities/map.json', '/incubators/map.json', '/training/map.json', '/start/index.json', ...COLLECTION_NAMES.map((c) => `/data/${c}.json`)];
    for (const url of jsonUrls) {
      const text = await (await request.get(url)).text();
      expect(JSON.stringify(JSON.parse(text)), url).toContain(`"'><img src=x onerror=alert(`);
    }
    for (const c of COLLECTION_NAMES) {
      const csv = await (await request.get(`/data/${c}.csv`)).text();
      // The title cell: quoted, inner quotes doubled (RFC 4180), so the row still has its columns.
      expect(csv, c).toContain(`"${titleOf(c).replaceAll('"', '""')}"`);
      const [header = [], ...rows] = parseCsv(csv);
      expect(rows.length, c).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row, c).toHaveLength(header.length);
        // No cell may start a formula when Excel opens the file (=, +, -, @ payloads sit in the fixture).
        const formulas = row.filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell) && Number.isNaN(Number(cell)));
        expect(formulas, c).toEqual([]);
      }
    }
    const people = parseCsv(await (await request.get('/data/stories.csv')).text()).flat();
    expect(people.some((cell) => cell.startsWith(`'=HYPERLINK("http://evil","点我")`))).toBe(true);
  });

  test('feeds carrying hostile text stay well-formed XML', async ({ request }) => {
    for (const c of ['policies', 'stories'] as const) {
      const xml = await (await request.get(`/${c}/rss.xml`)).text();
      const parsed = new XMLParser().parse(xml) as { rss: { channel: { item: { title: string } | { title: string }[] } } };
      const items = [parsed.rss.channel.item].flat();
      // Sample entries carry the 【示例】 label in feeds too.
      expect(items.map((i) => i.title)).toContain(`【示例】${titleOf(c)}`);
    }
  });
});
