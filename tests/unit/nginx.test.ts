import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../src/lib/headers.ts';
import { nginxConf, serverBlock } from '../../src/lib/nginx.ts';

const env = { DECAP_BACKEND: 'gitea', DECAP_BASE_URL: 'https://git.example.cn', DECAP_REPO: 'hr/portal', DECAP_APP_ID: 'abc123' };
const options = { root: '/srv/portal/dist', listen: '127.0.0.1:8080', prefix: '/home/web/nginx' };

describe('the Nginx recipe', () => {
  it('sends exactly the header rules dist/_headers sends, from the same source', () => {
    const conf = nginxConf(options, env);
    const file = headersFile(env, ['/', '/policies/*']);
    const rules = headerRules(env);
    for (const [name, value] of [...rules.all, ...rules.site, ...rules.admin]) {
      expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
      expect(file, name).toContain(`${name}: ${value}`);
    }
    // The admin policy names the configured git host; the site's never does.
    expect(conf).toContain('https://git.example.cn');
  });

  it('runs unprivileged: pid, logs and temp paths under the prefix, types without a system mime.types', () => {
    const conf = nginxConf(options, env);
    expect(conf).toContain('pid /home/web/nginx/nginx.pid;');
    expect(conf).toContain('error_log /home/web/nginx/logs/error.log;');
    expect(conf).toContain('client_body_temp_path /home/web/nginx/temp/client_body;');
    expect(conf).toContain('application/wasm wasm;');
    expect(conf).not.toMatch(/include\s+mime\.types/);
    expect(conf).not.toMatch(/^\s*user\s/m);
  });

  it('prints just the server block with --server-only, and gzip_static only when asked', () => {
    const block = serverBlock(options, env);
    expect(block).toMatch(/^server \{\n/);
    expect(block).not.toContain('http {');
    expect(block).toContain('root /srv/portal/dist;');
    expect(block).toContain('error_page 404 /404.html;');
    expect(nginxConf(options, env)).not.toContain('gzip_static');
    expect(nginxConf({ ...options, gzipStatic: true }, env)).toContain('gzip_static on;');
  });
});

describe('the 意见反馈 endpoint', () => {
  it('is the one other origin forms may post to, in the pages and in the headers', async () => {
    const { formOrigins, siteCsp } = await import('../../src/lib/csp.ts');
    const origins = formOrigins({ feedback_url: 'https://liuyan.example.gov.cn/api/feedback' });
    expect(origins).toEqual(['https://liuyan.example.gov.cn']);
    expect(siteCsp({}, origins)).toContain("form-action 'self' mailto: https://liuyan.example.gov.cn");
    expect(siteCsp({})).toMatch(/form-action 'self' mailto:(;|$)/);
    const header = headerRules({}, origins).site[0]![1];
    expect(header).toContain("form-action 'self' mailto: https://liuyan.example.gov.cn;");
  });
});
