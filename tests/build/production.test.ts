// A production build is what a deployer publishes: it must know the public origin, put it in every absolute URL
// (canonical, og:url, the 页面标签 Url, sitemap, robots.txt, feeds), and show the filing numbers from the settings.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { smallContentSet } from '../helpers/fixture.ts';

const ORIGIN = 'https://cyczjy.example.cn';
const set = smallContentSet('portal-production-');
const out = join(set.root, 'dist');
afterAll(() => rmSync(set.root, { recursive: true, force: true }));

// One production build, as a deployer makes it: SITE_URL set, the filing numbers in the settings, no CMS backend.
beforeAll(() => {
  const settings = join(set.content, 'settings/site.yml');
  writeFileSync(settings, readFileSync(settings, 'utf8') + 'host: 某市人力资源和社会保障局\nicp: 京ICP备12345678号-1\npsb: 京公网安备11010502030143号\n');
  const { status, output } = astroBuild({ content: set.content, out, env: { SITE_URL: ORIGIN } });
  expect(status, output.slice(-2000)).toBe(0);
});

/** Every text file of a build, for a search for addresses that must not be there. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // decap/ and _astro/ are code; guide/ is the editors' guide, whose prose describes local editing on 127.0.0.1.
    if (statSync(path).isDirectory()) return ['decap', '_astro', 'guide'].includes(name) ? [] : textFiles(path);
    return /\.(html|xml|json|txt|csv|yml)$|^_headers$/.test(name) ? [path] : [];
  });
}

describe('production build', () => {
  it('refuses to build without a public SITE_URL, saying so in Chinese and English', () => {
    for (const env of [{ SITE_URL: '' }, { SITE_URL: 'http://localhost:4321' }, { SITE_URL: 'http://127.0.0.1:8080/' }]) {
      const { status, output } = astroBuild({ content: set.content, out: join(set.root, 'refused'), env: { ...env, LOCAL_BUILD: '' } });
      expect(status, JSON.stringify(env)).not.toBe(0);
      expect(output).toContain('网站的公开地址 SITE_URL');
      expect(output).toContain("SITE_URL (the site's public origin)");
    }
  });

  it('writes the public origin into every absolute URL and shows the filing numbers', () => {
    const page = readFileSync(join(out, 'policies/lsbf-2007-30/index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/policies/lsbf-2007-30/">`);
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}/policies/lsbf-2007-30/">`);
    expect(page).toContain(`<meta name="Url" content="${ORIGIN}/policies/lsbf-2007-30/">`);
    // Footer: 主办单位 and both filing numbers, each linked to its registry.
    expect(page).toContain('主办单位：某市人力资源和社会保障局');
    expect(page).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>\s*京ICP备12345678号-1\s*<\/a>/);
    expect(page).toMatch(/<a href="https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=11010502030143"[^>]*>\s*京公网安备11010502030143号\s*<\/a>/);

    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    expect(urls.some((u) => u.includes('/admin/'))).toBe(false);
    // lastmod from the entry's 更新日期 (the story's `updated` in its file).
    const story = readFileSync(join(set.content, 'stories/chengdu-noodle-shop.md'), 'utf8');
    const updated = /^updated: (\S+)$/m.exec(story)![1];
    expect(sitemap).toContain(`<url><loc>${ORIGIN}/stories/chengdu-noodle-shop/</loc><lastmod>${updated}`);

    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(robots).toContain('Disallow: /admin/');
    expect(readFileSync(join(out, 'policies/rss.xml'), 'utf8')).toContain(`<link>${ORIGIN}/policies/lsbf-2007-30/</link>`);

    const local = textFiles(out).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
    expect(local).toEqual([]);
  });

  it('without a CMS backend, /admin/ explains what to set and whom to ask, and there is no config.yml', () => {
    const admin = readFileSync(join(out, 'admin/index.html'), 'utf8');
    expect(admin).toContain('内容管理系统尚未开通');
    expect(admin).toContain('DECAP_BACKEND');
    expect(admin).toContain('mailto:editor@example.org');
    expect(admin).toContain('href="/admin/guide/"');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(() => statSync(join(out, 'admin/config.yml'))).toThrow();
    expect(readFileSync(join(out, 'admin/guide/index.html'), 'utf8')).toContain('screenshots/1-login.png');
    expect(statSync(join(out, 'admin/guide/screenshots/1-login.png')).size).toBeGreaterThan(1000);
  });
});
