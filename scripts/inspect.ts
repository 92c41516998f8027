/**
 * npm run inspect — the site's self-check (src/lib/inspect/report.ts) in Chinese: content and settings, and the links of a
 * build when there is one. Exits 1 when a finding would fail an inspection outright, unless --warn-only (previews).
 *   npm run inspect [-- --content DIR] [--dist DIR] [--today YYYY-MM-DD] [--out report.html] [--warn-only]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { inspectSite } from '../src/lib/inspect/files.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir() },
    dist: { type: 'string', default: 'dist' },
    today: { type: 'string' },
    out: { type: 'string' },
    'warn-only': { type: 'boolean', default: false },
  },
});
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today 应为 YYYY-MM-DD，现为「${values.today}」`);
  process.exit(2);
}
const report = inspectSite({ content: values.content, dist: values.dist, now: today });
console.log(report.text);
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, report.html);
}
const fails = report.findings.filter((f) => f.level === 'fail').length;
if (fails && !values['warn-only']) process.exit(1);
