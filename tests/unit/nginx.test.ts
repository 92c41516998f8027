import { describe, expect, it } from 'vitest';
import { headersFile, headerTable } from '../../src/lib/deploy/headers.ts';
import { HSTS } from '../../src/lib/deploy/header-table.ts';
import { ipv6Of, nginxConf, serverBlock } from '../../src/lib/deploy/nginx.ts';

const env = { DECAP_BACKEND: 'gitea', DECAP_BASE_URL: 'https://git.example.cn', DECAP_REPO: 'hr/portal', DECAP_APP_ID: 'abc123', DECAP_BRANCH: 'cms' };
const table = headerTable(env, []);
const options = { root: '/srv/portal/dist', listen: ['127.0.0.1:8080'], prefix: '/home/web/nginx' };

describe('the Nginx recipe', () => {
  it('sends exactly the header rules dist/_headers sends, from the same source', () => {
    const conf = nginxConf(options, table);
    const file = headersFile(table, ['/', '/policies/*']);
    for (const [name, value] of [...table.all, ...table.site, ...table.admin]) {
      expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
      expect(file, name).toContain(`${name}: ${value}`);
    }
    // The admin policy names the configured git host; the site's never does.
    expect(conf).toContain('https://git.example.cn');
  });

  it('runs unprivileged: pid, logs and temp paths under the prefix, types without a system mime.types', () => {
    const conf = nginxConf(options, table);
    expect(conf).toContain('pid /home/web/nginx/nginx.pid;');
    expect(conf).toContain('error_log /home/web/nginx/logs/error.log;');
    expect(conf).toContain('client_body_temp_path /home/web/nginx/temp/client_body;');
    expect(conf).toContain('application/wasm wasm;');
    expect(conf).not.toMatch(/include\s+mime\.types/);
    expect(conf).not.toMatch(/^\s*user\s/m);
  });

  it('prints just the server block with --server-only, and gzip_static only when asked', () => {
    const block = serverBlock(options, table);
    expect(block).toMatch(/^server \{\n/);
    expect(block).not.toContain('http {');
    expect(block).toContain('root /srv/portal/dist;');
    expect(block).toContain('error_page 404 /404.html;');
    expect(nginxConf(options, table)).not.toContain('gzip_static');
    expect(nginxConf({ ...options, gzipStatic: true }, table)).toContain('gzip_static on;');
  });
});

describe('hardening', () => {
  it('sends HSTS only for an https origin, and limits scripts to the build’s own folders once the origin is known', () => {
    expect(table.origin).toBeNull();
    expect(table.all.map(([n]) => n)).not.toContain('Strict-Transport-Security');
    expect(table.site[0]![1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const office = headerTable({ ...env, SITE_URL: 'https://cyczjy.example.cn' }, []);
    expect(office.all).toContainEqual(['Strict-Transport-Security', HSTS]);
    expect(office.site[0]![1]).toContain("script-src https://cyczjy.example.cn/_astro/ https://cyczjy.example.cn/pagefind/ 'wasm-unsafe-eval'");
    expect(office.admin[0]![1]).toContain("script-src https://cyczjy.example.cn/_astro/ https://cyczjy.example.cn/admin/decap/ 'unsafe-eval'");
    expect(headerTable({ SITE_URL: 'http://cyczjy.example.cn' }, []).all.map(([n]) => n)).not.toContain('Strict-Transport-Security');
  });

  it('refuses other methods, dotfiles and the header files before choosing a location', () => {
    const block = serverBlock(options, table);
    expect(block).toContain('if ($request_method !~ ^(GET|HEAD)$) {\n    return 405;');
    expect(block).toContain('if ($uri ~ "/\\.(?!well-known/)") {\n    return 404;');
    expect(block).toContain('if ($uri ~ "^/_headers") {');
    expect(block).toContain('location ~ \\.html$ {');
    expect(block).toMatch(/location ~ \\.html\$ \{\n(?: {4}add_header .*\n)* {4}add_header Cache-Control "no-cache" always;/);
  });

  it('listens on IPv6 as well when asked', () => {
    expect(ipv6Of('80')).toBe('[::]:80');
    expect(ipv6Of('0.0.0.0:8080')).toBe('[::]:8080');
    expect(ipv6Of('127.0.0.1:8080')).toBe('[::1]:8080');
    expect(() => ipv6Of('10.0.0.5:80')).toThrow(/IPv6/);
    const block = serverBlock({ ...options, listen: ['80'], ipv6: true }, table);
    expect(block).toContain('listen 80;\n  listen [::]:80;');
  });

  it('with a certificate: an HTTPS server and a plain-HTTP one that only redirects to the configured name, port kept', () => {
    const tls = { cert: '/etc/ssl/portal.pem', key: '/etc/ssl/portal.key' };
    const standard = serverBlock({ ...options, listen: ['443'], tls, ipv6: true, serverName: 'cyczjy.example.cn' }, table);
    expect(standard).toContain('listen 443 ssl;\n  listen [::]:443 ssl;');
    expect(standard).toContain('ssl_certificate /etc/ssl/portal.pem;');
    expect(standard).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(standard).toMatch(/server \{\n {2}listen 80;\n {2}listen \[::\]:80;\n(?:.*\n)* {2}return 301 https:\/\/cyczjy\.example\.cn\$request_uri;/);
    // Never the request's Host: a forged one must not pick where visitors go.
    expect(standard).not.toContain('$host');
    // The name defaults to the host of the origin the build was made for.
    const office = headerTable({ ...env, SITE_URL: 'https://www.rsj.example.cn' }, []);
    const odd = serverBlock({ ...options, listen: ['127.0.0.1:8443'], tls, redirectFrom: ['127.0.0.1:8080'] }, office);
    expect(odd).toContain('server_name www.rsj.example.cn;');
    expect(odd).toContain('return 301 https://www.rsj.example.cn:8443$request_uri;');
  });

  it('refuses HTTPS without a name to redirect to, and a server name that is not one', () => {
    const tls = { cert: '/etc/ssl/portal.pem', key: '/etc/ssl/portal.key' };
    expect(() => serverBlock({ ...options, listen: ['443'], tls }, table)).toThrow(/--server-name/);
    expect(() => serverBlock({ ...options, serverName: 'a.cn;return 200' }, table)).toThrow(/不是域名/);
  });
});

describe('values that reach a header or the nginx config', () => {
  it('refuses a feedback_url that would add a CSP directive or an nginx variable, with a Chinese message', async () => {
    const { settingsSchema } = await import('../../src/schemas/settings.ts');
    const base = { name: '门户', subtitle: '副标题', email: 'a@rsj.example.cn', submission_email: 'b@rsj.example.cn', disclaimer: '说明' };
    for (const bad of ['https://fb.example;sandbox/', 'https://fb.example/$uri', 'https://fb.example/a b', 'http://fb.example/', "https://fb.example/'x"]) {
      const result = settingsSchema.safeParse({ ...base, feedback_url: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message, bad).toContain('应为 https:// 开头的网址');
    }
    expect(settingsSchema.safeParse({ ...base, feedback_url: 'https://liuyan.example.gov.cn/api/feedback?from=portal' }).success).toBe(true);
  });

  it('refuses such a SITE_URL, DECAP_BASE_URL and tile URL before anything is built', async () => {
    const { siteUrlProblem } = await import('../../src/lib/deploy/site-url.ts');
    const { backendConfig } = await import('../../src/lib/cms/config.ts');
    const { tileConfig } = await import('../../src/map/basemap.ts');
    expect(siteUrlProblem({ SITE_URL: 'https://a.example.cn;x' })?.message).toContain('不能含有「;」');
    expect(siteUrlProblem({ SITE_URL: 'https://a.example.cn' })).toBeUndefined();
    expect(() => backendConfig({ ...env, DECAP_BASE_URL: 'https://git.example.cn$x' })).toThrow(/DECAP_BASE_URL「https:\/\/git\.example\.cn\$x」不能含有「\$」/);
    expect(() => tileConfig({ PUBLIC_TILE_URL: 'https://t.example.cn/{z}/{x}/{y}.png;img-src *' })).toThrow(/PUBLIC_TILE_URL/);
  });
});

describe('the 意见反馈 endpoint', () => {
  it('is the one other origin forms may post to, in the pages and in the headers', async () => {
    const { formOrigins, siteCsp } = await import('../../src/lib/deploy/csp.ts');
    const origins = formOrigins({ feedback_url: 'https://liuyan.example.gov.cn/api/feedback' });
    expect(origins).toEqual(['https://liuyan.example.gov.cn']);
    expect(siteCsp({}, origins)).toContain("form-action 'self' mailto: https://liuyan.example.gov.cn");
    expect(siteCsp({})).toMatch(/form-action 'self' mailto:(;|$)/);
    const header = headerTable({}, origins).site[0]![1];
    expect(header).toContain("form-action 'self' mailto: https://liuyan.example.gov.cn;");
  });
});
