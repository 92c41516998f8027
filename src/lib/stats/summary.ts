/**
 * Where the build finds the summary `npm run stats` wrote (content/settings/stats.json, beside the site settings:
 * the office commits it, or the build server writes it before building), and the monthly chart /admin/stats/ draws
 * from it at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content/content-dir.ts';
import type { StatsSummary } from './access-log.ts';

export const STATS_FILE = 'settings/stats.json';

/** The summary in the content folder, or undefined when none was written. */
export function readStats(dir = contentDir()): StatsSummary | undefined {
  const file = join(dir, STATS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StatsSummary) : undefined;
}

export interface MonthBar {
  month: string;
  label: string;
  views: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const STATS_CHART = { width: 640, height: 240, top: 32, bottom: 32, gap: 8 } as const;

/** Bars of 浏览量 per month, scaled to the largest. */
export function monthBars(months: StatsSummary['months']): MonthBar[] {
  const { width, height, top, bottom, gap } = STATS_CHART;
  const max = Math.max(1, ...months.map((m) => m.views));
  const barWidth = months.length ? Math.min(56, (width - gap * (months.length + 1)) / months.length) : 0;
  return months.map((m, i) => {
    const h = ((height - top - bottom) * m.views) / max;
    return { month: m.month, label: `${Number(m.month.slice(5))}月`, views: m.views, x: gap + i * (barWidth + gap), y: height - bottom - h, width: barWidth, height: h };
  });
}
