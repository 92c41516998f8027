/**
 * npm run publish -- --to DIR [--from BUILT] [--keep 5] [--prune-withdrawn]
 * Builds the site (with the environment it is given: SITE_URL, DECAP_*, …) in DIR/.build, or copies a production
 * build made elsewhere there with --from (a local preview build, with no public origin, is refused); checks it there
 * (its header table, internal links, each page type's CSS and JS budgets); only then moves it into
 * DIR/releases/<time>-<commit> with one rename, switches DIR/current to it atomically and records the switch in
 * DIR/history. The build's record of the personal values it publishes is kept in DIR/personal/, outside the web root,
 * for rollback (src/lib/deploy/personal-record.ts); with --prune-withdrawn, the older releases that publish a value
 * the new one withdrew are removed (src/lib/deploy/releases.ts, prune). A failure or a kill at any step leaves releases/ and current as they were (src/lib/deploy/releases.ts).
 * One publish at a time: a second one is refused while the first runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HEADERS_TABLE, readHeaderTable } from '../src/lib/deploy/header-table.ts';
import { BUILT_RECORD, keepRecord } from '../src/lib/deploy/personal-record.ts';
import { admit, currentRelease, freeName, KEEP, lock, prune, RELEASES, releaseName, staging, switchTo } from '../src/lib/deploy/releases.ts';
import { checkLinks } from '../src/lib/inspect/links.ts';
import { finished } from './lib/child.ts';
import { buildSite, tsx } from './lib/node.ts';

const { values } = parseArgs({
  options: { to: { type: 'string' }, from: { type: 'string' }, keep: { type: 'string', default: String(KEEP) }, 'prune-withdrawn': { type: 'boolean', default: false } },
});
if (!values.to) {
  console.error('用法 usage: npm run publish -- --to <发布目录> [--from <已构建的目录>] [--keep 5] [--prune-withdrawn]');
  process.exit(2);
}
const root = resolve(values.to);
const live = () => currentRelease(root) ?? '（尚无版本）';

function fail(message: string): never {
  console.error(`没有发布：${message}\n网站仍是 ${live()}。`);
  process.exit(1);
}

let unlock: () => void;
try {
  unlock = lock(root);
} catch (e) {
  fail((e as Error).message);
}
process.on('exit', () => unlock());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => fail(`发布被中断（${signal}）`));

// A git hook builds from a work tree without .git: it passes the pushed commit.
const commit = process.env.RELEASE_COMMIT ?? spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const started = Date.now();
// Always the same folder: Astro's incremental build hashes a page's code with the output path in it, so building
// each release in a folder of its own would render every page again.
const dir = staging(root);

if (values.from) {
  const from = resolve(values.from);
  let origin: string | null;
  try {
    origin = readHeaderTable(from).origin;
  } catch (e) {
    fail((e as Error).message);
  }
  if (!origin) {
    fail(
      `${from} 是本机预览构建（LOCAL_BUILD=1 或 npm start，没有公开地址），没有经过生产构建的检查，不能发布。` +
        '请用 SITE_URL=https://你的域名 npm run build 构建（演示站点另加 PORTAL_DEMO=1）。',
    );
  }
  cpSync(from, dir, { recursive: true });
} else {
  const build = spawnSync(...buildSite(), { stdio: 'inherit', env: { ...process.env, OUT_DIR: dir } });
  if (build.status !== 0) fail('构建失败（见上）');
}
const built = Date.now();

try {
  readHeaderTable(dir);
} catch (e) {
  fail((e as Error).message);
}
if (!existsSync(join(dir, BUILT_RECORD))) {
  fail(`构建中没有个人信息记录 ${BUILT_RECORD}（回退时用来确认不会重新公开已撤回的姓名）：请用本版本重新构建；用 rsync 等复制时请包括以点开头的文件。`);
}
// The budgets run in their own process beside the link check: each keeps one core busy for seconds at 10,000
// entries, and a change waits for both before it goes live.
const budgets = finished(spawn(...tsx('scripts/budgets.ts', '--code', dir)));
const links = checkLinks(dir);
const budget = await budgets;
if (links.broken.length) fail(`${links.broken.length} 个站内链接失效，如 ${links.broken[0]!.page} → ${links.broken[0]!.href}`);
if (budget.status !== 0) fail(`页面超出体积预算：\n${budget.output}`);

const before = currentRelease(root);
// The record of the personal values it publishes leaves the release first: a release is never in releases/ without it.
const name = freeName(root, releaseName(new Date(), commit));
keepRecord(root, dir, name);
admit(root, dir, name);
switchTo(root, name, 'publish', commit);
// nginx's config carries the header table of the build it was generated from (npm run nginx-conf).
const table = (release: string) => readFileSync(join(root, RELEASES, release, HEADERS_TABLE), 'utf8');
if (before && table(before) !== table(name)) {
  console.warn(`注意：本次构建的响应头（CSP 等）与上一版本不同。请重新生成 nginx 配置并重新加载：npm run nginx-conf -- --root ${join(values.to, 'current')} … 然后 nginx -s reload。`);
}
const removed = prune(root, Number(values.keep), values['prune-withdrawn']);
console.log(
  `已发布 ${name}（${links.pages} 个页面；构建 ${((built - started) / 1000).toFixed(1)} 秒，检查 ${((Date.now() - built) / 1000).toFixed(1)} 秒）。` +
    `${before ? `上一版本 ${before} 保留，可 npm run rollback -- --to ${values.to} 回退。` : ''}${removed.length ? `清理旧版本 ${removed.length} 个。` : ''}`,
);
