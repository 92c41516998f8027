/**
 * npm run report -- --year 2026 [--stats FILE] [--feedback N] [--url https://…] [--content DIR] [--today YYYY-MM-DD]
 * Fills the 政府网站工作年度报表 (src/lib/report/annual.ts) from the settings, the entries and their git history and
 * the visit counts of npm run stats, prints it with each figure's source, lists what is still 未填报, and writes
 * content/settings/report-<year>.json — which the next build publishes at /report/<year>/ and /report/<year>.xlsx.
 * Exits 1 when figures are missing (the file is still written: the office sees the draft on a preview).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { settingsSchema } from '../src/schemas/settings.ts';
import { entryProblems } from '../src/schemas/validate.ts';
import { contentDir, SETTINGS_FILE } from '../src/lib/content/content-dir.ts';
import { checkedEntries } from '../src/lib/content/files.ts';
import { readHistory } from '../src/lib/content/history.ts';
import { parseYamlFile } from '../src/lib/content/preflight.ts';
import { readStats, STATS_FILE } from '../src/lib/stats/summary.ts';
import type { StatsSummary } from '../src/lib/stats/access-log.ts';
import { buildAnnualReport, rowName, unfilled } from '../src/lib/report/annual.ts';
import { reportFile } from '../src/lib/report/files.ts';
import { shownFigure } from '../src/lib/report/table.ts';

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    stats: { type: 'string' },
    feedback: { type: 'string' },
    url: { type: 'string' },
    content: { type: 'string', default: contentDir() },
    today: { type: 'string' },
  },
});
const fail = (message: string): never => {
  console.error(`${message}\n用法 usage: npm run report -- --year 2026 [--stats content/${STATS_FILE}] [--feedback 收到留言数量] [--url https://www.example.gov.cn/]`);
  process.exit(2);
};
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) fail(`--today 应为 YYYY-MM-DD，现为「${values.today}」`);
const year = Number(values.year ?? today.getUTCFullYear() - 1);
if (!Number.isInteger(year) || year < 2000 || year > today.getUTCFullYear()) fail(`--year 应为已开始的年份，如 ${today.getUTCFullYear() - 1}，现为「${values.year}」`);
const feedback = values.feedback === undefined ? undefined : Number(values.feedback);
if (feedback !== undefined && !(Number.isInteger(feedback) && feedback >= 0)) fail(`--feedback 应为收到留言的条数（0 或正整数），现为「${values.feedback}」`);

const dir = values.content;
const settingsPath = join(dir, SETTINGS_FILE);
const settingsData = parseYamlFile(readFileSync(settingsPath)).data;
const problems = entryProblems('settings', settingsData);
if (problems.length) {
  console.error(`${settingsPath} 有 ${problems.length} 处不符合要求，请先改正：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(2);
}
const settings = settingsSchema.parse(settingsData);
const stats = values.stats ? (JSON.parse(readFileSync(values.stats, 'utf8')) as StatsSummary) : readStats(dir);
const history = readHistory(dir);
function siteUrl() {
  if (values.url) return { value: values.url, from: '运行 npm run report 时的 --url' };
  return process.env.SITE_URL ? { value: process.env.SITE_URL, from: '构建设置 SITE_URL' } : undefined;
}
const report = buildAnnualReport({ year, today, settings, siteUrl: siteUrl(), entries: checkedEntries(dir), history, stats, feedback });

const out = join(dir, reportFile(year));
writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
console.log(`政府网站工作年度报表（${year}年度）${report.until < `${year}-12-31` ? `——年度尚未结束，统计截至 ${report.until}` : ''}`);
for (const row of report.rows) console.log(`  ${rowName(row)}：${shownFigure(row.value)}　〔${row.source}〕`);
const missing = unfilled(report);
console.log(`\n写入 ${out}：构建后发布在 /report/${year}/ 和 /report/${year}.xlsx。`);
if (missing.length) {
  console.error(`还有 ${missing.length} 项未填报：\n${missing.map((r) => `  - ${rowName(r)}：${r.source.replace(/^未填报：/, '')}`).join('\n')}`);
  process.exit(1);
}
