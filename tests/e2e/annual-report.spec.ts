/**
 * The 政府网站工作年度报表 the fixture holds (tests/fixtures/site/settings/report-2026.json, written by npm run
 * report): reached from the home page's footer, printed as the template's table with each figure's source, and
 * downloadable as an .xlsx with the same figures.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { AnnualReport } from '../../src/lib/report/annual.ts';
import { readWorkbook } from '../../src/lib/publish/xlsx.ts';
import { wcagViolations } from './axe.ts';

const report = JSON.parse(readFileSync('tests/fixtures/site/settings/report-2026.json', 'utf8')) as AnnualReport;
const shown = (v: string | number | undefined) => (v === undefined ? '未填报' : String(v));

test('the footer leads to the year’s report, each figure beside its name and its source', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '网站工作年度报表' }).click();
  await expect(page).toHaveURL(/\/report\/2026\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府网站工作年度报表（2026年度）');
  const table = page.getByRole('table', { name: '政府网站工作年度报表（2026年度）' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(report.rows.length);
  // Each row: its own name (the last of its path), then the figure, then the source.
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
  cells.forEach((row, i) => {
    const expected = report.rows[i]!;
    expect(row.slice(-3)).toEqual([expected.path.at(-1), shown(expected.value), expected.source]);
  });
  // A group's name is printed once, over all its rows.
  await expect(table.getByRole('rowheader', { name: '信息发布（条）', exact: true })).toHaveAttribute('rowspan', '4');
  const missing = report.rows.filter((r) => r.value === undefined).length;
  await expect(page.getByText(`还有 ${missing} 项未填报`)).toBeVisible();
  await expect(table.locator('.annual-report__unfilled')).toHaveCount(missing);
  expect(await wcagViolations(page)).toEqual([]);
});

test('on a phone each figure reads under its name, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/report/2026/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const row = page.getByRole('row', { name: /收到留言数量/ });
  const [name, figure] = [await row.getByRole('rowheader', { name: '收到留言数量（条）' }).boundingBox(), await row.locator('td').first().boundingBox()];
  expect(figure!.y).toBeGreaterThan(name!.y + name!.height - 1);
  expect(await wcagViolations(page)).toEqual([]);
});

test('the .xlsx beside the page holds the same rows, numbers as numbers', async ({ page }) => {
  await page.goto('/report/2026/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Excel 表格（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toBe('2026.xlsx');
  const bytes = readFileSync(await download.path());
  const [sheet] = readWorkbook(bytes, { partBytes: 1 << 24, totalBytes: 1 << 25, rows: 1000 });
  const values = sheet!.rows.map((r) => r.cells.map((c) => c?.value ?? ''));
  expect(values[0]).toEqual(['项目', '子项', '细项', '数值', '来源说明']);
  expect(values.slice(1).map((r) => [r[3], r[4]])).toEqual(report.rows.map((r) => [r.value ?? '未填报', r.source]));
});
