// Publishing as a build server does it: releases switched atomically behind nginx (no visitor sees half a
// release), a rollback, and a bare git repository whose post-receive hook builds and publishes what the CMS commits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, globSync, mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro.ts';
import { finished } from '../../scripts/lib/child.ts';
import { releases } from '../../src/lib/deploy/releases.ts';
import { smallContentSet } from '../helpers/fixture.ts';
import { get, until } from '../helpers/http.ts';
import { NGINX_BIN as NGINX } from '../../scripts/lib/nginx.ts';
import { tsx } from '../../scripts/lib/node.ts';

const set = smallContentSet('portal-publish-');
const root = set.root;
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (port: number, path: string) => get(`http://127.0.0.1:${port}${path}`);

/** nginx serving <publish dir>/current through the generated recipe, as the README's deployment does. */
function serve(current: string, port: number, prefix: string): ChildProcess {
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
  const conf = spawnSync(...tsx('scripts/nginx-conf.ts', '--root', current, '--listen', `127.0.0.1:${port}`, '--prefix', prefix), { encoding: 'utf8' });
  expect(conf.status, conf.stderr).toBe(0);
  writeFileSync(join(prefix, 'nginx.conf'), conf.stdout);
  return spawn(NGINX, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
}

const publish = (to: string, from: string) => spawnSync(...tsx('scripts/publish.ts', '--to', to, '--from', from), { encoding: 'utf8' });

/** The same, without blocking: pages keep being fetched while it runs. */
const publishing = (to: string, from: string) => finished(spawn(...tsx('scripts/publish.ts', '--to', to, '--from', from)));

describe('npm run publish and rollback', () => {
  const PORT = 4398;
  const to = join(root, 'site');
  const built = join(root, 'built');
  let nginx: ChildProcess | undefined;
  // Every page of a release ends with its mark, so a response can be traced to the release it came from.
  const marked = (name: string) => {
    const dir = join(root, `release-${name}`);
    cpSync(built, dir, { recursive: true });
    for (const f of globSync('**/*.html', { cwd: dir })) writeFileSync(join(dir, f), `${readFileSync(join(dir, f), 'utf8')}<!--release:${name}-->\n`);
    return dir;
  };
  let pages: string[] = [];

  beforeAll(async () => {
    const { status, output } = astroBuild({ content: set.content, out: built });
    expect(status, output.slice(-1500)).toBe(0);
    pages = ['/', '/policies/', ...globSync('projects/*/index.html', { cwd: built }).map((f) => `/${dirname(f)}/`)].slice(0, 6);
    const first = publish(to, marked('A'));
    expect(first.status, first.stderr).toBe(0);
    nginx = serve(join(to, 'current'), PORT, join(root, 'nginx'));
    await until(async () => (await page(PORT, '/')).status === 200);
  });
  afterAll(() => nginx?.kill('SIGQUIT'));

  it('switches releases while pages are being fetched: every response 200, complete, from one release', async () => {
    const B = marked('B');
    const seen: { release: string; after: boolean }[] = [];
    let published = false;
    const fetching = (async () => {
      for (let round = 0; round < 2000 && !(published && seen.filter((s) => s.after).length > 30); round++) {
        // Whether the request left after the publish returned: only those must all come from B.
        const after = published;
        const results = await Promise.all(pages.map((p) => page(PORT, p)));
        for (const r of results) {
          expect(r.status).toBe(200);
          const marks = [...r.body.matchAll(/<!--release:(\w)-->/g)].map((m) => m[1]!);
          // Complete (the mark is the last thing in the file) and from one release only.
          expect(marks).toHaveLength(1);
          expect(r.body.trimEnd().endsWith(`<!--release:${marks[0]}-->`)).toBe(true);
          seen.push({ release: marks[0]!, after });
        }
      }
    })();
    const second = await publishing(to, B);
    published = true;
    await fetching;
    expect(second.status, second.output).toBe(0);
    const during = seen.filter((s) => !s.after);
    expect(during.length).toBeGreaterThan(30);
    expect(during.some((s) => s.release === 'A')).toBe(true);
    // Once the publish has returned, every page comes from the new release.
    expect(seen.filter((s) => s.after).every((s) => s.release === 'B')).toBe(true);
    expect(readlinkSync(join(to, 'current'))).toMatch(/^releases\/\d{8}T\d{6}Z-/);
  });

  it('rolls back to the release before, and keeps only the last five', async () => {
    expect(spawnSync(...tsx('scripts/rollback.ts', '--to', to)).status).toBe(0);
    expect((await page(PORT, '/')).body).toContain('<!--release:A-->');
    for (const name of ['C', 'D', 'E', 'F', 'G']) expect(publish(to, marked(name)).status).toBe(0);
    expect(releases(to)).toHaveLength(5);
    expect((await page(PORT, '/')).body).toContain('<!--release:G-->');
  });

  it('refuses a release that fails its checks and leaves the site as it was', async () => {
    const broken = marked('H');
    writeFileSync(join(broken, 'index.html'), readFileSync(join(broken, 'index.html'), 'utf8').replace('</main>', '<a href="/no-such-page/">x</a></main>'));
    const result = publish(to, broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('站内链接失效');
    expect((await page(PORT, '/')).body).toContain('<!--release:G-->');
    expect(releases(to)).toHaveLength(5);
  });

  it('publishes a page longer than any shipped one, and refuses a content page that loads a script', async () => {
    // What editors write may outgrow the shipped pages' HTML budget (a long regulation, a big site's data): that
    // is not a broken build. A content page that loads an island's script is.
    const long = marked('I');
    const policy = join(long, globSync('policies/*/index.html', { cwd: long })[0]!);
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('</main>', `<p>${randomBytes(30_000).toString('hex')}</p></main>`));
    const published = publish(to, long);
    expect(published.status, published.stderr).toBe(0);
    expect((await page(PORT, '/')).body).toContain('<!--release:I-->');

    const scripted = marked('J');
    const island = globSync('_astro/*.js', { cwd: scripted }).find((f) => !/\/site\./.test(f))!;
    writeFileSync(policy.replace(long, scripted), readFileSync(policy.replace(long, scripted), 'utf8').replace('</head>', `<script type="module" src="/${island}"></script></head>`));
    const refused = publish(to, scripted);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content and list pages load only the shared script');
    expect((await page(PORT, '/')).body).toContain('<!--release:I-->');
  });
});

describe('a git server without runners: the post-receive hook', () => {
  const PORT = 4399;
  const bare = join(root, 'site.git');
  const work = join(root, 'clone');
  const to = join(root, 'hook-site');
  let nginx: ChildProcess | undefined;
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.cn', ...args], { cwd: work, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r;
  };
  afterAll(() => nginx?.kill('SIGQUIT'));

  it('publishes a pushed change to the site branch, as the CMS commits it, and nginx serves the new text', async () => {
    // The office's repository: this project's files with the small content set.
    mkdirSync(work, { recursive: true });
    const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f && !f.startsWith('content/'));
    for (const f of files) cpSync(f, join(work, f), { recursive: true });
    cpSync(set.content, join(work, 'content'), { recursive: true });
    spawnSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
    cpSync('scripts/post-receive.sh', join(bare, 'hooks/post-receive'));
    writeFileSync(join(bare, 'portal.env'), `WORK_TREE=${join(root, 'build')}\nPUBLISH_TO=${to}\nSITE_BRANCH=main\nLOCAL_BUILD=1\nPORTAL_NODE_MODULES=${resolve('node_modules')}\n`);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', '网站初始内容');
    git('remote', 'add', 'origin', bare);
    const first = git('push', '-q', 'origin', 'main');
    expect(first.stderr).toContain('已发布');
    nginx = serve(join(to, 'current'), PORT, join(root, 'hook-nginx'));
    await until(async () => (await page(PORT, '/')).status === 200);

    // An editor's change, committed as Decap commits it, merged into the site branch.
    const [file] = globSync('content/projects/*.md', { cwd: work });
    const slug = file!.replace(/^content\/projects\/|\.md$/g, '');
    const text = readFileSync(join(work, file!), 'utf8');
    writeFileSync(join(work, file!), text.replace(/^title: .*$/m, 'title: 推送后上线的新标题'));
    git('commit', '-qam', `更新创业项目：${slug}`);
    const second = git('push', '-q', 'origin', 'main');
    expect(second.stderr).toContain('已发布');
    expect((await page(PORT, `/projects/${slug}/`)).body).toContain('推送后上线的新标题');
    // A push to another branch (the CMS's review branch) publishes nothing.
    git('checkout', '-qb', 'cms');
    writeFileSync(join(work, file!), text.replace(/^title: .*$/m, 'title: 尚未审核的标题'));
    git('commit', '-qam', `更新创业项目：${slug}`);
    expect(git('push', '-q', 'origin', 'cms').stderr).not.toContain('已发布');
    expect((await page(PORT, `/projects/${slug}/`)).body).toContain('推送后上线的新标题');
    expect(releases(to)).toHaveLength(2);
  }, 240_000);
});
