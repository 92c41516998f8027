// The 政府网站工作年度报表 (src/lib/report/): its figures from known entries, history, visits and settings; each
// figure's source; what is left 未填报; the table as printed; the command on a scratch repository with dated commits;
// the self-check's reminder and the production guard.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildAnnualReport, rowName, unfilled, type AnnualReport, type ReportEntry, type ReportSources } from '../../src/lib/report/annual.ts';
import { readReports, reportFile } from '../../src/lib/report/files.ts';
import { annualWorkbook, sheetRows, tableRows } from '../../src/lib/report/table.ts';
import { inspect } from '../../src/lib/inspect/report.ts';
import { productionProblems } from '../../src/lib/deploy/production.ts';
import { readWorkbook } from '../../src/lib/publish/xlsx.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import type { History, Revision } from '../../src/lib/content/history.ts';
import type { StatsSummary } from '../../src/lib/stats/access-log.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { tsx } from '../../scripts/lib/node.ts';

const root = scratchDir('report-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rev = (iso: string, kind: Revision['kind']): Revision => ({ date: d(iso), kind });
const none = () => Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as ReportEntry[]])) as Record<CollectionName, ReportEntry[]>;
const BASE = { name: '某市创业促就业服务门户', subtitle: '副标题', email: 'a@hrss.gov.cn', submission_email: 'b@hrss.gov.cn', disclaimer: '声明' };

const entries = none();
entries.policies = [
  { id: 'notice', data: { genre: '通知', published: d('2007-08-06') } },
  { id: 'reading', data: { genre: '解读', published: d('2026-05-01') } },
  { id: 'old-reading', data: { genre: '解读', published: d('2025-05-01') } },
  { id: 'sample-reading', data: { genre: '解读', published: d('2026-05-01'), sample: true } },
];
entries.news = [
  { id: 'spring', data: { published: d('2026-03-01') } },
  { id: 'new-year', data: { published: d('2027-01-02') } },
];
entries.events = [{ id: 'fair', data: { start: d('2026-09-09') } }];
entries.cities = [{ id: 'zibo', data: { updated: d('2026-02-01') } }];
entries.stories = [{ id: 'invented', data: { updated: d('2026-02-01'), sample: true } }];
entries.projects = [{ id: 'honey', data: { updated: d('2026-07-01') } }];

// The notice was put on the site in 2026, whatever its own date; the reading of 2025 was first committed in 2025
// and corrected in 2026 (an update, not a new piece of information); the news of 2 January 2027 is next year's.
const history: History = new Map([
  ['policies/notice', [rev('2026-01-10', '发布')]],
  ['policies/reading', [rev('2026-06-01', '更新'), rev('2026-05-02', '发布')]],
  ['policies/old-reading', [rev('2026-02-01', '更正'), rev('2025-05-02', '发布')]],
  ['news/spring', [rev('2026-03-01', '发布')]],
  ['news/new-year', [rev('2027-01-02', '发布')]],
  ['events/fair', [rev('2026-08-01', '发布')]],
  ['cities/zibo', [rev('2026-04-01', '更新'), rev('2025-12-30', '发布')]],
  ['projects/honey', [rev('2026-07-01', '发布')]],
]);

const stats: StatsSummary = {
  from: '2025-12-30',
  to: '2027-01-01',
  days: [
    { day: '2025-12-31', views: 1000, visitors: 100 },
    { day: '2026-01-01', views: 30, visitors: 7 },
    { day: '2026-12-31', views: 12, visitors: 5 },
    { day: '2027-01-01', views: 999, visitors: 99 },
  ],
  months: [],
  pages: [],
  referrers: [],
  searches: { total: 0, queries: [] },
  helpful: [],
  excluded: { bots: 0, errors: 0, assets: 0, other: 0 },
};

const FIGURES = {
  year: 2026,
  topics_maintained: 3,
  topics_new: 1,
  reading_products: 2,
  media_reviews: 1,
  hot_responses: 4,
  unified_platform: true,
  messages_received: 57,
  messages_closed: 55,
  messages_days: 3.5,
  messages_public: 40,
  surveys: 1,
  survey_opinions: 12,
  survey_results: 1,
  interviews: 0,
  interview_messages: 0,
  interview_answers: 0,
  security_checks: 4,
  security_problems: 6,
  security_fixed: 6,
  security_monitoring: true,
  security_drill: false,
  security_officer: true,
  new_media: true,
  wechat_name: '某市就业',
  wechat_posts: 120,
  wechat_subscribers: 3400,
};
const settings = settingsSchema.parse({
  ...BASE,
  host: '某市人力资源和社会保障局',
  site_type: '部门网站',
  site_code: '3702000001',
  icp: '鲁ICP备12345678号-1',
  psb: '鲁公网安备37030302000123号',
  report: FIGURES,
});
const sources: ReportSources = { year: 2026, today: d('2027-01-05'), settings, siteUrl: { value: 'https://jy.example.gov.cn/', from: 'SITE_URL' }, entries, history, stats };
const figure = (report: AnnualReport, name: string) => report.rows.find((r) => rowName(r) === name);

describe('the annual report', () => {
  const report = buildAnnualReport(sources);

  it('counts the information the site published that year, by first commit, without samples or updates', () => {
    // notice, reading, spring, fair, honey — not old-reading (2025), zibo (2025), new-year (2027) or the samples.
    expect(figure(report, '信息发布（条） › 总数')).toMatchObject({ value: 5 });
    expect(figure(report, '信息发布（条） › 总数')?.source).toMatch(/首次提交.*不含示例内容 2 条/);
    expect(figure(report, '信息发布（条） › 信息公开目录信息更新量')?.value).toBe(2);
    expect(figure(report, '信息发布（条） › 政务动态信息更新量')?.value).toBe(2);
    expect(figure(report, '信息发布（条） › 概况类信息更新量')?.value).toBe(0);
    expect(figure(report, '政策解读 › 解读信息发布（条） › 解读材料数量')?.value).toBe(1);
    // 1 reading of its own, 2 products and 1 media article.
    expect(figure(report, '政策解读 › 解读信息发布（条） › 总数')?.value).toBe(4);
  });

  it('without git history, counts by the dates the entries carry, and says so', () => {
    const dated = buildAnnualReport({ ...sources, history: undefined });
    // notice (2007) no longer counts; zibo (2026-02-01 updated) and the 2025-committed reading still by their dates.
    expect(figure(dated, '信息发布（条） › 总数')?.value).toBe(5);
    expect(figure(dated, '信息发布（条） › 概况类信息更新量')?.value).toBe(1);
    expect(figure(dated, '信息发布（条） › 总数')?.source).toMatch(/没有 git 历史，按各条目的日期字段/);
    // A folder a repository never committed reads as an empty history: the same.
    expect(figure(buildAnnualReport({ ...sources, history: new Map() }), '信息发布（条） › 总数')?.source).toMatch(/没有 git 历史/);
  });

  it('takes visits from the days of the year in the access-log summary', () => {
    expect(figure(report, '网站总访问量（次）')?.value).toBe(42);
    expect(figure(report, '独立用户访问总量（个）')?.value).toBe(12);
    expect(figure(report, '网站总访问量（次）')?.source).toMatch(/访问日志.*2026年1月1日至2026年12月31日，2 天/);
    const blind = buildAnnualReport({ ...sources, stats: undefined });
    expect(figure(blind, '网站总访问量（次）')?.value).toBeUndefined();
    expect(figure(blind, '网站总访问量（次）')?.source).toMatch(/^未填报：请运行 npm run stats/);
  });

  it('fills the identity and the office’s own figures from the settings, each with its source', () => {
    expect(figure(report, '主办单位')).toMatchObject({ value: '某市人力资源和社会保障局', source: '网站设置「主办单位」' });
    expect(figure(report, '政府网站标识码')?.value).toBe('3702000001');
    expect(figure(report, '首页网址')?.value).toBe('https://jy.example.gov.cn/');
    expect(figure(report, '互动交流 › 留言办理 › 平均办理时间（天）')?.value).toBe(3.5);
    expect(figure(report, '安全防护 › 是否开展应急演练')?.value).toBe('否');
    expect(figure(report, '移动新媒体 › 微信 › 订阅数（个）')?.value).toBe(3400);
    // No Weibo account: its rows are not asked for.
    expect(figure(report, '移动新媒体 › 微博 › 关注量（个）')).toMatchObject({ value: '—', source: expect.stringMatching(/没有微博/) as unknown });
    expect(unfilled(report)).toEqual([]);
    expect(report.until).toBe('2026-12-31');
  });

  it('--feedback gives 收到留言数量 and says it came from the command line', () => {
    const given = buildAnnualReport({ ...sources, feedback: 80 });
    expect(figure(given, '互动交流 › 留言办理 › 收到留言数量（条）')).toMatchObject({ value: 80, source: expect.stringMatching(/--feedback/) as unknown });
  });

  it('never reports one year’s typed figures as another’s: they are asked for, naming the year', () => {
    const next = buildAnnualReport({ ...sources, year: 2027, today: d('2027-03-01') });
    const asked = unfilled(next).map(rowName);
    expect(asked).toContain('互动交流 › 留言办理 › 收到留言数量（条）');
    expect(figure(next, '安全防护 › 安全检测评估次数（次）')?.source).toMatch(/按 2027 年度填写（网站设置中的数字是 2026 年度的，未采用）/);
    // Figures without a year (the CMS may save the group untouched) are not taken for any year either.
    const { year: _year, ...undated } = FIGURES;
    const blind = buildAnnualReport({ ...sources, settings: settingsSchema.parse({ ...BASE, report: undated }) });
    expect(figure(blind, '安全防护 › 安全检测评估次数（次）')?.source).toMatch(/没有填写填报年度，未采用/);
    expect(settingsSchema.safeParse({ ...BASE, report: {} }).success).toBe(true);
    // Before the year ends the counts stop today.
    expect(next.until).toBe('2027-03-01');
    // And a site without the settings asks for each identity item by its setting's label.
    const bare = buildAnnualReport({ ...sources, settings: settingsSchema.parse(BASE), siteUrl: undefined });
    expect(figure(bare, 'ICP备案号')?.source).toBe('未填报：请在网站设置中填写「ICP备案号」');
    expect(figure(bare, '首页网址')?.source).toMatch(/SITE_URL/);
  });

  it('prints as the template: item names merged down over their sub-items, one row per figure', () => {
    const rows = tableRows(report.rows);
    const total = rows.find((r) => rowName(r.row) === '信息发布（条） › 总数')!;
    expect(total.names).toEqual([
      { text: '信息发布（条）', rowspan: 4, colspan: 1 },
      { text: '总数', rowspan: 1, colspan: 2 },
    ]);
    const received = rows.find((r) => rowName(r.row) === '互动交流 › 留言办理 › 收到留言数量（条）')!;
    // 互动交流 was opened by 是否使用统一平台 above it; 留言办理 starts here and covers its four rows.
    expect(received.names).toEqual([
      { text: '留言办理', rowspan: 4, colspan: 1 },
      { text: '收到留言数量（条）', rowspan: 1, colspan: 1 },
    ]);
    expect(rows.find((r) => rowName(r.row) === '网站名称')!.names).toEqual([{ text: '网站名称', rowspan: 1, colspan: 3 }]);
    expect(sheetRows(report).find((r) => r[2] === '收到留言数量（条）')).toEqual(['互动交流', '留言办理', '收到留言数量（条）', 57, '网站设置「年度报表填报」']);
  });
});

describe('npm run report', () => {
  it('writes the year’s report from a repository with dated commits, and exits 1 listing what is 未填报', () => {
    const repo = join(root, 'repo');
    const content = join(repo, 'content');
    cpSync('tests/fixtures/site/settings/site.yml', join(content, 'settings/site.yml'));
    const env = (when: string) => ({ ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: '编辑', GIT_AUTHOR_EMAIL: 'e@example.cn', GIT_COMMITTER_NAME: '编辑', GIT_COMMITTER_EMAIL: 'e@example.cn' });
    const commit = (when: string, message: string) => {
      for (const args of [['add', '-A'], ['commit', '-q', '-m', message]]) expect(spawnSync('git', ['-C', repo, ...args], { env: env(when) }).status).toBe(0);
    };
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    // Two policies of the fixture: one committed in 2025, one in 2026.
    mkdirSync(join(content, 'policies'));
    cpSync('tests/fixtures/site/policies/lsbf-2007-30.md', join(content, 'policies/lsbf-2007-30.md'));
    commit('2025-11-01T10:00:00+08:00', '新增政策文件：通知');
    const second = spawnSync('ls', ['tests/fixtures/site/policies'], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.endsWith('.md') && f !== 'lsbf-2007-30.md' && !readFileSync(`tests/fixtures/site/policies/${f}`, 'utf8').includes('sample: true'))!;
    cpSync(`tests/fixtures/site/policies/${second}`, join(content, 'policies', second));
    commit('2026-04-01T10:00:00+08:00', '新增政策文件：第二份');
    writeFileSync(join(content, 'settings/stats.json'), JSON.stringify(stats));

    const run = spawnSync(...tsx('scripts/report.ts', '--content', content, '--year', '2026', '--today', '2027-01-05', '--feedback', '9'), {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'https://jy.example.gov.cn/' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/还有 4 项未填报/);
    expect(run.stderr).toMatch(/主办单位：请在网站设置中填写「主办单位」/);
    const [written] = readReports(content);
    expect(readFileSync(join(content, reportFile(2026)), 'utf8')).toContain('"year": 2026');
    expect(figure(written!, '信息发布（条） › 信息公开目录信息更新量')?.value).toBe(1);
    expect(figure(written!, '互动交流 › 留言办理 › 收到留言数量（条）')?.value).toBe(9);
    expect(figure(written!, '网站总访问量（次）')?.value).toBe(42);
    expect(figure(written!, '首页网址')).toMatchObject({ value: 'https://jy.example.gov.cn/', source: '构建设置 SITE_URL' });
    expect(run.stdout).toMatch(/信息发布（条） › 总数：1\u3000〔按各条目首次提交到内容库（git）的日期/);

    // The production guard refuses to publish it as it stands, and names the rows; a demonstration may.
    const PUBLIC = { SITE_URL: 'https://jy.example.gov.cn', PUBLIC_MAP_APPROVAL: 'GS(2026)1234号' };
    expect(productionProblems(PUBLIC, content).find((p) => p.includes('年度报表'))).toMatch(/2026 年度的年度报表还有 4 项未填报（主办单位、政府网站标识码、ICP备案号 等）/);
    expect(productionProblems({ ...PUBLIC, PORTAL_DEMO: '1' }, content).some((p) => p.includes('年度报表'))).toBe(false);
  });

  it('names, in Chinese, each setting it cannot use before it counts anything', () => {
    const dir = join(root, 'bad');
    mkdirSync(join(dir, 'settings'), { recursive: true });
    writeFileSync(join(dir, 'settings/site.yml'), 'name: 门户\nsubtitle: 副\nemail: a@hrss.gov.cn\nsubmission_email: b@hrss.gov.cn\ndisclaimer: 声明\nreport:\n  year: 2026\n  messages_received: -3\n  weibo: 某市就业\n');
    const run = spawnSync(...tsx('scripts/report.ts', '--content', dir, '--year', '2026', '--today', '2027-01-05'), { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('年度报表填报 › 收到留言数量（条）：不能为负数');
    expect(run.stderr).toContain('未知字段 weibo，是否应为 weibo_name（微博名称）？');
  });

  it('refuses a year that has not begun and a --feedback that is not a count', () => {
    for (const args of [['--year', '2031'], ['--year', '2026', '--feedback', '十']]) {
      const run = spawnSync(...tsx('scripts/report.ts', '--content', 'tests/fixtures/site', '--today', '2027-01-05', ...args), { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/用法/);
    }
  });

  it('a report reads back from its file, and its workbook holds the same rows, numbers as numbers', () => {
    const report = buildAnnualReport(sources);
    const [sheet] = readWorkbook(annualWorkbook(report), { partBytes: 1 << 24, totalBytes: 1 << 25, rows: 1000 });
    expect(sheet?.name).toBe('2026年度');
    const values = sheet!.rows.map((r) => r.cells.map((c) => c?.value ?? ''));
    expect(values[0]).toEqual(['项目', '子项', '细项', '数值', '来源说明']);
    expect(values.find((r) => r[2] === '收到留言数量（条）')?.[3]).toBe(57);
    expect(values.length).toBe(report.rows.length + 1);
  });

  it('a workbook is the same bytes whenever it is built (a release republishes nothing that did not change)', () => {
    const report = buildAnnualReport(sources);
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2027-01-05T08:00:00Z'));
      const first = annualWorkbook(report);
      vi.setSystemTime(new Date('2027-06-30T17:31:07Z'));
      expect(Buffer.from(annualWorkbook(report)).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the self-check’s reminder', () => {
  const base = { settings, entries: none() };
  const finding = (today: string, reports: number[], h?: History) => inspect({ ...base, today: d(today), reports, history: h }).filter((f) => f.check === '年度报表');

  it('reminds in January, fails from 1 February, and is quiet once the report is published', () => {
    expect(finding('2027-01-15', [2025])).toMatchObject([{ level: 'warn', message: expect.stringMatching(/2026 年度.*1月31日前.*npm run report -- --year 2026/) as unknown }]);
    expect(finding('2027-01-31', [])[0]?.level).toBe('warn');
    expect(finding('2027-02-01', [])).toMatchObject([{ level: 'fail', message: expect.stringMatching(/逾期未发布/) as unknown }]);
    expect(finding('2027-02-01', [2026])).toEqual([]);
  });

  it('asks nothing of a site whose history starts this year', () => {
    expect(finding('2027-03-01', [], new Map([['news/a', [rev('2027-01-04', '发布')]]]))).toEqual([]);
    expect(finding('2027-03-01', [], new Map([['news/a', [rev('2026-11-04', '发布')]]]))[0]?.level).toBe('fail');
    // A repository with nothing committed yet is a site not yet begun; a folder without git (a tarball) may be old.
    expect(finding('2027-03-01', [], new Map())).toEqual([]);
    expect(finding('2027-03-01', [], undefined)[0]?.level).toBe('fail');
  });
});
