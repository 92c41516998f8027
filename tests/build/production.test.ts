// A production build is what a deployer publishes: it must know the public origin, put it in every absolute URL
// (canonical, og:url, the 页面标签 Url, sitemap, robots.txt, feeds), and show the filing numbers from the settings.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/browser.ts';
import { HSTS } from '../../src/lib/deploy/header-table.ts';
import { smallContentSet } from '../helpers/fixture.ts';
import { get, until } from '../helpers/http.ts';
import { NGINX_BIN as NGINX } from '../../scripts/lib/nginx.ts';
import { tsx } from '../../scripts/lib/node.ts';

const ORIGIN = 'https://cyczjy.example.cn';
const set = smallContentSet('portal-production-');
const out = join(set.root, 'dist');
afterAll(() => rmSync(set.root, { recursive: true, force: true }));

const APPROVAL = 'GS(2026)1234号';
const settings = join(set.content, 'settings/site.yml');
const fixtureSettings = readFileSync(settings, 'utf8');

/** The content as an office publishes it: its own entries (the fixture's, no longer marked as samples). */
function withoutSamples() {
  for (const file of globSync('**/*.{md,mdx}', { cwd: set.content })) {
    const path = join(set.content, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*-?\s*)sample: true$/gm, '$1sample: false'));
  }
}

const PHOTO = new URL('../fixtures/photo-gps.jpg', import.meta.url).pathname;
const DROPPED = { 'evil.html': '<script>alert("dropped-upload")</script>', 'evil.js': 'alert("dropped-upload")' };

/** A story photo straight from a phone (EXIF with GPS), and files an editor could drop into the upload folders. */
function uploads() {
  mkdirSync(join(set.content, 'stories/images'), { recursive: true });
  copyFileSync(PHOTO, join(set.content, 'stories/images/shop.jpg'));
  const story = join(set.content, 'stories/chengdu-noodle-shop.md');
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^consent: true$/m, 'consent: true\nphoto: ./images/shop.jpg\nphoto_alt: 面馆门口'));
  for (const folder of ['stories/images', 'uploads']) {
    mkdirSync(join(set.content, folder), { recursive: true });
    for (const [name, text] of Object.entries(DROPPED)) writeFileSync(join(set.content, folder, name), text);
  }
}

// One production build, as a deployer makes it: SITE_URL set, the office's own settings (filing numbers, privacy
// statement date, real addresses), a basemap approval, no sample content, no CMS backend.
beforeAll(() => {
  withoutSamples();
  uploads();
  writeFileSync(
    settings,
    fixtureSettings.replace(/@example\.org/g, '@hrss.example.cn') +
      'host: 某市人力资源和社会保障局\nicp: 京ICP备12345678号-1\npsb: 京公网安备11010502030143号\nprivacy_date: 2026-12-01\n',
  );
  const { status, output } = astroBuild({ content: set.content, out, env: { SITE_URL: ORIGIN, PUBLIC_MAP_APPROVAL: APPROVAL } });
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

  it('refuses a Gitea CMS whose 「发布」 would go live unreviewed, before rendering anything', () => {
    const gitea = { DECAP_BACKEND: 'gitea', DECAP_REPO: 'rsj/portal', DECAP_BASE_URL: 'https://git.example.gov.cn', DECAP_APP_ID: 'app-id' };
    for (const branch of ['', 'main']) {
      // A demonstration build too: the rule is about editors' work, not about what the site shows.
      const { status, output } = astroBuild({ content: set.content, out: join(set.root, 'refused-gitea'), env: { ...gitea, DECAP_BRANCH: branch, LOCAL_BUILD: '1' } });
      expect(status, branch).not.toBe(0);
      expect(output).toContain('DECAP_BACKEND=gitea 没有编辑工作流');
      expect(output).toContain('它必须不同于网站构建所用的分支（SITE_BRANCH，现为「main」）');
      expect(output).not.toMatch(/page\(s\) built/);
    }
  });

  it('refuses sample content, an unapproved map and unfinished settings, naming every reason at once', () => {
    const sampleContent = smallContentSet('portal-production-refused-');
    try {
      const { status, output } = astroBuild({ content: sampleContent.content, out: join(sampleContent.root, 'dist'), env: { SITE_URL: ORIGIN } });
      expect(status).not.toBe(0);
      expect(output).toContain('生产构建已停止');
      for (const reason of ['示意底图', 'PUBLIC_MAP_APPROVAL', 'PORTAL_DEMO=1', '「个人信息保护声明版本日期」', 'editor@example.org', '示例（sample: true）：政策文件 1 条']) {
        expect(output, reason).toContain(reason);
      }
    } finally {
      rmSync(sampleContent.root, { recursive: true, force: true });
    }
  });

  it('shows the basemap approval it was given and no 示意图, and the privacy statement with its date', () => {
    const city = readFileSync(join(out, 'cities/chengdu/index.html'), 'utf8');
    expect(city).toContain(`审图号：${APPROVAL}`);
    expect(city).not.toContain('示意图');
    expect(readFileSync(join(out, 'cities/index.html'), 'utf8')).toContain(`审图号：${APPROVAL}`);
    const privacy = readFileSync(join(out, 'privacy/index.html'), 'utf8');
    expect(privacy).toContain('版本日期：2026年12月1日');
    expect(privacy).toContain('个人信息处理者：某市人力资源和社会保障局');
  });

  it('publishes an uploaded photo only as a re-encoded copy, without EXIF or GPS, and links that copy in open data', () => {
    const original = readFileSync(PHOTO);
    expect(original.includes('Exif')).toBe(true); // the fixture really carries the block
    const images = readdirSync(join(out, '_astro')).filter((n) => n.startsWith('shop.'));
    expect(images.length).toBeGreaterThan(0);
    for (const name of images) {
      expect(name, 'only processed copies').toMatch(/\.webp$/);
      const bytes = readFileSync(join(out, '_astro', name));
      expect(bytes.includes('Exif') || bytes.includes('EXIF') || bytes.includes('GPS-Phone'), name).toBe(false);
    }
    const story = (JSON.parse(readFileSync(join(out, 'data/stories.json'), 'utf8')) as { items: { id: string; photo: string }[] }).items.find((i) => i.id === 'chengdu-noodle-shop');
    expect(story?.photo).toMatch(/^\/_astro\/shop\.[\w-]+\.webp$/);
    expect(statSync(join(out, story!.photo)).size).toBeGreaterThan(0);
  });

  it('serves nothing dropped into the upload folders', () => {
    const built = textFiles(out).concat(readdirSync(join(out, '_astro')).map((n) => join(out, '_astro', n)));
    expect(built.filter((f) => /evil\.(html|js)$/.test(f))).toEqual([]);
    expect(built.filter((f) => readFileSync(f, 'utf8').includes('dropped-upload'))).toEqual([]);
  });

  it('publishes the self-check for the editors under /admin/, unindexed and left out of the sitemap', () => {
    const report = readFileSync(join(out, 'admin/inspect/index.html'), 'utf8');
    expect(report).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(report).toMatch(/不合格 \d+ 项/);
    // The settings here have no 网站标识码: the report says so and links the settings' edit page.
    expect(report).toContain('网站标识码');
    expect(report).toContain('href="/admin/#/collections/settings/entries/site"');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(out, 'admin/index.html'), 'utf8')).not.toContain('cms-inspect'); // no CMS here: the page says how to set it up
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
    expect(admin).toContain('mailto:editor@hrss.example.cn');
    expect(admin).toContain('href="/admin/guide/"');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(() => statSync(join(out, 'admin/config.yml'))).toThrow();
    expect(readFileSync(join(out, 'admin/guide/index.html'), 'utf8')).toContain('screenshots/1-login.png');
    expect(statSync(join(out, 'admin/guide/screenshots/1-login.png')).size).toBeGreaterThan(1000);
  });
});

// The office's build served as an office serves it: a config generated in a shell without the build's environment
// (no SITE_URL, no DECAP_*), TLS with a certificate made here, and Chromium visiting the public host name.
describe('served through nginx with TLS', () => {
  const TLS_PORT = 4396;
  const HTTP_PORT = 4397;
  const prefix = join(set.root, 'nginx');
  const conf = join(prefix, 'nginx.conf');
  const host = new URL(ORIGIN).host;
  let nginx: ChildProcess | undefined;

  beforeAll(async () => {
    for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
    // nginx started by root (as in CI) reads files as nobody: open the scratch folder, which mkdtemp made private.
    chmodSync(set.root, 0o755);
    const cert = join(prefix, 'cert.pem');
    const key = join(prefix, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-keyout', key, '-out', cert], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SITE_URL|DECAP_|PUBLIC_)/.test(k)));
    const args = tsx('scripts/nginx-conf.ts', '--root', out, '--listen', `127.0.0.1:${TLS_PORT}`, '--redirect-from', `127.0.0.1:${HTTP_PORT}`, '--tls-cert', cert, '--tls-key', key, '--prefix', prefix);
    const generated = spawnSync(...args, { encoding: 'utf8', env: { ...env, LOCAL_BUILD: '1' } });
    expect(generated.status, generated.stderr).toBe(0);
    writeFileSync(conf, generated.stdout);
    // A script somebody left in the web root, outside the build's script folders.
    writeFileSync(join(out, 'data/probe.js'), 'window.probeRan = true;');
    nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
    await until(() => get(`http://127.0.0.1:${HTTP_PORT}/`).then(() => true));
  });
  afterAll(() => {
    nginx?.kill('SIGQUIT');
  });

  it('a config made without the build’s environment carries the build’s own CSPs', () => {
    const text = readFileSync(conf, 'utf8');
    const page = readFileSync(join(out, 'policies/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1]?.replace(/&#39;/g, "'");
    expect(meta).toContain(`script-src ${ORIGIN}/_astro/ ${ORIGIN}/pagefind/ 'wasm-unsafe-eval'`);
    expect(text).toContain(`add_header Content-Security-Policy "${meta}; frame-ancestors 'none'" always;`);
    expect(text).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
  });

  it('the TLS config passes nginx -t; HTTPS answers with HSTS; plain HTTP redirects to it', async () => {
    const test = spawnSync(NGINX, ['-t', '-p', `${prefix}/`, '-c', conf], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    const res = await get(`https://127.0.0.1:${TLS_PORT}/policies/`, { host });
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBe(HSTS);
    expect(res.headers['x-frame-options']).toBe('DENY');
    const redirect = await get(`http://127.0.0.1:${HTTP_PORT}/policies/?a=1`, { host });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://${host}:${TLS_PORT}/policies/?a=1`);
  });

  it('in a browser at the public name, the site’s scripts run and no other file on the origin can', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${host} 127.0.0.1:${TLS_PORT}`] });
    try {
      const page = await (await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' })).newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.text().includes('Content Security Policy')) violations.push(m.text());
      });
      await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent('创业')}`);
      await page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ }).waitFor({ timeout: 30_000 });
      expect(violations).toEqual([]);
      const probe = await page.evaluate("import('/data/probe.js').then(() => 'ran', () => 'refused')");
      expect(probe).toBe('refused');
      expect(violations.join('\n')).toContain('probe.js');
    } finally {
      await browser.close();
    }
  });
});
