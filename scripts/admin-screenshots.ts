/**
 * Screenshots for the editors' guide (admin/README.md). Needs a build with the local backend:
 *   DECAP_LOCAL=1 OUT_DIR=dist-cms npx astro build && npx tsx scripts/admin-screenshots.ts
 * Runs decap-server on a temporary copy of content/, so nothing real is changed.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { served, withPage } from './bench/lib.ts';
import { scratchDir } from './lib/scratch.ts';

const repo = scratchDir('portal-shots-');
cpSync('content', join(repo, 'content'), { recursive: true });
const decap = spawn('npx', ['decap-server'], {
  env: { ...process.env, PORT: '8081', BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
  stdio: 'ignore',
  detached: true,
});
await new Promise((r) => setTimeout(r, 2500));
try {
  await served('./dist-cms', 4395, (base) =>
    withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      page.on('dialog', (d) => void d.accept());
      const shot = async (name: string) => page.screenshot({ path: `admin/screenshots/${name}.png` });
      await page.goto(`${base}/admin/#/collections/projects`);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('社区早餐连锁店').waitFor();
      await shot('1-collections');
      await page.goto(`${base}/admin/#/collections/stories/entries/wuhan-graduate-design`);
      await page.getByLabel('网址标识').waitFor();
      await page.getByRole('button', { name: '选择图片' }).click();
      await page.waitForTimeout(800);
      await shot('2-media');
      await page.goto('about:blank');
      await page.goto(`${base}/admin/#/collections/projects/new`);
      await page.getByLabel('网址标识').fill('farm-drone');
      await page.getByLabel('标题', { exact: true }).fill('农业植保无人机服务');
      await page.getByLabel('摘要').fill('为种植户提供植保飞防服务。');
      await shot('3-new-entry');
      await page.getByRole('button', { name: '发布' }).click();
      await page.getByText('立即发布').click();
      await page.waitForTimeout(800);
      await shot('4-validation');
    }),
  );
} finally {
  process.kill(-decap.pid!, 'SIGTERM');
  rmSync(repo, { recursive: true, force: true });
}
console.log('admin/screenshots/*.png');
