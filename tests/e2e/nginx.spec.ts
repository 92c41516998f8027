// dist/ served by Debian's nginx with the generated recipe (src/lib/deploy/nginx.ts), as a deployer runs it. Every rule
// of the recipe is checked on the wire, then a page, the search and the map are used through it.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readHeaderTable } from '../../src/lib/deploy/header-table.ts';
import { expect, test } from './fixtures.ts';

// What the build decided (dist/_headers.json), not what this process's environment would give.
const rules = readHeaderTable('dist');
const value = (name: string, list: readonly (readonly [string, string])[]) => list.find(([n]) => n === name)?.[1];
const SITE_CSP = value('Content-Security-Policy', rules.site)!;
const ADMIN_CSP = value('Content-Security-Policy', rules.admin)!;

test.describe('served through nginx', () => {
  test('pages carry the site CSP, the common headers and short caching', async ({ request }) => {
    const res = await request.get('/policies/lsbf-2007-30/');
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['content-security-policy']).toBe(SITE_CSP);
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const [name, v] of rules.all) expect(h[name.toLowerCase()], name).toBe(v);
    expect(h['x-frame-options']).toBe('DENY');
    // A page is revalidated on every visit, so a publish shows at once.
    expect(h['cache-control']).toBe('no-cache');
    expect((await request.get('/')).headers()['cache-control']).toBe('no-cache');
  });

  test('files that are not pages may be reused for five minutes, the search index is revalidated', async ({ request }) => {
    const res = await request.get('/favicon.svg');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(res.headers()['x-frame-options']).toBe('DENY');
    // The search index is not: a fragment's name is its page's place, and the next index may give it to another page.
    const entry = await request.get('/pagefind/pagefind-entry.json');
    expect(entry.status()).toBe(200);
    expect(entry.headers()['cache-control']).toBe('no-cache');
  });

  test('calendars, feeds and open data are sent with their types, in UTF-8, so phones and Excel read the Chinese', async ({ request }) => {
    const types = {
      '/events/calendar.ics': 'text/calendar; charset=utf-8',
      '/news/rss.xml': 'application/xml; charset=utf-8',
      '/data/experts.csv': 'text/csv; charset=utf-8',
      '/data/events.json': 'application/json; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toBe(type);
    }
  });

  test('dotfiles and the build’s header files are never served', async ({ request }) => {
    // An .env an operator left in the web root, as it happens.
    writeFileSync('dist/.env', 'SECRET=1\n');
    try {
      for (const path of ['/.env', '/.git/config', '/_headers', '/_headers.json', '/policies/.hidden']) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(404);
        expect(await res.text(), path).not.toContain('SECRET');
      }
    } finally {
      rmSync('dist/.env', { force: true });
    }
  });

  test('only GET and HEAD are answered; anything else gets 405 with Allow', async ({ request }) => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      for (const path of ['/', '/admin/', '/_astro/x.js']) {
        const res = await request.fetch(path, { method, data: 'x' });
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers()['allow']).toBe('GET, HEAD');
      }
    }
    expect((await request.head('/policies/')).status()).toBe(200);
  });

  test('/admin/ gets its own CSP, never the site one', async ({ request }) => {
    const res = await request.get('/admin/');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-security-policy']).toBe(ADMIN_CSP);
    expect(res.headers()['content-security-policy']).toContain("'unsafe-eval'");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['x-frame-options']).toBe('DENY');
    expect(res.headers()['cache-control']).toBe('no-cache');
  });

  test('hashed assets are cached for a year and sent gzip-compressed', async ({ request }) => {
    // The largest stylesheet: nginx leaves files under gzip_min_length (256 bytes) uncompressed.
    const css = readdirSync('dist/_astro')
      .filter((f) => f.endsWith('.css'))
      .sort((a, b) => statSync(`dist/_astro/${b}`).size - statSync(`dist/_astro/${a}`).size)[0]!;
    const res = await request.get(`/_astro/${css}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding']).toBe('gzip');
    expect(res.headers()['content-type']).toBe('text/css');
    expect(res.headers()['content-security-policy']).toBe(SITE_CSP);
    expect(res.headers()['x-frame-options']).toBe('DENY');
  });

  test('the search index is served as it was written: Pagefind files unaltered, JS as JavaScript', async ({ request }) => {
    const wasm = readdirSync('dist/pagefind').find((f) => f.startsWith('wasm.'))!;
    const res = await request.get(`/pagefind/${wasm}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status()).toBe(200);
    // Already gzip inside: Pagefind unpacks it itself, so it must not be compressed or relabelled on the way.
    expect(res.headers()['content-encoding']).toBeUndefined();
    expect(res.headers()['content-type']).toBe('application/octet-stream');
    const js = await request.get('/pagefind/pagefind.js');
    expect(js.headers()['content-type']).toBe('application/javascript; charset=utf-8');
  });

  test('a missing page answers 404 with the site’s 404 page', async ({ request }) => {
    const res = await request.get('/policies/no-such-policy/');
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain('页面不存在');
    expect(res.headers()['content-security-policy']).toBe(SITE_CSP);
  });

  test('a directory URL without its slash redirects to it, keeping host and port', async ({ request, baseURL }) => {
    const res = await request.get('/policies', { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(new URL(res.headers()['location']!, baseURL).href).toBe(`${baseURL}/policies/`);
    expect((await request.get('/policies/')).status()).toBe(200);
  });

  test('a page, the search and the map work through it', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto('/policies/lsbf-2007-30/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于进一步加强创业培训推进创业促就业工作的通知');
    await page.goto(`/search/?q=${encodeURIComponent('创业培训')}`);
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/, { timeout: 20_000 });
    await page.goto('/cities/');
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await expect(page.locator('portal-map')).toHaveAttribute('data-ready', /\d+/, { timeout: 20_000 });
    await expect(page.locator('.leaflet-marker-icon.map-marker').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
