/**
 * What a production build refuses to publish by accident, all reasons at once so an operator fixes them in one go:
 * no public address, a map of China without an approved basemap, invented sample content, and settings an office
 * must fill before going online (the privacy statement's date, the ICP filing, real contact addresses), a 年度报表
 * with figures still 未填报.
 * `PORTAL_DEMO=1` declares a demonstration deployment: samples and the preview basemap may then be published,
 * labelled 「示例」 and 「示意图」 on every page. Local builds (`npm start`, the tests: LOCAL_BUILD=1) are not checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basemapProblems } from '../../map/index.ts';
import { readContentFiles } from '../content/loader.ts';
import { contentDir, SETTINGS_FILE } from '../content/content-dir.ts';
import { parseYamlFile } from '../content/preflight.ts';
import { siteUrlProblem } from './site-url.ts';
import { COLLECTION_NAMES, collectionLink, type CollectionName } from '../../schemas/index.ts';
import { readReports } from '../report/files.ts';
import { rowName, unfilled } from '../report/annual.ts';

type Env = Record<string, string | undefined>;

export const isDemo = (env: Env) => env.PORTAL_DEMO === '1';

/** Whether this build publishes (not npm start, not the tests): it then carries the self-check report. */
export const isProductionBuild = (env: Env = process.env) => env.LOCAL_BUILD !== '1';

const frontmatter = (bytes: Uint8Array) => /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(new TextDecoder().decode(bytes))?.[1] ?? '';
/** `sample: true` at the top of an entry, and on rows inside it (a city's yearly figures). A scan, not a parse:
 * it runs before Astro reads anything, on every file, and must stay fast at 50,000 entries. */
const TOP_SAMPLE = /^sample:[ \t]*(?:true|True|TRUE)[ \t]*(?:#.*)?$/m;
const ROW_SAMPLE = /^[ \t-]+sample:[ \t]*(?:true|True|TRUE)[ \t]*(?:#.*)?$/gm;

export interface SampleCount {
  collection: CollectionName;
  entries: number;
  /** Rows of invented figures inside entries (a city's yearly results). */
  rows: number;
}

/** How many entries (and rows) of each collection are marked as invented for demonstration. */
export function countSamples(dir: string = contentDir()): SampleCount[] {
  return COLLECTION_NAMES.map((collection) => {
    let entries = 0;
    let rows = 0;
    for (const file of readContentFiles(join(dir, collection))) {
      const head = frontmatter(file.bytes);
      if (TOP_SAMPLE.test(head)) entries++;
      rows += head.match(ROW_SAMPLE)?.length ?? 0;
    }
    return { collection, entries, rows };
  }).filter((c) => c.entries > 0 || c.rows > 0);
}

/** RFC 2606 names: addresses there reach no one. */
const PLACEHOLDER_DOMAIN = /@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]+\.(?:example|test|invalid|localhost))$/i;

function settingsProblems(dir: string): string[] {
  let data: Record<string, unknown> | undefined;
  try {
    data = parseYamlFile(readFileSync(join(dir, SETTINGS_FILE))).data;
  } catch {
    return []; // the build itself names a missing or broken settings file
  }
  if (!data) return [];
  const problems: string[] = [];
  for (const [key, label] of [['email', '联系邮箱'], ['submission_email', '项目征集收件邮箱']] as const) {
    const value = data[key];
    if (typeof value === 'string' && PLACEHOLDER_DOMAIN.test(value)) problems.push(`网站设置的${label}（${key}）还是示例地址「${value}」，读者的来信无人接收：请改为本单位的邮箱`);
  }
  if (!data.privacy_date) problems.push('网站设置没有填写「个人信息保护声明版本日期」（privacy_date）：请确认 /privacy/ 的声明内容后填写确认日期');
  if (!data.icp) problems.push('网站设置没有填写「ICP备案号」（icp）：在中国大陆开办网站须先备案，并在页脚显示备案号');
  return problems;
}

function sampleProblem(dir: string): string[] {
  const counts = countSamples(dir);
  if (counts.length === 0) return [];
  const parts = counts.map((c) => `${collectionLink(c.collection).label} ${c.entries} 条${c.rows ? `（另有 ${c.rows} 组示例数据）` : ''}`);
  return [`内容中还有为演示编写的示例（sample: true）：${parts.join('，')}。正式发布前请删除或换成真实内容；城市的示例数据用 npm run import 导入的官方数据替换`];
}

/** A 年度报表 is an official return: one with figures still 未填报 is a draft, not something to publish. */
function reportProblems(dir: string): string[] {
  return readReports(dir).flatMap((report) => {
    const missing = unfilled(report);
    return missing.length
      ? [`${report.year} 年度的年度报表还有 ${missing.length} 项未填报（${missing.slice(0, 3).map(rowName).join('、')}${missing.length > 3 ? ' 等' : ''}）：补齐后重新运行 npm run report -- --year ${report.year}`]
      : [];
  });
}

/** Every reason this environment and content may not be published, in the order an operator fixes them. */
export function productionProblems(env: Env, dir: string = contentDir()): string[] {
  if (env.LOCAL_BUILD === '1') return [];
  const site = siteUrlProblem(env);
  const problems = site ? [site.message] : [];
  if (isDemo(env)) return problems;
  return [...problems, ...basemapProblems(env), ...settingsProblems(dir), ...sampleProblem(dir), ...reportProblems(dir)];
}

export class ProductionRefusal extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        `生产构建已停止：有 ${problems.length} 个问题需要处理，请一并修改后再构建。`,
        ...problems.map((p, i) => `  ${i + 1}. ${p}`),
        '只在本机预览：npm start。演示站点（保留示例内容和示意底图，页面标注「示例」「示意图」）：PORTAL_DEMO=1。',
      ].join('\n'),
    );
    this.name = 'ProductionRefusal';
  }
}
