/**
 * Content as an office publishes it, for the tests that drive the road to live without LOCAL_BUILD: the behaviour
 * fixture's small set with every sample retired (the entries stand for the office's own), the settings an office
 * fills (主办单位, ICP, 公安备案, 网站标识码, privacy date, its own addresses), and the city list and yearly results
 * imported with `npm run import` from spreadsheets shaped like an office's (title row, 序号, 高德 coordinates).
 * Dates are today's and the policies' validity checked, as a site kept up to date has them, so the self-check has
 * nothing to report.
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { officialCitySheet, officialResultSheet } from '../../scripts/lib/import/official-sheet.ts';
import { tsx } from '../../scripts/lib/node.ts';
import { readCollection } from '../../src/lib/content/files.ts';

export const OFFICE = {
  origin: 'https://cyczjy.example.cn',
  approval: 'GS(2026)1234号',
  icp: '京ICP备12345678号-1',
  psb: '京公网安备11010502030143号',
  siteCode: '5101000001',
  host: '某市人力资源和社会保障局',
} as const;

/** The build settings an office's build server has (docs/operators/deploy.md 「上线前检查」), CMS on its own Forgejo. */
export const OFFICE_ENV = {
  SITE_URL: OFFICE.origin,
  PUBLIC_MAP_APPROVAL: OFFICE.approval,
  DECAP_BACKEND: 'forgejo',
  DECAP_REPO: 'rsj/portal',
  DECAP_BASE_URL: 'https://git.rsj.example.cn',
  DECAP_APP_ID: 'portal-cms',
  // Forgejo without Decap's editorial workflow: 「发布」 commits to the review branch, a reviewer merges it.
  DECAP_BRANCH: 'cms',
} as const;

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Turns the content folder (a copy of the small set) into an office's; returns the import's output. */
export function officeContent(content: string): string {
  const day = today();
  for (const file of globSync('**/*.{md,mdx}', { cwd: content })) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8')
      .replace(/^(\s*-?\s*)sample: true$/gm, '$1sample: false')
      .replace(/^(updated|date): \d{4}-\d{2}-\d{2}$/gm, `$1: ${day}`)
      // The office has checked its policies' validity, and its reading is its own.
      .replace(/^validity: 待核实$/m, 'validity: 现行有效')
      .replace(/^(title: .*)（示例解读）$/m, '$1（解读）');
    writeFileSync(path, text);
  }
  const settings = join(content, 'settings/site.yml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8').replace(/@example\.org/g, '@hrss.example.cn').replace(/^disclaimer: .*$/m, 'disclaimer: 本站由某市人力资源和社会保障局主办。') +
      `host: ${OFFICE.host}\nicp: ${OFFICE.icp}\npsb: ${OFFICE.psb}\nsite_code: "${OFFICE.siteCode}"\nprivacy_date: ${day}\n`,
  );
  const cities = readCollection('cities', content);
  const list = join(content, '..', '重点联系城市名单.xlsx');
  const results = join(content, '..', '年度工作成效.xlsx');
  officialCitySheet(list, cities);
  officialResultSheet(results, cities, [2008, 2009]);
  const env = { ...process.env, CONTENT_DIR: content };
  let output = '';
  for (const args of [
    ['cities', list, '--source', '劳社部发〔2007〕30号附件《全国100个重点联系城市创业促就业工作方案》'],
    ['results', results, '--source', '各市人力资源和社会保障局年度报告'],
  ]) {
    const run = spawnSync(...tsx('scripts/import.ts', ...args), { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`npm run import -- ${args[0]} failed:\n${run.stdout}${run.stderr}`);
    output += run.stdout;
  }
  return output;
}
