// The self-check an inspector would run (src/lib/inspect/report.ts), on the behaviour fixture and on made-up cases.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspect, reportHtml, type InspectInput, type InspectedEntry } from '../../src/lib/inspect/report.ts';
import { inspectSite } from '../../src/lib/inspect/files.ts';
import { htmlFiles } from '../../src/lib/inspect/html-files.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { tsx } from '../../scripts/lib/node.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const root = scratchDir('portal-inspect-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const READY = settingsSchema.parse({
  name: '某市创业服务网',
  subtitle: '创业促就业',
  email: 'rsj@example.gov.cn',
  submission_email: 'xm@example.gov.cn',
  disclaimer: '说明',
  icp: '京ICP备12345678号-1',
  psb: '京公网安备11010502030143号',
  site_code: '5101000001',
  privacy_date: '2026-12-01',
});

/** A site whose every section was updated on `updated`. */
function site(updated: string, over: Partial<Record<(typeof COLLECTION_NAMES)[number], InspectedEntry[]>> = {}): InspectInput['entries'] {
  const date = day(updated);
  const one = (extra: Record<string, unknown> = {}) => [{ id: 'a', data: { title: '条目', updated: date, published: date, verified: date, ...extra } }];
  // Every section one fresh entry; a collection added to the registry gets one without a change here.
  const every = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, one()])) as unknown as InspectInput['entries'];
  return {
    ...every,
    policies: one({ validity: '现行有效' }),
    projects: one({ stage: '推介中' }),
    training: one({ status: '认定有效' }),
    cities: one({ name: '成都市', list_status: '已核实' }),
    events: one({ start: date, end: date }),
    ...over,
  };
}

describe('the self-check', () => {
  it('finds nothing on a ready, up-to-date site', () => {
    expect(inspect({ today: day('2026-12-02'), settings: READY, entries: site('2026-11-30'), links: [] })).toEqual([]);
  });

  it('fails a home page and a policy section left too long, and notes the other sections', () => {
    const findings = inspect({ today: day('2027-08-01'), settings: READY, entries: site('2026-12-01') });
    const home = findings.find((f) => f.check === '首页更新');
    expect(home).toMatchObject({ level: 'fail', entry: { edit: expect.stringMatching(/^\/admin\/#\/collections\/(news|policies|projects|stories)\/entries\/a$/) } });
    expect(home?.message).toContain('2026年12月1日（243 天前），超过 14 天');
    expect(findings.filter((f) => f.check === '栏目更新').map((f) => [f.level, f.message.slice(0, 6)])).toEqual([['fail', '「政策文件」']]);
    // The thresholds are the office's to set in the settings.
    const patient = { ...READY, inspection: { home_days: 400, policy_days: 400 } };
    expect(inspect({ today: day('2027-08-01'), settings: patient, entries: site('2026-12-01') })).toEqual([]);
  });

  it('counts a fresh 工作动态 item as an update of the home page', () => {
    const news = [{ id: 'n', data: { title: '动态', published: day('2026-11-30'), updated: day('2026-11-30') } }];
    const fresh = inspect({ today: day('2026-12-02'), settings: READY, entries: site('2026-01-01', { news }) });
    expect(fresh.find((f) => f.check === '首页更新')).toBeUndefined();
    const stale = inspect({ today: day('2026-12-02'), settings: READY, entries: site('2026-01-01') });
    expect(stale.find((f) => f.check === '首页更新')?.message).toContain('请发布新的工作动态');
  });

  it('notes empty sections, documents to verify, expired entries still offered and an unverified city list', () => {
    const findings = inspect({
      today: day('2026-12-02'),
      settings: READY,
      entries: site('2026-11-30', {
        incubators: [],
        policies: [
          { id: 'old', data: { title: '过期仍现行', published: day('2026-11-30'), validity: '现行有效', expires: day('2026-06-30') } },
          { id: 'unsure', data: { title: '待核实的文件', published: day('2026-11-30'), validity: '待核实' } },
        ],
        projects: [{ id: 'p', data: { title: '过期项目', updated: day('2026-11-30'), stage: '推介中', valid_until: day('2026-01-01') } }],
        training: [{ id: 't', data: { title: '过期机构', verified: day('2026-11-30'), status: '认定有效', valid_until: day('2026-01-01') } }],
        cities: [{ id: 'c', data: { name: '成都市', updated: day('2026-11-30'), list_status: '待核实' } }],
      }),
    });
    const by = (check: string) => findings.filter((f) => f.check === check).map((f) => `${f.level} ${f.entry?.label ?? ''}`);
    expect(by('空白栏目')).toEqual(['warn 孵化基地']);
    expect(by('政策有效性')).toEqual(['fail 政策文件「过期仍现行」', 'warn 政策文件「待核实的文件」']);
    expect(by('过期条目')).toEqual(['warn 创业项目「过期项目」', 'warn 培训机构「过期机构」']);
    expect(by('重点城市名单')).toEqual(['warn 重点城市']);
    // Outright failures first.
    expect(findings[0]?.level).toBe('fail');
  });

  it('names the settings an office must fill, and the broken links of the build', () => {
    const bare = settingsSchema.parse({ ...READY, icp: undefined, psb: undefined, site_code: undefined, privacy_date: undefined });
    const findings = inspect({ today: day('2026-12-02'), settings: bare, entries: site('2026-11-30'), links: [{ page: '/about/', href: '/nowhere/', reason: '页面不存在' }] });
    expect(findings.map((f) => `${f.level} ${f.check} ${f.entry?.edit ?? ''}`)).toEqual([
      'fail 网站标识和备案 /admin/#/collections/settings/entries/site',
      'fail 个人信息保护 /admin/#/collections/settings/entries/site',
      'warn 网站标识和备案 /admin/#/collections/settings/entries/site',
      'warn 网站标识和备案 /admin/#/collections/settings/entries/site',
      'warn 链接可用性 ',
    ]);
    expect(findings.at(-1)?.message).toBe('链接 /nowhere/ 打不开（页面不存在）');
  });

  it('writes a page editors can read that no search engine indexes, every text escaped', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const findings = inspect({ today: day('2027-08-01'), settings: READY, entries: site('2026-12-01', { policies: [{ id: 'x', data: { title: hostile, published: day('2026-12-01'), validity: '现行有效' } }] }) });
    const html = reportHtml(findings, { today: day('2027-08-01'), site: READY.name });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(hostile);
    expect(html).toContain('href="/admin/#/collections/policies/entries/x"');
  });
});

describe('npm run inspect', () => {
  it('reads the fixture: its expired project and training institution, its unverified list, its missing filing number', () => {
    const { findings } = inspectSite({ content: FIXTURE_ROOT, now: day('2026-12-02') });
    const labels = findings.map((f) => `${f.level} ${f.check} ${f.entry?.label ?? ''}`);
    expect(labels).toContain('fail 网站标识和备案 网站设置');
    expect(labels).toContain('warn 过期条目 创业项目「同城即时配送站」');
    expect(labels).toContain('warn 重点城市名单 重点城市');
  });

  it('reads today as the calendar day in Beijing, the day an editor there writes as 更新日期', () => {
    // The fixture's latest 更新日期 is 2026-11-30 (a news item): at 01:30 that day in Beijing it is still 29 November in UTC.
    const late = (now: string) => inspectSite({ content: FIXTURE_ROOT, now: new Date(now) });
    const afterToday = (r: ReturnType<typeof late>) => r.findings.filter((f) => f.message.includes('晚于今天')).map((f) => f.entry?.label);
    const morning = late('2026-11-29T17:30:00Z');
    expect(morning.text).toMatch(/^网站自查报告（2026年11月30日）/);
    expect(afterToday(morning)).toEqual([]);
    // At 23:30 on the 29th in Beijing the same entry is dated after today.
    expect(afterToday(late('2026-11-29T15:30:00Z'))).toEqual(['工作动态「活动预告：成都市创业项目推介会」']);
  });

  it('exits non-zero on an outright failure, zero with --warn-only or once the failures are fixed', () => {
    const run = (content: string, ...args: string[]) =>
      spawnSync(...tsx('scripts/inspect.ts', '--content', content, '--dist', join(root, 'no-build'), '--today', '2026-12-02', ...args), { encoding: 'utf8' });
    const failing = run(FIXTURE_ROOT);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^网站自查报告（2026年12月2日）：不合格 \d+ 项/);
    expect(run(FIXTURE_ROOT, '--warn-only').status).toBe(0);
    const fixed = join(root, 'content');
    cpSync(FIXTURE_ROOT, fixed, { recursive: true });
    const settings = join(fixed, 'settings/site.yml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}icp: 京ICP备12345678号-1\nprivacy_date: 2026-12-01\n`);
    const out = join(root, 'report.html');
    const passing = run(fixed, '--out', out);
    expect(passing.stdout).toMatch(/不合格 0 项/);
    expect(passing.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<h1>网站自查报告</h1>');
  });
});

describe('the built pages the checks read', () => {
  it('are every HTML file, leaving out only the top-level folders named', () => {
    const dist = join(root, 'walk');
    for (const path of ['index.html', 'a/index.html', 'a/b/index.html', 'admin/index.html', 'a/admin/index.html', 'pagefind/x.html', 'a/style.css']) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), '<p>');
    }
    const found = (skip?: string[]) => htmlFiles(dist, skip).map((f) => f.slice(dist.length + 1)).sort();
    expect(found(['admin', 'pagefind'])).toEqual(['a/admin/index.html', 'a/b/index.html', 'a/index.html', 'index.html']);
    expect(found()).toHaveLength(6);
  });
});
