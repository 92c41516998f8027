// The road to live as an office drives it, end to end and with no LOCAL_BUILD anywhere on it: the office's content
// (samples retired, the city list and results imported from its spreadsheets), every setting it fills, a basemap
// approval and its Forgejo CMS; pushed to a bare repository on the web server whose post-receive hook builds,
// checks and publishes; served by nginx with TLS from the generated recipe; a change pushed and served; a rollback.
// Then the web server pulling the protected branch from the git server: another branch never reaches it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, globSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGINX_BIN as NGINX } from '../../scripts/lib/nginx.ts';
import { tsx } from '../../scripts/lib/node.ts';
import { currentRelease, history, releases } from '../../src/lib/deploy/releases.ts';
import { smallContentSet } from '../helpers/fixture.ts';
import { get, until } from '../helpers/http.ts';
import { filesHolding } from '../helpers/served-texts.ts';
import { OFFICE, OFFICE_ENV, officeContent } from '../helpers/office.ts';

const set = smallContentSet('portal-rehearsal-');
const root = set.root;
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TLS_PORT = 4394;
const HTTP_PORT = 4395;
const host = new URL(OFFICE.origin).host;
const bare = join(root, 'site.git');
const work = join(root, 'office');
const to = join(root, 'srv');
const buildTree = join(root, 'build');
// What a git push starts the hook with: the office's shell, not the test runner's local-build settings.
const pushEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LOCAL_BUILD|CONTENT_DIR|OUT_DIR|SITE_URL|PUBLIC_|DECAP_)/.test(k)));
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@hrss.example.cn', ...args], { cwd, encoding: 'utf8', env: pushEnv });
  expect(r.status, r.stderr).toBe(0);
  return r;
};
const page = (path: string) => get(`https://127.0.0.1:${TLS_PORT}${path}`, { host });
const portalEnv = (extra: Record<string, string>) =>
  // The office's work tree keeps its own Astro cache (node_modules here is the project's, shared).
  Object.entries({ WORK_TREE: buildTree, PUBLISH_TO: to, SITE_BRANCH: 'main', PORTAL_NODE_MODULES: resolve('node_modules'), CACHE_DIR: join(root, 'astro-cache'), ...OFFICE_ENV, ...extra })
    .map(([k, v]) => `${k}='${v}'`)
    .join('\n');
let nginx: ChildProcess | undefined;
let project = '';
let projectFile = '';
let firstTitle = '';

beforeAll(() => {
  // The office's repository: this project's files with its own content.
  mkdirSync(work, { recursive: true });
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f && !f.startsWith('content/') && existsSync(f));
  for (const f of files) cpSync(f, join(work, f), { recursive: true });
  officeContent(set.content);
  cpSync(set.content, join(work, 'content'), { recursive: true });
  projectFile = globSync('content/projects/*.md', { cwd: work }).sort()[0]!;
  project = projectFile.replace(/^content\/projects\/|\.md$/g, '');
  firstTitle = /^title: (.*)$/m.exec(readFileSync(join(work, projectFile), 'utf8'))![1]!;

  spawnSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  cpSync('scripts/post-receive.sh', join(bare, 'hooks/post-receive'));
  writeFileSync(join(bare, 'portal.env'), `${portalEnv({})}\n`);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', '网站初始内容');
  git(work, 'remote', 'add', 'origin', bare);
});
afterAll(() => nginx?.kill('SIGQUIT'));

describe('the road to live, as an office drives it', () => {
  it('the first push publishes a production build with nothing for the self-check to report', async () => {
    const pushed = git(work, 'push', '-q', 'origin', 'main');
    expect(pushed.stderr, pushed.stderr.slice(-3000)).toContain('已发布');
    expect(pushed.stderr).not.toContain('生产构建已停止');

    // nginx with TLS, its config generated from the release as docs/operators/deploy.md says.
    const prefix = join(root, 'nginx');
    for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
    const cert = join(prefix, 'cert.pem');
    const key = join(prefix, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-keyout', key, '-out', cert], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const conf = spawnSync(...tsx('scripts/nginx-conf.ts', '--root', join(to, 'current'), '--listen', `127.0.0.1:${TLS_PORT}`, '--redirect-from', `127.0.0.1:${HTTP_PORT}`, '--tls-cert', cert, '--tls-key', key, '--prefix', prefix), { encoding: 'utf8', env: pushEnv });
    expect(conf.status, conf.stderr).toBe(0);
    writeFileSync(join(prefix, 'nginx.conf'), conf.stdout);
    const test = spawnSync(NGINX, ['-t', '-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
    await until(async () => (await page('/')).status === 200);

    const home = await page('/');
    expect(home.headers['strict-transport-security']).toBeDefined();
    expect(home.body).toContain(`<link rel="canonical" href="${OFFICE.origin}/">`);
    for (const shown of [OFFICE.icp, OFFICE.psb, OFFICE.siteCode, `主办单位：${OFFICE.host}`]) expect(home.body, shown).toContain(shown);
    // No sample content and no preview map: nothing labelled 示例 or 示意图.
    const city = await page('/cities/chengdu/');
    expect(city.body).toContain(`审图号：${OFFICE.approval}`);
    expect(city.body).not.toContain('示意图');
    expect(city.body).toContain('已核实');
    expect((await page(`/projects/${project}/`)).body).not.toMatch(/>\s*示例\s*</);
    // The self-check published for the editors finds nothing, and the CMS is the office's Forgejo with its review branch.
    expect((await page('/admin/inspect/')).body).toContain('不合格 0 项</strong>，需要注意 0 项');
    const cms = (await page('/admin/config.yml')).body;
    expect(cms).toContain('name: forgejo');
    expect(cms).toContain('branch: cms');
    expect(cms).toContain('base_url: https://git.rsj.example.cn');
    // Plain HTTP redirects to the configured name, whatever Host the request claims.
    const redirect = await get(`http://127.0.0.1:${HTTP_PORT}/policies/?a=1`, { host: 'evil.example' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://${host}:${TLS_PORT}/policies/?a=1`);
  }, 240_000);

  it('an editor’s change merged into the site branch goes live; a push to the review branch does not', async () => {
    const text = readFileSync(join(work, projectFile), 'utf8');
    writeFileSync(join(work, projectFile), text.replace(/^title: .*$/m, 'title: 推送后上线的新标题'));
    git(work, 'commit', '-qam', `更新创业项目：${project}`);
    expect(git(work, 'push', '-q', 'origin', 'main').stderr).toContain('已发布');
    expect((await page(`/projects/${project}/`)).body).toContain('推送后上线的新标题');

    git(work, 'checkout', '-qb', 'cms');
    writeFileSync(join(work, projectFile), text.replace(/^title: .*$/m, 'title: 尚未审核的标题'));
    git(work, 'commit', '-qam', `更新创业项目：${project}`);
    expect(git(work, 'push', '-q', 'origin', 'cms').stderr).not.toContain('已发布');
    git(work, 'checkout', '-q', 'main');
    expect((await page(`/projects/${project}/`)).body).toContain('推送后上线的新标题');
    expect(releases(to)).toHaveLength(2);
  }, 240_000);

  it('a withdrawal pushed leaves no byte of the old text on the server, and rollback will not bring it back unasked', async () => {
    // An expert withdraws consent to show their name, a story's 人物 is corrected, a news item is deleted and a
    // project is taken down (已下架) under a corrected title.
    const edit = (file: string, change: (t: string) => string) => writeFileSync(join(work, file), change(readFileSync(join(work, file), 'utf8')));
    const title = (file: string) => /^title: (.*)$/m.exec(readFileSync(join(work, file), 'utf8'))![1]!;
    const gone = ['李明远（虚构）', '刘女士（化名）', title('content/news/chengdu-training-communities.md'), title('content/projects/farm-stay.md')];
    const live = () => realpathSync(join(to, 'current'));
    for (const old of gone) expect(filesHolding(live(), old).length, old).toBeGreaterThan(0);
    edit('content/experts/chengdu-finance.md', (t) => t.replace(/^consent: true$/m, 'consent: false'));
    edit('content/stories/chengdu-noodle-shop.md', (t) => t.replaceAll('刘女士（化名）', '张先生（化名）'));
    rmSync(join(work, 'content/news/chengdu-training-communities.md'));
    edit('content/projects/farm-stay.md', (t) => t.replaceAll(gone[3]!, '已下架的创业项目').replace(/^stage: .*$/m, 'stage: 已下架'));
    git(work, 'commit', '-qam', '撤回专家姓名，更正人物，删除动态，项目下架');
    const pushed = git(work, 'push', '-q', 'origin', 'main').stderr;
    expect(pushed).toContain('已发布');
    // Built over the last build with its cache, as every push is: the search index was patched, not written anew.
    expect(pushed).toMatch(/patched the search index/);
    for (const old of gone) expect(filesHolding(live(), old), old).toEqual([]);
    expect((await page('/projects/farm-stay/')).body).toContain('已下架的创业项目');
    // The record of what each release publishes is outside the web root.
    expect(existsSync(join(live(), '.personal.tsv'))).toBe(false);
    expect((await page('/.personal.tsv')).status).toBe(404);

    const refused = spawnSync(...tsx('scripts/rollback.ts', '--to', to), { encoding: 'utf8', env: pushEnv });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('财务与融资咨询专家（成都）（experts/chengdu-finance）：姓名');
    expect(refused.stderr).toContain('stories/chengdu-noodle-shop');
    expect(refused.stderr).toContain('--republish-withdrawn');
    for (const old of gone) expect(filesHolding(live(), old), old).toEqual([]);
    expect(history(to).map((l) => l.action)).toEqual(['publish', 'publish', 'publish']);
  }, 240_000);

  it('a rollback the operator insists on serves the release before and records who did it', async () => {
    const rolled = spawnSync(...tsx('scripts/rollback.ts', '--to', to, '--republish-withdrawn'), { encoding: 'utf8', env: { ...pushEnv, PORTAL_PUBLISHER: '值班员' } });
    expect(rolled.status, rolled.stderr).toBe(0);
    expect((await page(`/projects/${project}/`)).body).toContain('推送后上线的新标题');
    const lines = history(to);
    expect(lines.map((l) => l.action)).toEqual(['publish', 'publish', 'publish', 'rollback']);
    expect(lines.at(-1)!.who).toBe('值班员');
    expect(lines[0]!.commit).toMatch(/^[0-9a-f]{40}$/);
    // Back to the release before the change: a rollback without a withdrawal between goes without asking.
    const again = spawnSync(...tsx('scripts/rollback.ts', '--to', to), { encoding: 'utf8', env: pushEnv });
    expect(again.status, again.stderr).toBe(0);
    expect((await page(`/projects/${project}/`)).body).toContain(firstTitle);
  });
});

describe('the web server pulls the protected branch; no other branch reaches it', () => {
  it('publishes what the site branch holds, once, and never fetches a branch carrying its own code', async () => {
    // The git server (standing for Forgejo) and the web server's own repository, which only pulls.
    const server = join(root, 'forgejo.git');
    const web = join(root, 'web.git');
    spawnSync('git', ['init', '-q', '--bare', '-b', 'main', server]);
    spawnSync('git', ['init', '-q', '--bare', '-b', 'main', web]);
    cpSync('scripts/post-receive.sh', join(web, 'hooks/post-receive'));
    writeFileSync(join(web, 'portal.env'), `${portalEnv({ SOURCE_URL: `file://${server}` })}\n`);
    const pull = () => spawnSync('bash', ['scripts/pull-publish.sh', web], { encoding: 'utf8', env: pushEnv });

    git(work, 'remote', 'add', 'forgejo', server);
    const text = readFileSync(join(work, projectFile), 'utf8');
    writeFileSync(join(work, projectFile), text.replace(/^title: .*$/m, 'title: 审核后合并的标题'));
    git(work, 'commit', '-qam', `更新创业项目：${project}`);
    git(work, 'push', '-q', 'forgejo', 'main');
    const first = pull();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr + first.stdout).toContain('已发布');
    expect((await page(`/projects/${project}/`)).body).toContain('审核后合并的标题');
    const live = currentRelease(to);
    // Nothing new: nothing built.
    const again = pull();
    expect(again.stdout + again.stderr).not.toContain('发布');

    // Somebody with push access to a branch: a workflow-like change of the publish script itself.
    const marker = join(root, 'ran-branch-code');
    git(work, 'checkout', '-qb', 'evil');
    writeFileSync(join(work, 'scripts/publish.ts'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\n`);
    git(work, 'commit', '-qam', '分支自带的代码');
    git(work, 'push', '-q', 'forgejo', 'evil');
    git(work, 'checkout', '-q', 'main');
    expect(pull().status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(spawnSync('git', ['--git-dir', web, 'branch', '--list'], { encoding: 'utf8' }).stdout.trim()).toBe('* main');
    expect(currentRelease(to)).toBe(live);
  }, 240_000);
});
