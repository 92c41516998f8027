/**
 * Where a year's report lives: content/settings/report-<year>.json, beside the settings and the visit counts. The
 * command writes it once the year is over; the office commits it (or the build server writes it before building),
 * and from then on the build publishes the same figures every time — a published report does not drift with later
 * edits. Read by the pages (/report/<year>/), the self-check (is last year's published?) and the production guard
 * (a report with figures still 未填报).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../content/content-dir.ts';
import type { AnnualReport } from './annual.ts';

export const reportFile = (year: number) => `settings/report-${year}.json`;
const FILE = /^report-(\d{4})\.json$/;

const reportShape = z.strictObject({
  year: z.number().int(),
  made: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  host: z.string().optional(),
  rows: z.array(z.strictObject({ path: z.array(z.string()).min(1).max(3), value: z.union([z.string(), z.number()]).optional(), source: z.string() })),
});

const read = new Map<string, AnnualReport[]>();

/** Every report in the content folder, oldest first (read once: every page's footer links the latest). A file
 * that is not one fails with its path. */
export function readReports(dir = contentDir()): AnnualReport[] {
  let reports = read.get(dir);
  if (!reports) read.set(dir, (reports = readFolder(dir)));
  return reports;
}

/** One route per year's report (its page and its workbook), the report as the route's props. */
export const reportPaths = () => readReports().map((report) => ({ params: { year: String(report.year) }, props: { report } }));

function readFolder(dir: string): AnnualReport[] {
  const folder = join(dir, 'settings');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => FILE.test(name))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const parsed = reportShape.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success || String(parsed.data.year) !== FILE.exec(name)![1]) {
        throw new Error(`${path}：不是 npm run report 写出的年度报表（${parsed.success ? '年度与文件名不符' : parsed.error.issues[0]?.message}），请重新运行 npm run report`);
      }
      return parsed.data;
    });
}
