// Publishing as a build server does it: releases switched atomically behind nginx (no visitor sees half a
// release), rollback along the history, checks that refuse a broken release, one publish at a time, and kills at any
// step that leave the site as it was. The builds published are production builds (a public origin; a
// demonstration, so the fixture's samples may stay): a local preview build is refused. The road from a git push is
// tests/build/rehearsal.test.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, globSync, mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const DEMO = { SITE_URL: 'https://demo.example.cn', PORTAL_DEMO: '1' };

const page = (port: number, path: string) => get(`http://127.0.0.1:${port}${path}`);

/** nginx serving <publish dir>/current through the generated recipe, as docs/operators/deploy.md's deployment does. */
function serve(current: string, port: number, prefix: string): ChildProcess {
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
  const conf = spawnSync(...tsx('scripts/nginx-conf.ts', '--root', current, '--listen', `127.0.0.1:${port}`, '--prefix', prefix), { encoding: 'utf8' });
  expect(conf.status, conf.stderr).toBe(0);
  writeFileSync(join(prefix, 'nginx.conf'), conf.stdout);
  return spawn(NGINX, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
}

/** Preloaded to hold a publish in its checks (tests/helpers/hold-checks.mjs). */
const HOLD_CHECKS = fileURLToPath(new URL('../helpers/hold-checks.mjs', import.meta.url));

const publish = (to: string, from: string) => spawnSync(...tsx('scripts/publish.ts', '--to', to, '--from', from), { encoding: 'utf8' });

/** The same, without blocking: pages keep being fetched while it runs. */
const publishing = (to: string, from: string) => finished(spawn(...tsx('scripts/publish.ts', '--to', to, '--from', from)));

/** What must not move when a publish fails or is killed. */
const state = (to: string) => ({
  releases: releases(to),
  current: readlinkSync(join(to, 'current')),
  history: readFileSync(join(to, 'history'), 'utf8'),
});

describe('npm run publish and rollback', () => {
  const PORT = 4392;
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
    const { status, output } = astroBuild({ content: set.content, out: built, env: DEMO });
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
          const marks = [...r.body.matchAll(/<!--release:(\w+)-->/g)].map((m) => m[1]!);
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

  it('rolls back along the history, never to a release a rollback withdrew, and keeps the last five', async () => {
    const rollback = () => spawnSync(...tsx('scripts/rollback.ts', '--to', to), { encoding: 'utf8' });
    expect(rollback().status).toBe(0);
    expect((await page(PORT, '/')).body).toContain('<!--release:A-->');
    // A → B → rollback (A) → C → rollback: A again, not the withdrawn B.
    expect(publish(to, marked('C')).status).toBe(0);
    expect(rollback().status).toBe(0);
    expect((await page(PORT, '/')).body).toContain('<!--release:A-->');
    const none = rollback();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('没有可以回退的版本');
    for (const name of ['D', 'E', 'F', 'G']) expect(publish(to, marked(name)).status).toBe(0);
    // A, D, E, F, G: the withdrawn B and C are gone.
    expect(releases(to)).toHaveLength(5);
    expect((await page(PORT, '/')).body).toContain('<!--release:G-->');
  });

  it('refuses a release that fails its checks and leaves the site as it was', async () => {
    const before = state(to);
    const broken = marked('X');
    writeFileSync(join(broken, 'index.html'), readFileSync(join(broken, 'index.html'), 'utf8').replace('</main>', '<a href="/no-such-page/">x</a></main>'));
    const result = publish(to, broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('站内链接失效');
    expect((await page(PORT, '/')).body).toContain('<!--release:G-->');
    expect(state(to)).toEqual(before);
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

  it('refuses a local preview build given with --from: it never passed the production checks', () => {
    // What a local build (npm start, LOCAL_BUILD=1) writes: a header table without a public origin.
    const local = join(root, 'local-build');
    cpSync(built, local, { recursive: true });
    const table = join(local, '_headers.json');
    writeFileSync(table, JSON.stringify({ ...(JSON.parse(readFileSync(table, 'utf8')) as object), origin: null }));
    const before = state(to);
    const refused = publish(to, local);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('是本机预览构建');
    expect(refused.stderr).toContain('SITE_URL=https://');
    expect(state(to)).toEqual(before);
  });

  /** A publish in its own process group, so that a kill reaches its build and checks too. */
  const started = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const child = spawn(...tsx('scripts/publish.ts', '--to', to, ...args), { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return { child, done: finished(child) };
  };
  /** Whether a process of the publish `pid` (its process group: astro runs below scripts/build.ts) runs a command
   * line matching `pattern`. */
  const runs = (pid: number, pattern: string) => spawnSync('pgrep', ['-g', String(pid), '-f', pattern]).status === 0;
  const killed = async (run: ReturnType<typeof started>, when: () => boolean | Promise<boolean>) => {
    await until(async () => (await when()) || run.child.exitCode !== null, 120_000);
    expect(run.child.exitCode, 'still running when killed').toBeNull();
    process.kill(-run.child.pid!, 'SIGKILL');
    await run.done;
  };

  it('a kill -9 during the build leaves releases/, current and the history as they were; a second publish meanwhile is refused', async () => {
    const before = state(to);
    const build = started([], { ...process.env, ...DEMO, LOCAL_BUILD: '', CONTENT_DIR: set.content });
    await until(() => Promise.resolve(runs(build.child.pid!, 'astro.mjs build') || build.child.exitCode !== null), 60_000);
    // While it builds, another publish (a manual one beside the hook's) is refused with a clear message.
    const second = publish(to, marked('Y'));
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/另一个发布或回退正在进行（进程 \d+/);
    await killed(build, async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return runs(build.child.pid!, 'astro.mjs build');
    });
    expect(state(to)).toEqual(before);
    expect((await page(PORT, '/')).body).toContain('<!--release:I-->');
  });

  it('a kill -9 during the checks, or at any moment of a publish --from, leaves everything as it was; the next publish succeeds', async () => {
    const before = state(to);
    const from = marked('Z');
    // The checks of this small release take a fraction of a second; held where they start, they are killed there.
    const held = join(root, 'checks-held');
    const hold = { HOLD_CHECKS: held, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${HOLD_CHECKS}`.trim() };
    const checking = started(['--from', from], { ...process.env, ...hold });
    await killed(checking, () => existsSync(held));
    expect(state(to)).toEqual(before);
    // Kills at moments spread over a whole publish: starting, copying, checking.
    for (const ms of [400, 800, 1200, 1600, 2000, 2400]) {
      const run = started(['--from', from]);
      await new Promise((r) => setTimeout(r, ms));
      if (run.child.exitCode === null) process.kill(-run.child.pid!, 'SIGKILL');
      const { status } = await run.done;
      if (status !== null) break; // it finished first: later moments are past the end
      const after = state(to);
      // Killed after the switch (while pruning or reporting): the new release is whole and live, nothing in between.
      if (after.current !== before.current) {
        expect(after.history.startsWith(before.history), `killed after ${ms} ms`).toBe(true);
        expect((await page(PORT, '/')).body, `killed after ${ms} ms`).toContain('<!--release:Z-->');
        break;
      }
      expect(after, `killed after ${ms} ms`).toEqual(before);
    }
    // The lock a killed publish left names a process that is gone: taken over, not in the way.
    const next = publish(to, marked('K'));
    expect(next.status, next.stderr).toBe(0);
    expect((await page(PORT, '/')).body).toContain('<!--release:K-->');
    expect(existsSync(join(to, '.publish.lock'))).toBe(false);
  });
});
