// Visits and reader feedback counted from the server's own log (src/lib/stats/access-log.ts, npm run stats): a
// synthetic log whose counts the test knows, the script on a plain and a gzipped log, and the beacon paths answered
// and logged by the real nginx with the generated recipe.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { countLog, parseLine } from '../../src/lib/stats/access-log.ts';
import { helpfulBeacon, searchBeacon } from '../../src/lib/core/beacons.ts';
import { headerTable } from '../../src/lib/deploy/headers.ts';
import { HEADERS_TABLE } from '../../src/lib/deploy/header-table.ts';
import { nginxConf } from '../../src/lib/deploy/nginx.ts';
import { NGINX_BIN } from '../../scripts/lib/nginx.ts';
import { tsx } from '../../scripts/lib/node.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';

const root = scratchDir('stats-');
// nginx's workers (www-data when nginx starts as root) must be able to enter the folder they serve from.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0';
const DESKTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36';
const BAIDU = 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)';
/** A line of nginx's combined format. */
const line = (address: string, time: string, target: string, status: number, agent: string, referrer = '-', method = 'GET') =>
  `${address} - - [${time}] "${method} ${target} HTTP/1.1" ${status} 1234 "${referrer}" "${agent}"`;

// 1 March (Beijing): two people on three pages, one coming from Baidu's results, one from the site itself; a crawler,
// someone fetching robots.txt first, assets, a 404, a redirect, a POST; searches and votes.
const MARCH_1 = [
  line('10.0.0.1', '01/Mar/2026:09:00:00 +0800', '/', 200, PHONE, 'https://www.baidu.com/s?wd=创业'),
  line('10.0.0.1', '01/Mar/2026:09:00:01 +0800', '/_astro/site.css', 200, PHONE),
  line('10.0.0.1', '01/Mar/2026:09:01:00 +0800', '/policies/lsbf-2007-30/', 200, PHONE, 'https://portal.example.gov.cn/'),
  line('10.0.0.1', '01/Mar/2026:09:02:00 +0800', searchBeacon('小额贷款', 12), 204, PHONE),
  line('10.0.0.1', '01/Mar/2026:09:03:00 +0800', searchBeacon('奶茶加盟', 0), 204, PHONE),
  line('10.0.0.2', '01/Mar/2026:10:00:00 +0800', '/policies/lsbf-2007-30/', 304, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:01:00 +0800', searchBeacon('奶茶加盟', 0), 204, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:02:00 +0800', helpfulBeacon('/policies/lsbf-2007-30/', false), 204, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:02:30 +0800', helpfulBeacon('/stories/a/', true), 204, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:03:00 +0800', '/nowhere/', 404, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:04:00 +0800', '/policies', 301, DESKTOP),
  line('10.0.0.2', '01/Mar/2026:10:05:00 +0800', '/search/', 405, DESKTOP, '-', 'POST'),
  line('10.0.0.9', '01/Mar/2026:11:00:00 +0800', '/', 200, BAIDU),
  line('10.0.0.9', '01/Mar/2026:11:00:01 +0800', '/stories/a/', 200, BAIDU),
  line('10.0.0.7', '01/Mar/2026:12:00:00 +0800', '/robots.txt', 200, DESKTOP),
  line('10.0.0.7', '01/Mar/2026:12:00:01 +0800', '/projects/', 200, DESKTOP),
  // A path /admin/stats/ would link to another host: never counted as a page or a vote.
  line('10.0.0.3', '01/Mar/2026:13:00:00 +0800', '//evil.example/', 200, DESKTOP),
  line('10.0.0.3', '01/Mar/2026:13:00:01 +0800', helpfulBeacon('//evil.example/', false), 204, DESKTOP),
  'a line nginx never wrote',
];
// 31 March 23:30 UTC is 1 April in Beijing: the same phone comes back, with a vote.
const APRIL_1 = [
  line('10.0.0.1', '31/Mar/2026:23:30:00 +0000', '/stories/a/', 200, PHONE, 'https://mp.weixin.qq.com/s/abc'),
  line('10.0.0.1', '31/Mar/2026:23:31:00 +0000', helpfulBeacon('/policies/lsbf-2007-30/', false), 204, PHONE),
];

describe('counting an access log', () => {
  it('reads a combined line: its day in Beijing, its path decoded, its query', () => {
    const l = parseLine(APRIL_1[0]!)!;
    expect(l.day).toBe('2026-04-01');
    expect(l.path).toBe('/stories/a/');
    expect(parseLine(MARCH_1[4]!)!.query.get('q')).toBe('奶茶加盟');
    expect(parseLine('a line nginx never wrote')).toBeUndefined();
  });

  it('counts page views and visitors per day, leaves out crawlers, robots.txt fetchers, assets, errors and redirects', () => {
    const s = countLog([...MARCH_1, ...APRIL_1], ['portal.example.gov.cn']);
    expect(s.days).toEqual([
      { day: '2026-03-01', views: 3, visitors: 2 },
      { day: '2026-04-01', views: 1, visitors: 1 },
    ]);
    expect(s.months).toEqual([
      { month: '2026-03', views: 3, visitors: 2 },
      { month: '2026-04', views: 1, visitors: 1 },
    ]);
    expect(s.pages).toEqual([
      { path: '/policies/lsbf-2007-30/', views: 2 },
      { path: '/', views: 1 },
      { path: '/stories/a/', views: 1 },
    ]);
    expect(s.referrers.map((r) => r.host)).toEqual(['mp.weixin.qq.com', 'www.baidu.com']);
    expect(s.excluded).toEqual({ bots: 4, errors: 2, assets: 1, other: 2 });
  });

  it('collects the searches that found nothing and the pages readers found unhelpful, and no address or browser', () => {
    const s = countLog([...MARCH_1, ...APRIL_1]);
    expect(s.searches).toEqual({
      total: 3,
      queries: [
        { q: '奶茶加盟', searches: 2, zero: 2 },
        { q: '小额贷款', searches: 1, zero: 0 },
      ],
    });
    expect(s.helpful).toEqual([
      { page: '/policies/lsbf-2007-30/', yes: 0, no: 2 },
      { page: '/stories/a/', yes: 1, no: 0 },
    ]);
    const json = JSON.stringify(s);
    for (const secret of ['10.0.0.', 'iPhone', 'Windows']) expect(json).not.toContain(secret);
  });

  it('npm run stats reads plain and gzipped logs by a glob and writes the summary', () => {
    const logs = join(root, 'logs');
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, 'access.log'), `${APRIL_1.join('\n')}\n`);
    writeFileSync(join(logs, 'access.log.1.gz'), gzipSync(`${MARCH_1.join('\n')}\n`));
    const out = join(root, 'stats.json');
    const run = spawnSync(...tsx('scripts/stats.ts', '--logs', join(logs, 'access.log*'), '--out', out, '--host', 'portal.example.gov.cn'), { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('已统计 2 个日志文件（2026-03-01 至 2026-04-01）：浏览量 4，搜索 3 次（没有结果 2 次）');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(countLog([...MARCH_1, ...APRIL_1], ['portal.example.gov.cn']));
  });
});

describe('the beacons through the real nginx', () => {
  it('are answered with 204 and nothing else, and logged where npm run stats counts them', async () => {
    const site = join(root, 'site');
    const prefix = join(root, 'nginx');
    for (const dir of [site, join(prefix, 'logs'), join(prefix, 'temp')]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>首页</title>');
    const table = headerTable({}, []);
    writeFileSync(join(site, HEADERS_TABLE), JSON.stringify(table));
    const port = 4391;
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, nginxConf({ root: site, listen: [`127.0.0.1:${port}`], prefix }, table));
    const nginx = spawn(NGINX_BIN, ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
    try {
      const get = async (path: string) => {
        for (let i = 0; ; i++) {
          try {
            return await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'User-Agent': PHONE } });
          } catch (e) {
            if (i > 50) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      };
      expect((await get('/')).status).toBe(200);
      for (const path of [searchBeacon('奶茶加盟', 0), helpfulBeacon('/', false)]) {
        const res = await get(path);
        expect(res.status, path).toBe(204);
        expect(await res.text()).toBe('');
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    } finally {
      nginx.kill('SIGQUIT');
      await new Promise((r) => nginx.once('exit', r));
    }
    const s = countLog(readFileSync(join(prefix, 'logs', 'access.log'), 'utf8').split('\n'));
    expect(s.days.map((d) => d.views)).toEqual([1]);
    expect(s.searches.queries).toEqual([{ q: '奶茶加盟', searches: 1, zero: 1 }]);
    expect(s.helpful).toEqual([{ page: '/', yes: 0, no: 1 }]);
  });
});
