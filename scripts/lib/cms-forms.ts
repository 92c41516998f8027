/**
 * Filling Decap's forms as an editor does, for the CMS tests and the guide's screenshots: type into a select's
 * search box and pick the option; fill a project's own fields.
 */
import type { Page } from '@playwright/test';

export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

export interface ProjectAnswers {
  industry: string;
  band: string;
  min: number;
  max: number;
  group: string;
  stage: string;
  risk: string;
  org: string;
  contact: string;
}

/** The project fields after the shared ones (title, summary, source, date), up to the review record. */
export async function fillProject(page: Page, a: ProjectAnswers): Promise<void> {
  await choose(page, '行业', a.industry);
  await choose(page, '投资额区间', a.band);
  await page.getByLabel('最低投资额').fill(String(a.min));
  await page.getByLabel('最高投资额').fill(String(a.max));
  await choose(page, '适合人群', a.group);
  await choose(page, '项目状态', a.stage);
  await choose(page, '项目来源', '公开征集');
  await page.getByLabel('风险提示').fill(a.risk);
  await page.getByLabel('提供单位').fill(a.org);
  await page.getByLabel('联系方式').fill(a.contact);
}

/** The 征集中 project the guide shows and a CMS test saves: no review record yet. */
export const DRONE_PROJECT: ProjectAnswers = {
  industry: '农、林、牧、渔业',
  band: '10–50万',
  min: 150000,
  max: 300000,
  group: '农村劳动者',
  stage: '征集中',
  risk: '需要取得无人机操控资质，作业受天气影响。',
  org: '某县农业技术推广站',
  contact: '000-1234567',
};
