// Editors through the real Decap admin UI: decap-server on a temporary git copy of the content, the admin page
// from a build with the local backend (dist-cms/). Files on disk are parsed and compared with what was entered.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseMarkdown, FIXTURE_ROOT } from '../helpers/content.ts';
import { expect, test } from './fixtures.ts';
import { stringify } from 'yaml';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { choose, DRONE_PROJECT, fillProject } from '../../scripts/lib/cms-forms.ts';
import { BACKENDS, decapConfig, type BackendName } from '../../src/lib/cms/config.ts';
import { scratchDir } from '../../scripts/lib/scratch.ts';
import { tsx } from '../../scripts/lib/node.ts';

test.describe.configure({ mode: 'serial' });

let repo: string;
let server: ChildProcess;
const file = (path: string) => join(repo, 'content', path);
const frontmatter = (path: string) => parseMarkdown(readFileSync(file(path), 'utf8')).data;

test.beforeAll(async () => {
  repo = scratchDir('portal-cms-');
  cpSync(FIXTURE_ROOT, join(repo, 'content'), { recursive: true });
  spawnSync('git', ['init', '-q'], { cwd: repo });
  server = spawn(...tsx('scripts/cms-server.ts', '--port', '8081', '--mode', 'fs', '--repo', repo), {
    env: process.env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 50; i++) {
    try {
      const r = await fetch('http://127.0.0.1:8081/api/v1', { method: 'POST', body: '{"action":"info"}', headers: { 'Content-Type': 'application/json' } });
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(() => {
  // The server starts decap-server as a child: end the whole process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(repo, { recursive: true, force: true });
});

/** A POST to the local backend with the headers a browser page elsewhere would send. */
function post(host: string, headers: Record<string, string> = {}, address = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: address, port: 8081, path: '/api/v1', method: 'POST', headers: { 'Content-Type': 'application/json', Host: host, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{"action":"info"}');
  });
}

test('the local backend answers this machine only: its loopback address, its own Host names, no foreign page', async () => {
  expect(await post('127.0.0.1:8081')).toBe(200);
  expect(await post('localhost:8081')).toBe(200);
  // DNS rebinding: a page at evil.example whose name now resolves to 127.0.0.1 sends its own Host.
  expect(await post('evil.example:8081')).toBe(403);
  expect(await post('evil.example')).toBe(403);
  expect(await post('127.0.0.1:8081', { Origin: 'http://evil.example' })).toBe(403);
  // Bound to 127.0.0.1 itself, not to every address (127.0.0.2 reaches a server bound to 0.0.0.0).
  await expect(post('127.0.0.1:8081', {}, '127.0.0.2')).rejects.toThrow(/ECONNREFUSED/);
});

async function open(page: Page, hash: string) {
  await page.goto(`/admin/#${hash}`);
  const login = page.getByRole('button', { name: '登录' });
  await expect(login.or(page.getByText('集合').first()).or(page.getByRole('button', { name: /^(发布|保存)$/ })).first()).toBeVisible({ timeout: 20_000 });
  if (await login.isVisible()) await login.click();
  // An existing entry: wait until its data is in the form before typing.
  if (hash.includes('/entries/')) await expect(page.getByLabel('网址标识')).not.toHaveValue('', { timeout: 15_000 });
}


async function publish(page: Page) {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
  await expect(page.getByText(/条目已保存|已发布/).first()).toBeVisible({ timeout: 15_000 });
}

async function fillBase(page: Page, slug: string, title: string, titleLabel = '标题') {
  if (slug) await page.getByLabel('网址标识').fill(slug);
  await page.getByLabel(titleLabel, { exact: true }).fill(title);
  await page.getByLabel('摘要').fill(`${title}的摘要。`);
  await page.getByLabel('来源名称').fill('端到端测试');
  await page.getByLabel('更新日期').fill('2026-11-28');
}

test('the admin loads from this host only, in Chinese, and is not indexed', async ({ page, requests }) => {
  await open(page, '/collections/policies');
  await expect(page.getByText('关于进一步加强创业培训推进创业促就业工作的通知')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // The bar under the editor says where a save goes: here, this machine's working tree.
  await expect(page.getByRole('complementary', { name: '内容管理说明' })).toContainText('「保存」直接写入本机工作目录的 content/ 文件夹');
  for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
});

/** A city's notice: the policy fields after the shared ones and the 发文字号. */
async function fillPolicy(page: Page) {
  await page.getByRole('button', { name: '新增发文机关' }).click();
  await page.getByRole('textbox', { name: '发文机关' }).fill('成都市人力资源和社会保障局');
  await choose(page, '层级', '市');
  await choose(page, '体裁', '通知');
  await choose(page, '主题分类', '创业培训');
  await page.getByLabel('成文日期').fill('2026-11-01');
  await page.getByLabel('发布日期').fill('2026-11-02');
  await choose(page, '有效性', '现行有效');
}

test('create a policy for a city', async ({ page }) => {
  await open(page, '/collections/policies/new');
  await fillBase(page, 'e2e-policy', '端到端测试政策');
  await page.getByLabel('发文字号').fill('测试〔2026〕1号');
  await fillPolicy(page);
  await page.getByLabel('适用城市 (可选)').fill('成都');
  await page.getByRole('option', { name: '成都市' }).click();
  await publish(page);
  const data = frontmatter('policies/e2e-policy.md');
  expect(data).toMatchObject({
    slug: 'e2e-policy',
    title: '端到端测试政策',
    doc_number: '测试〔2026〕1号',
    issuers: ['成都市人力资源和社会保障局'],
    level: '市',
    genre: '通知',
    topics: ['创业培训'],
    validity: '现行有效',
    cities: ['chengdu'],
  });
  expect(String(data.written)).toBe('2026-11-01');
});

test('a new entry saved without a web address is named from its title in pinyin', async ({ page }) => {
  await open(page, '/collections/policies/new');
  await expect(page.getByLabel('网址标识')).toHaveValue('');
  await fillBase(page, '', '返乡创业补贴办法');
  await page.getByLabel('发文字号').fill('测试〔2026〕2号');
  await fillPolicy(page);
  await publish(page);
  expect(frontmatter('policies/fan-xiang-chuang-ye-bu-tie-ban-fa.md')).toMatchObject({ slug: 'fan-xiang-chuang-ye-bu-tie-ban-fa', title: '返乡创业补贴办法' });
});

test('create a project with a recommended city and its review record', async ({ page }) => {
  await open(page, '/collections/projects/new');
  await fillBase(page, 'e2e-project', '端到端测试项目');
  await fillProject(page, { industry: '教育', band: '3–10万', min: 40000, max: 80000, group: '高校毕业生', stage: '已论证', risk: '市场需求可能变化，请先做调查。', org: '测试中心', contact: '000-1234567' });
  await page.getByLabel('论证日期').fill('2026-10-10');
  await page.getByLabel('论证专家组').fill('测试专家组');
  await page.getByLabel('论证结论').fill('可行');
  await page.getByLabel('推荐城市 (可选)').fill('武汉');
  await page.getByRole('option', { name: '武汉市' }).click();
  await publish(page);
  expect(frontmatter('projects/e2e-project.md')).toMatchObject({
    industry: '教育',
    band: '3–10万',
    invest_min: 40000,
    invest_max: 80000,
    groups: ['高校毕业生'],
    stage: '已论证',
    review: { panel: '测试专家组', conclusion: '可行' },
    cities: ['wuhan'],
    provider: { org: '测试中心', contact: '000-1234567' },
  });
});

test('a project still being collected is saved without a review record, which is not written at all', async ({ page }) => {
  await open(page, '/collections/projects/new');
  await fillBase(page, '', '农业植保无人机服务');
  await fillProject(page, DRONE_PROJECT);
  await publish(page);
  const data = frontmatter('projects/nong-ye-zhi-bao-wu-ren-ji-fu.md');
  expect(data).toMatchObject({ stage: '征集中', title: '农业植保无人机服务' });
  expect(data).not.toHaveProperty('review');
  expect(data).not.toHaveProperty('payback');
});

test('create an event with its times, as the date-and-time picker writes them', async ({ page }) => {
  await open(page, '/collections/events/new');
  await fillBase(page, 'e2e-event', '端到端测试推介会');
  await choose(page, '活动类型', '项目推介会');
  await page.getByLabel('开始时间').fill('2099-12-10T09:30');
  await page.getByLabel('结束时间').fill('2099-12-10T16:30');
  await page.getByLabel('所在城市').fill('成都');
  await page.getByRole('option', { name: '成都市' }).click();
  await page.getByLabel('活动地点').fill('测试报告厅');
  await page.getByLabel('区县').fill('锦江区');
  await page.getByLabel('详细地址').fill('测试路 1 号');
  await page.getByLabel('主办单位').fill('测试就业局');
  await page.getByLabel('报名方式').fill('无需报名');
  await page.getByLabel('费用').fill('免费');
  await publish(page);
  const data = frontmatter('events/e2e-event.md');
  // Written as Beijing time, the form the schema reads: no zone suffix, no seconds.
  expect(data).toMatchObject({ kind: '项目推介会', start: '2099-12-10 09:30', end: '2099-12-10 16:30', city: 'chengdu', signup: { how: '无需报名' } });
});

test('an event that ends before it starts is refused on save', async ({ page }) => {
  await open(page, '/collections/events/entries/chengdu-project-fair');
  await page.getByLabel('结束时间').fill('2099-12-10T08:00');
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
  await expect(page.getByText('结束时间不能早于开始时间').first()).toBeVisible();
  expect(frontmatter('events/chengdu-project-fair.md').end).toBe('2099-12-10 16:30');
});

test('add an expert whose name stays unpublished until consent is ticked', async ({ page }) => {
  await open(page, '/collections/experts/new');
  await fillBase(page, 'e2e-expert', '端到端测试专家（成都）', '称谓');
  await page.getByLabel('姓名 (可选)', { exact: true }).fill('测试专家甲');
  await choose(page, '专家类别', '企业家');
  await choose(page, '专长', '财务');
  await choose(page, '服务方式', '面谈服务');
  await page.getByLabel('所在城市').fill('成都');
  await page.getByRole('option', { name: '成都市' }).click();
  await page.getByLabel('所在单位').fill('测试公司');
  await page.getByLabel('预约窗口').fill('测试窗口');
  await page.getByLabel('预约电话').fill('000-1234567');
  await page.getByLabel('预约方式').fill('电话预约');
  await publish(page);
  expect(frontmatter('experts/e2e-expert.md')).toMatchObject({ name: '测试专家甲', consent: false, specialties: ['财务'], services: ['面谈服务'] });
});

test('add a news item announcing an event', async ({ page }) => {
  await open(page, '/collections/news/new');
  await fillBase(page, 'e2e-news', '端到端测试动态');
  await choose(page, '类别', '活动预告');
  await page.getByLabel('发布日期').fill('2026-11-28');
  await page.getByLabel('相关活动 (可选)').fill('端到端测试推介会');
  await page.getByRole('option', { name: '端到端测试推介会' }).click();
  await publish(page);
  expect(frontmatter('news/e2e-news.md')).toMatchObject({ genre: '活动预告', event: 'e2e-event' });
});

test('edit an incubator', async ({ page }) => {
  await open(page, '/collections/incubators/entries/chengdu-qihang');
  await page.getByLabel('在孵企业数').fill('99');
  await publish(page);
  expect(frontmatter('incubators/chengdu-qihang.md')).toMatchObject({ tenants: 99, title: '蓉城启航创业园' });
});

test('edit a training institution', async ({ page }) => {
  await open(page, '/collections/training/entries/chengdu-tianfu');
  await expect(page.getByLabel('机构名称')).toHaveValue('天府职业技能培训中心');
  await page.getByLabel('持证师资').fill('15');
  await publish(page);
  expect(frontmatter('training/chengdu-tianfu.md')).toMatchObject({ trainers: 15, courses: ['SYB', '创业模拟实训'], city: 'chengdu' });
});

test('delete a story', async ({ page }) => {
  await open(page, '/collections/stories/entries/chengdu-tea-house');
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '删除内容' }).click();
  await expect.poll(() => existsSync(file('stories/chengdu-tea-house.md'))).toBe(false);
});

test('upload a photo to a story', async ({ page }) => {
  await open(page, '/collections/stories/entries/wuhan-graduate-design');
  await page.getByRole('button', { name: '选择图片' }).click();
  await page.locator('input[type=file]').setInputFiles(new URL('../fixtures/photo.png', import.meta.url).pathname);
  await expect(page.getByText('photo.png').first()).toBeVisible();
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await page.getByLabel('照片说明 (可选)').fill('设计工作室一角（示例图片）');
  await publish(page);
  expect(frontmatter('stories/wuhan-graduate-design.md')).toMatchObject({
    photo: 'images/photo.png',
    photo_alt: '设计工作室一角（示例图片）',
  });
  expect(existsSync(file('stories/images/photo.png'))).toBe(true);
});

test.describe('invalid input cannot be saved', () => {
  test('an empty required field and a 5-digit adcode are refused on the form', async ({ page }) => {
    await open(page, '/collections/cities/entries/chengdu');
    await page.getByLabel('行政区划代码').fill('51010');
    await page.getByLabel('城市名称').fill('');
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('立即发布').click();
    await expect(page.getByText('应为 6 位数字行政区划代码（GB/T 2260）')).toBeVisible();
    await expect(page.getByText(/城市名称.*(必填|required)/i).or(page.getByText('必填')).first()).toBeVisible();
    expect(frontmatter('cities/chengdu.md')).toMatchObject({ adcode: '510100', name: '成都市' });
  });

  test('a story without consent is refused by the schema check', async ({ page }) => {
    await open(page, '/collections/stories/new');
    await fillBase(page, 'e2e-no-consent', '未经同意的故事');
    await page.getByLabel('人物').fill('某某（化名）');
    await page.getByLabel('所在城市').fill('成都');
    await page.getByRole('option', { name: '成都市' }).click();
    await choose(page, '人群', '高校毕业生');
    await choose(page, '行业', '教育');
    await page.getByLabel('企业名称').fill('某工作室');
    await page.getByLabel('开业年份').fill('2009');
    await page.getByLabel('带动就业人数').fill('3');
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('立即发布').click();
    await expect(page.getByText(/须取得本人书面同意/).first()).toBeVisible();
    expect(existsSync(file('stories/e2e-no-consent.md'))).toBe(false);
  });
});

test('the edited content builds, with the new pages', () => {
  const out = join(repo, 'dist');
  const run = astroBuild({ content: join(repo, 'content'), out });
  expect(run.status, run.output.slice(-2000)).toBe(0);
  expect(existsSync(join(out, 'policies/e2e-policy/index.html'))).toBe(true);
  expect(existsSync(join(out, 'projects/e2e-project/index.html'))).toBe(true);
  // The editor's event, expert and news item, with the event in its city's calendar and the expert's name withheld.
  expect(readFileSync(join(out, 'events/e2e-event/index.html'), 'utf8')).toContain('2099年12月10日 09:30–16:30');
  expect(readFileSync(join(out, 'events/e2e-event/calendar.ics'), 'utf8')).toContain('DTSTART:20991210T013000Z');
  expect(readFileSync(join(out, 'experts/e2e-expert/index.html'), 'utf8')).not.toContain('测试专家甲');
  expect(readFileSync(join(out, 'news/e2e-news/index.html'), 'utf8')).toContain('端到端测试推介会');
  expect(existsSync(join(out, 'stories/chengdu-tea-house/index.html'))).toBe(false);
  expect(readFileSync(join(out, 'cities/chengdu/index.html'), 'utf8')).toContain('端到端测试政策');
  // The uploaded photo went through Astro's image pipeline.
  const story = readFileSync(join(out, 'stories/wuhan-graduate-design/index.html'), 'utf8');
  expect(story).toMatch(/<img[^>]+src="\/_astro\/photo\.[^"]+\.webp"[^>]+alt="设计工作室一角（示例图片）"|<img[^>]+alt="设计工作室一角（示例图片）"[^>]+src="\/_astro\/photo/);
});

// The production config for every git host, in the real Decap: it must load to its login page, not to "Config
// Errors" (Decap's Gitea backend, for one, refuses the editorial workflow and then shows no admin at all).
const hostEnv = (name: BackendName, workflow = '') => ({ DECAP_BACKEND: name, DECAP_REPO: 'rsj/portal', DECAP_BASE_URL: 'https://git.example.gov.cn', DECAP_APP_ID: 'app-id', DECAP_BRANCH: workflow ? 'main' : 'cms', DECAP_WORKFLOW: workflow });
for (const [name, workflow] of [...(Object.keys(BACKENDS) as BackendName[]).map((n) => [n, ''] as const), ['forgejo', '1'] as const]) {
  test(`the admin built for ${name}${workflow ? ' with the editorial workflow' : ''} loads to its login page`, async ({ page }) => {
    const env = hostEnv(name, workflow);
    const config = decapConfig({ local: false, env });
    await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify(config) }));
    const errors: string[] = [];
    page.on('console', (m) => errors.push(m.text()));
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: /登录|Login with/ })).toBeVisible({ timeout: 20_000 });
    expect(errors.join('\n')).not.toMatch(/Config Errors|does not support/);
  });
}

// Every screen an editor meets, in the real Decap, counted for English: login (each backend), collection lists in
// both views, the editor with every widget our schemas use, the media library, a refused save, the status menu,
// the workflow board, the publish menu and the notes pane. Latin words of our own (labels, hints and the content's
// slugs, addresses, course codes) and product names are not English the admin shows.
test.describe('the admin wholly in Chinese', () => {
  const PRODUCTS = new Set(['Decap', 'CMS', 'Markdown', 'Forgejo', 'Gitea', 'GitLab', 'GitHub', 'Git']);
  const latin = (text: string) => text.match(/[A-Za-z][A-Za-z'’]+/g) ?? [];
  const fixtureText = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true })
      .map((d) => (d.isDirectory() ? fixtureText(join(dir, d.name)) : /\.(md|mdx|yml)$/.test(d.name) ? readFileSync(join(dir, d.name), 'utf8') : ''))
      .join('\n');
  const workflowConfig = decapConfig({ local: true, env: { DECAP_WORKFLOW: '1' } });
  const ours = new Set([...latin(stringify(workflowConfig)), ...latin(fixtureText(FIXTURE_ROOT))]);
  const found = new Map<string, Set<string>>();
  /** Accepts the confirmations Decap asks for (leaving an unsaved entry …); the returned call counts their words. */
  const acceptDialogs = (page: Page) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    return () => {
      const words = latin(dialogs.join('\n')).filter((w) => !ours.has(w) && !PRODUCTS.has(w));
      if (words.length) found.set('dialogs', new Set(words));
    };
  };
  let workflowRepo: string | undefined;
  test.afterAll(() => {
    if (workflowRepo) rmSync(workflowRepo, { recursive: true, force: true });
  });
  /** Each test reports the screens it visited; a screen's English words are listed by name. */
  const noEnglish = () => {
    const words = Object.fromEntries([...found].map(([screen, w]) => [screen, [...w].join(' ')]));
    found.clear();
    expect(words).toEqual({});
  };

  /** What the screen shows and says aloud: its text, and the names, titles and placeholders of what is visible. */
  async function count(page: Page, screen: string) {
    await page.waitForTimeout(500);
    const text = await page.evaluate<string>(`(() => {
      const out = [document.body.innerText];
      for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) out.push(el.getAttribute('aria-label') || '', el.getAttribute('title') || '', el.getAttribute('placeholder') || '');
      }
      return out.join('\\n');
    })()`);
    const english = latin(text).filter((w) => !ours.has(w) && !PRODUCTS.has(w));
    if (english.length) found.set(screen, new Set(english));
  }

  /** Each screen from a fresh document: Decap does not always redraw an editor reached by a new hash alone. */
  async function fresh(page: Page, hash: string) {
    await page.goto('about:blank');
    await open(page, hash);
  }

  // Three tests rather than one: each visits a dozen screens of Decap (5 MB of script) and gets a time limit for
  // that, and a failure names the part of the admin it was in.
  test('no English word on the login page of any git host', async ({ page }) => {
    test.setTimeout(120_000);
    // The login page of every git host an office may use.
    for (const name of Object.keys(BACKENDS) as BackendName[]) {
      const env = hostEnv(name);
      await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify(decapConfig({ local: false, env })) }));
      await page.goto('/admin/');
      await expect(page.getByRole('button', { name: /登录/ })).toBeVisible({ timeout: 20_000 });
      await count(page, `login ${name}`);
      await page.unroute('**/admin/config.yml');
    }
    noEnglish();
  });

  test('no English word on the collection lists, in either view, or on a new entry of each', async ({ page }) => {
    test.setTimeout(240_000);
    // The editorial workflow needs a git repository: decap-server in git mode in place of the file-system one
    // (the last tests of this file: nothing after them writes through the file-system server).
    const info = () =>
      fetch('http://127.0.0.1:8081/api/v1', { method: 'POST', body: '{"action":"info"}', headers: { 'Content-Type': 'application/json' } }).then((r) => r.ok, () => false);
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await expect.poll(info, { timeout: 10_000 }).toBe(false);
    // A repository of its own, committed, as an office's is.
    workflowRepo = scratchDir('portal-cms-workflow-');
    cpSync(FIXTURE_ROOT, join(workflowRepo, 'content'), { recursive: true });
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', ...args], { cwd: workflowRepo });
    git('init', '-q', '-b', 'master');
    git('add', '-A');
    git('commit', '-qm', '内容');
    server = spawn(...tsx('scripts/cms-server.ts', '--port', '8081', '--mode', 'git', '--repo', workflowRepo), {
      env: process.env,
      stdio: 'ignore',
      detached: true,
    });
    await expect.poll(info, { timeout: 20_000 }).toBe(true);
    await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify(workflowConfig) }));
    const dialogsSeen = acceptDialogs(page);

    await fresh(page, '/collections/policies');
    await count(page, 'collections');
    for (const c of ['policies', 'stories', 'projects', 'incubators', 'training', 'cities']) {
      await fresh(page, `/collections/${c}`);
      await expect(page.getByRole('button', { name: /新建|新增/ }).first()).toBeVisible({ timeout: 15_000 });
      await count(page, `list ${c}`);
      await page.getByRole('button', { name: '网格视图' }).click();
      await count(page, `grid ${c}`);
      await page.getByRole('button', { name: '列表视图' }).click();
      await fresh(page, `/collections/${c}/new`);
      await expect(page.getByLabel('网址标识')).toBeVisible({ timeout: 15_000 });
      await count(page, `new ${c}`);
    }
    // A list of objects with an item being added (a city's yearly figures), and an object folded.
    await page.getByRole('button', { name: /^(新增|添加)/ }).first().click();
    await count(page, 'list item');
    dialogsSeen();
    noEnglish();
  });

  test('no English word in the media library, a refused save, the status and publish menus, the notes and the board', async ({ page }) => {
    test.setTimeout(180_000);
    await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify(workflowConfig) }));
    const dialogsSeen = acceptDialogs(page);

    // The media library, from a story's photo.
    await fresh(page, '/collections/stories/entries/wuhan-graduate-design');
    await page.getByRole('button', { name: /图片/ }).first().click();
    await expect(page.getByRole('button', { name: /上传/ }).first()).toBeVisible();
    await count(page, 'media library');
    await page.keyboard.press('Escape');

    // A new project through the workflow: a refused save, the status menu, the board, the publish menu, the notes.
    await fresh(page, '/collections/projects/new');
    await fillBase(page, '', '社区助餐服务点');
    await fillProject(page, { ...DRONE_PROJECT, stage: '已论证' });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/无法保存/).first()).toBeVisible();
    await count(page, 'refused save');
    await choose(page, '项目状态', '征集中');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('button', { name: /状态/ })).toBeVisible({ timeout: 15_000 });
    await count(page, 'saved draft');
    await page.getByRole('button', { name: /状态/ }).click();
    await count(page, 'status menu');
    await page.getByText('就绪', { exact: true }).click();
    const publishMenu = page.getByRole('button', { name: '发布', exact: true });
    await expect(publishMenu).toBeVisible({ timeout: 15_000 });
    await publishMenu.click();
    await count(page, 'publish menu');
    await page.keyboard.press('Escape');
    const notes = page.getByRole('button', { name: '显示或隐藏备注' });
    if (await notes.isVisible()) {
      await notes.click();
      await count(page, 'notes');
    }
    await page.goto('about:blank');
    await page.goto('/admin/#/workflow');
    await expect(page.getByText('社区助餐服务点')).toBeVisible({ timeout: 20_000 });
    await count(page, 'workflow board');
    dialogsSeen();
    noEnglish();
  });
});
