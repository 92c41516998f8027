/** Filling the 项目征集 form as a person does, and taking the file it offers: shared by the founder and privacy tests. */
import type { Page } from '@playwright/test';

export interface CallAnswers {
  title: string;
  org?: string;
  reviewer: string;
  reviewContact: string;
  /** Tick the separate consent and fill the public contact. */
  publicContact?: { person?: string; contact?: string };
}

export async function fillCallForm(page: Page, a: CallAnswers) {
  await page.getByLabel('项目名称').fill(a.title);
  await page.getByLabel('一句话简介').fill('回收旧衣物，改制成环保袋和坐垫出售。');
  await page.getByLabel('行业').selectOption('制造业');
  await page.getByLabel('最低投资额（元）').fill('15000');
  await page.getByLabel('最高投资额（元）').fill('40000');
  await page.getByRole('checkbox', { name: '残疾人' }).check();
  await page.getByLabel('风险提示').fill('货源和销路不稳定，请先小批量试做。');
  if (a.org) await page.getByLabel('提供单位（可选）').fill(a.org);
  await page.getByLabel('项目介绍').fill('项目介绍正文。');
  await page.getByLabel('您的姓名', { exact: true }).fill(a.reviewer);
  await page.getByLabel('联系电话或邮箱', { exact: true }).fill(a.reviewContact);
  if (a.publicContact) {
    await page.getByRole('checkbox', { name: '我同意在本站公开下面的联系人和联系方式' }).check();
    if (a.publicContact.person) await page.getByLabel('公开的联系人（可选）').fill(a.publicContact.person);
    if (a.publicContact.contact) await page.getByLabel('公开的联系方式', { exact: true }).fill(a.publicContact.contact);
  }
}

/** Checks the form and downloads the project file it offers: its name and its text. */
export async function downloadProjectFile(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: '检查并生成项目文件' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载项目文件/ }).click()]);
  const text = (await (await download.createReadStream()).toArray()).join('');
  return { name: download.suggestedFilename(), text };
}
