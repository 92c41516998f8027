/**
 * npm run screenshots:admin — the screenshots of the editors' guide (admin/README.md), taken from the real admin:
 *   1 the login page as production shows it (a self-hosted GitLab configured),
 *   2–6 the editorial workflow on this machine (DECAP_WORKFLOW=1, decap-server in git mode on a scratch repo):
 *     the collections, a new entry, a refused save, the status menu, the workflow board,
 *   7 the media library, 8 the coordinate tool.
 * Builds what it needs into tmp/; nothing in content/ is changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { served, withPage } from './bench/lib.ts';
import { astroBuild } from './lib/astro.ts';
import { scratchDir } from './lib/scratch.ts';
import { choose, DRONE_PROJECT, fillProject } from './lib/cms-forms.ts';

const OUT = 'admin/screenshots';
const work = scratchDir('admin-shots-');
const content = 'tests/fixtures/site';

function build(out: string, env: Record<string, string>) {
  const b = astroBuild({ content, out, env });
  if (b.status !== 0) throw new Error(b.output);
}
build(join(work, 'dist-login'), { DECAP_BACKEND: 'gitlab', DECAP_REPO: 'rsj/portal', DECAP_BASE_URL: 'https://git.example.gov.cn', DECAP_APP_ID: 'example-app-id' });
build(join(work, 'dist-workflow'), { DECAP_LOCAL: '1', DECAP_WORKFLOW: '1' });

const shot = (page: Page, name: string) => page.screenshot({ path: `${OUT}/${name}.png` });
/** Notifications from an earlier step would cover the next picture. */
async function dismissToasts(page: Page) {
  for (const b of await page.locator('.Toastify__close-button').all()) await b.click().catch(() => undefined);
  await page.waitForTimeout(400);
}

await served(join(work, 'dist-login'), 4397, (base) =>
  withPage(async (page) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${base}/admin/`);
    await page.getByRole('button', { name: /登录/ }).waitFor();
    await shot(page, '1-login');
  }),
);

// The workflow needs a git repository: decap-server keeps drafts on cms/… branches until they are published.
const repo = join(work, 'repo');
cpSync(content, join(repo, 'content'), { recursive: true });
const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', ...args], { cwd: repo });
git('init', '-q', '-b', 'master');
git('add', '-A');
git('commit', '-qm', '示例内容');
const decap = spawn('npx', ['decap-server'], {
  env: { ...process.env, PORT: '8081', BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'git' },
  stdio: 'ignore',
  detached: true,
});
await new Promise((r) => setTimeout(r, 3000));
try {
  await served(join(work, 'dist-workflow'), 4398, (base) =>
    withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${base}/admin/#/collections/projects`);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('社区早餐连锁店').waitFor();
      await shot(page, '2-collections');

      await page.goto(`${base}/admin/#/collections/projects/new`);
      await page.getByLabel('标题', { exact: true }).fill('农业植保无人机服务');
      await page.getByLabel('摘要').fill('为种植户提供植保飞防服务。');
      await page.getByLabel('来源名称').fill('某县农业农村局');
      await page.getByLabel('更新日期').fill('2026-11-28');
      await shot(page, '3-new-entry');
      // First as 已论证 without a review record: the save is refused, which the guide shows.
      await fillProject(page, { ...DRONE_PROJECT, stage: '已论证' });
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText(/无法保存/).waitFor();
      await shot(page, '4-validation');
      await dismissToasts(page);

      await choose(page, '项目状态', '征集中');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('button', { name: /状态/ }).waitFor();
      await dismissToasts(page);
      await page.getByRole('button', { name: /状态/ }).click();
      await page.waitForTimeout(300);
      await shot(page, '5-status');
      await page.getByText('审核中', { exact: true }).click();
      await page.waitForTimeout(1500);
      await dismissToasts(page);

      await page.goto(`${base}/admin/#/workflow`);
      await page.getByText('农业植保无人机服务').waitFor();
      await dismissToasts(page);
      await shot(page, '6-workflow');

      await page.goto(`${base}/admin/#/collections/stories/entries/wuhan-graduate-design`);
      await page.getByRole('button', { name: '选择图片' }).click();
      await page.waitForTimeout(1000);
      await shot(page, '7-media');

      await page.goto(`${base}/admin/coords/`);
      await page.getByLabel('经纬度').fill('104.068242,30.657041');
      await page.getByRole('button', { name: '换算' }).click();
      await page.locator('coords-tool [role=status]').waitFor();
      await shot(page, '8-coords');
    }),
  );
} finally {
  process.kill(-(decap.pid ?? 0), 'SIGTERM');
}
console.log(`${OUT}/*.png`);
