/**
 * Each detail page's 本页更新记录 (src/lib/content/history.ts): the fixture is committed, so its pages show the days
 * its files were committed, newest first, the first as 发布 — whatever 更新日期 the entry types.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

/** The fixture file's commits as git tells them: Beijing days, newest first. */
function commitDays(file: string): string[] {
  const log = spawnSync('git', ['log', '--no-renames', '--format=%cI', '--', file], { encoding: 'utf8' }).stdout.trim().split('\n');
  return log.map((iso) => {
    const d = new Date(Date.parse(iso) + 8 * 3_600_000);
    return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  });
}

test('a detail page lists the days its entry was committed, newest first, the first as 发布', async ({ page }) => {
  await page.goto('/policies/lsbf-2007-30-plan/');
  const record = page.getByRole('region', { name: '本页更新记录' });
  await expect(record).toBeVisible();
  const items = record.getByRole('listitem');
  const days = commitDays('tests/fixtures/site/policies/lsbf-2007-30-plan.md').slice(0, 10);
  expect(days.length).toBeGreaterThan(0);
  await expect(items).toHaveCount(days.length);
  await expect(items.locator('time')).toHaveText(days);
  if (days.length < 10) await expect(items.last()).toContainText('发布');
  await expect(items.first()).toHaveText(/\d{4}年\d+月\d+日\s*(发布|更新|更正|下架)/);
  // Not indexed: search finds the page for what it says, not for its dates.
  await expect(record).toHaveAttribute('data-pagefind-ignore', '');
});
