// 政策解读 in MDX: figures pulled from the data, linked to its document both ways, marked as a sample.
import { formatNumber } from '../../src/lib/core/format.ts';
import { traineeTarget } from '../../src/lib/domain/targets.ts';
import { content, expect, test } from './fixtures.ts';

const reading = content.policies.find((p) => p.data.genre === '解读' && p.data.sample === true)!;

test('the work plan links its interpretation, which links back and shows the targets and a city\'s results from the data', async ({ page }) => {
  await page.goto('/policies/lsbf-2007-30-plan/');
  await page.getByRole('region', { name: '相关解读' }).getByRole('link', { name: String(reading.data.title) }).click();
  await expect(page).toHaveURL(`/policies/${reading.id}/`);
  await expect(page.locator('.detail__badges')).toContainText('示例');
  await expect(page.getByText('本条为虚构的示例内容')).toBeVisible();
  // A reading is not the document: it never claims to copy the original text.
  await expect(page.getByText('解读不代替原文')).toBeVisible();
  await expect(page.getByText('正文照录原文')).toHaveCount(0);
  // <PlanTargets />: the numbers the verdicts use, not retyped ones.
  await expect(page.locator('.prose .targets')).toContainText(`${formatNumber(traineeTarget(false))} 人以上`);
  // <CityResults city="chengdu" />: the city's own entry.
  await expect(page.locator('.prose').getByRole('link', { name: '成都市' })).toHaveAttribute('href', '/cities/chengdu/');
  await expect(page.locator('.prose .results')).toBeVisible();
  await expect(page.locator('portal-data')).toHaveCount(0);
  await page.getByRole('region', { name: '所属文件' }).getByRole('link', { name: '全国100个重点联系城市创业促就业工作方案' }).click();
  await expect(page).toHaveURL('/policies/lsbf-2007-30-plan/');
});
