/**
 * npm run stats -- --logs '<glob>' [--logs …] [--out FILE] [--host NAME …]
 * Counts nginx access logs — plain or .gz, nginx's `combined` format, as the recipe writes them — into the summary
 * /admin/stats/ and the 年度报表 read (src/lib/stats/access-log.ts): 浏览量 and 独立访客 per day, the pages, the
 * referrers from other hosts, the searches and their results, the 有帮助/没帮助 votes. Written to
 * content/settings/stats.json by default; it holds no address and no browser.
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { countLog } from '../src/lib/stats/access-log.ts';
import { STATS_FILE } from '../src/lib/stats/summary.ts';

const { values } = parseArgs({
  options: {
    logs: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: join(contentDir(), STATS_FILE) },
    host: { type: 'string', multiple: true, default: [] },
  },
});
const files = values.logs.flatMap((pattern) => globSync(pattern)).sort();
if (!files.length) {
  console.error("用法 usage: npm run stats -- --logs '/var/log/nginx/portal.access.log*' [--out content/settings/stats.json] [--host www.example.gov.cn]\n没有找到日志文件。");
  process.exit(2);
}
function* lines() {
  for (const file of files) {
    const bytes = readFileSync(file);
    yield* (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n');
  }
}
// The site's own names: a visit from one of its pages to another is not a referral.
const own = [...values.host, ...(process.env.SITE_URL ? [new URL(process.env.SITE_URL).hostname] : [])];
const summary = countLog(lines(), own);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(summary, null, 1)}\n`);
const views = summary.days.reduce((n, d) => n + d.views, 0);
const zero = summary.searches.queries.reduce((n, q) => n + q.zero, 0);
console.log(
  `已统计 ${files.length} 个日志文件（${summary.from || '—'} 至 ${summary.to || '—'}）：浏览量 ${views}，搜索 ${summary.searches.total} 次（没有结果 ${zero} 次），` +
    `“没帮助” ${summary.helpful.reduce((n, h) => n + h.no, 0)} 次；已除去爬虫 ${summary.excluded.bots}、出错和跳转 ${summary.excluded.errors}、静态文件 ${summary.excluded.assets} 条。写入 ${values.out}`,
);
