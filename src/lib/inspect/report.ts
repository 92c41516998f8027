/**
 * 网站自查: what an inspector checks under 《政府网站发展指引》 (国办发〔2017〕47号) and the indicators of
 * 国办秘函〔2019〕19号, run on the site's own content before an inspector does. Each finding names the entry and links
 * to its edit page in the CMS. A finding that would fail an inspection outright (单项否决: the home page or policy
 * section not updated in time, a filing number the law requires, the privacy statement, an expired document
 * shown as current) is a 「不合格」; the rest are 「需要注意」.
 * Pure: src/lib/inspect/files.ts reads the content and the build for it; npm run inspect and every production build
 * print it and write it as a page for editors (/admin/inspect/).
 */
import { COLLECTION_NAMES, COLLECTION_SPECS, collectionLink, SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { INSPECTION_DEFAULTS, type Settings } from '../../schemas/settings.ts';
import { CURRENT_VALIDITY, OFFERED_STAGES, UNVERIFIED_VALIDITY, VERIFIED_LIST } from '../../schemas/taxonomies.ts';
import { formatDate } from '../core/format.ts';
import { lapsed } from '../../collections/training/domain.ts';
import type { BrokenLink } from './links.ts';
import type { History } from '../content/history.ts';

export type Level = 'fail' | 'warn';

export interface Finding {
  level: Level;
  /** The inspection item, as the report groups them. */
  check: string;
  message: string;
  /** The entry concerned: its title, its page and its edit page in the CMS. */
  entry?: { label: string; page?: string; edit: string };
}

/** An entry as the inspection reads it: its id and its schema-checked data. */
export interface InspectedEntry {
  id: string;
  data: Record<string, unknown> & { title?: string; name?: string | undefined };
}

export interface InspectInput {
  today: Date;
  settings: Settings;
  entries: Record<CollectionName, InspectedEntry[]>;
  /** From the build; undefined when no build was checked. */
  links?: BrokenLink[] | undefined;
  /** The content folder's git history (src/lib/content/history.ts); undefined without one. */
  history?: History | undefined;
  /** The years whose 政府网站工作年度报表 the content folder holds (src/lib/report/files.ts). */
  reports?: readonly number[] | undefined;
}

export const LEVEL_LABEL: Record<Level, string> = { fail: '不合格', warn: '需要注意' };

/** The sections the home page draws its news from (src/pages/index.astro). */
export const HOME_SOURCES: readonly CollectionName[] = ['news', 'policies', 'projects', 'stories'];

const DAY = 86_400_000;
const daysSince = (date: Date, today: Date) => Math.floor((today.getTime() - date.getTime()) / DAY);
const editUrl = (collection: CollectionName | 'settings', id: string) => `/admin/#/collections/${collection}/entries/${id}`;
const SETTINGS = { label: '网站设置', edit: editUrl('settings', 'site') };

function entryRef(collection: CollectionName, e: InspectedEntry) {
  return { label: `${collectionLink(collection).label}「${e.data.title ?? e.data.name ?? e.id}」`, page: `/${collection}/${e.id}/`, edit: editUrl(collection, e.id) };
}

/** The date a collection's lists sort by (the registry's dateField) of each entry. */
const dateOf = (collection: CollectionName, e: InspectedEntry) => e.data[COLLECTION_SPECS[collection].dateField] as Date;

function newest(collections: readonly CollectionName[], input: InspectInput): { date: Date; collection: CollectionName; entry: InspectedEntry } | undefined {
  let best: { date: Date; collection: CollectionName; entry: InspectedEntry } | undefined;
  for (const collection of collections) {
    for (const entry of input.entries[collection]) {
      const date = dateOf(collection, entry);
      if (!best || date > best.date) best = { date, collection, entry };
    }
  }
  return best;
}

function freshness(input: InspectInput): Finding[] {
  const limit = (key: keyof typeof INSPECTION_DEFAULTS) => input.settings.inspection?.[key] ?? INSPECTION_DEFAULTS[key];
  const findings: Finding[] = [];
  const home = newest(HOME_SOURCES, input);
  const homeAge = home ? daysSince(home.date, input.today) : Infinity;
  if (homeAge > limit('home_days')) {
    findings.push({
      level: 'fail',
      check: '首页更新',
      message: home
        ? `首页栏目最近一次更新是 ${formatDate(home.date)}（${homeAge} 天前），超过 ${limit('home_days')} 天：请发布新的工作动态、政策、项目或典型`
        : '首页栏目没有任何内容',
      ...(home ? { entry: entryRef(home.collection, home.entry) } : {}),
    });
  }
  for (const collection of COLLECTION_NAMES) {
    const label = collectionLink(collection).label;
    const latest = newest([collection], input);
    if (!latest) {
      findings.push({ level: 'warn', check: '空白栏目', message: `「${label}」栏目没有任何内容`, entry: { label, page: `/${collection}/`, edit: `/admin/#/collections/${collection}` } });
      continue;
    }
    const policy = collection === 'policies';
    const days = limit(policy ? 'policy_days' : 'section_days');
    const age = daysSince(latest.date, input.today);
    if (age > days) {
      findings.push({
        level: policy ? 'fail' : 'warn',
        check: '栏目更新',
        message: `「${label}」栏目最近一次更新是 ${formatDate(latest.date)}（${age} 天前），超过 ${days} 天`,
        entry: entryRef(collection, latest.entry),
      });
    }
  }
  const empty = findings.filter((f) => f.check === '空白栏目').length;
  // More than five empty sections fails an inspection outright (国办秘函〔2019〕19号).
  if (empty > 5) findings.push({ level: 'fail', check: '空白栏目', message: `共有 ${empty} 个空白栏目，超过 5 个` });
  return findings;
}

function validity(input: InspectInput): Finding[] {
  const findings: Finding[] = [];
  for (const p of input.entries.policies) {
    const expires = p.data.expires as Date | undefined;
    if (p.data.validity === CURRENT_VALIDITY && expires && expires < input.today) {
      findings.push({ level: 'fail', check: '政策有效性', message: `失效日期 ${formatDate(expires)} 已过，页面仍标为「${CURRENT_VALIDITY}」`, entry: entryRef('policies', p) });
    } else if (p.data.validity === UNVERIFIED_VALIDITY && p.data.sample !== true) {
      findings.push({ level: 'warn', check: '政策有效性', message: `有效性仍为「${UNVERIFIED_VALIDITY}」：请核实后改为现行有效、已修改、已废止或已失效`, entry: entryRef('policies', p) });
    }
  }
  for (const p of input.entries.projects) {
    const until = p.data.valid_until as Date | undefined;
    if (until && until < input.today && OFFERED_STAGES.includes(p.data.stage as (typeof OFFERED_STAGES)[number])) {
      findings.push({ level: 'warn', check: '过期条目', message: `推介有效期 ${formatDate(until)} 已过，项目状态仍为「${String(p.data.stage)}」：请下架或延长有效期`, entry: entryRef('projects', p) });
    }
  }
  for (const t of input.entries.training) {
    const data = t.data as Parameters<typeof lapsed>[0];
    if (lapsed(data, input.today)) {
      findings.push({ level: 'warn', check: '过期条目', message: `认定有效期 ${formatDate(data.valid_until!)} 已过，认定状态仍为「${data.status}」：请核实后更新`, entry: entryRef('training', t) });
    }
  }
  const unverified = input.entries.cities.filter((c) => c.data.list_status !== VERIFIED_LIST);
  if (unverified.length) {
    findings.push({
      level: 'warn',
      check: '重点城市名单',
      message: `${unverified.length} 个城市的名单状态不是「${VERIFIED_LIST}」：请用官方名单核实（npm run import）`,
      entry: { label: collectionLink('cities').label, page: '/cities/', edit: '/admin/#/collections/cities' },
    });
  }
  return findings;
}

function settingsFindings(settings: Settings): Finding[] {
  const missing = (level: Level, what: string, why: string): Finding => ({ level, check: '网站标识和备案', message: `网站设置没有填写${what}：${why}`, entry: SETTINGS });
  return [
    ...(settings.icp ? [] : [missing('fail', 'ICP备案号', '在中国大陆开办网站须先备案，并在页脚显示备案号')]),
    ...(settings.psb ? [] : [missing('warn', '公安备案号', '网站开通 30 日内须办理公安机关备案')]),
    ...(settings.site_code ? [] : [missing('warn', '网站标识码', '政府网站须在页脚显示主管部门分配的网站标识码')]),
    ...(settings.privacy_date ? [] : [{ level: 'fail' as const, check: '个人信息保护', message: '网站设置没有填写「个人信息保护声明版本日期」：声明须经本单位确认', entry: SETTINGS }]),
  ];
}

function linkFindings(links: BrokenLink[] | undefined): Finding[] {
  if (!links) return [];
  const seen = new Set<string>();
  return links.flatMap((l) => {
    const key = `${l.page} ${l.href}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ level: 'warn' as const, check: '链接可用性', message: `链接 ${l.href} 打不开（${l.reason}）`, entry: { label: `页面 ${l.page}`, page: l.page, edit: '' } }];
  });
}

/** Every finding, the outright failures first. */
/**
 * 更新日期 against the record (伪造发稿日期 is a 严重问题 of the inspection): a typed date after today, or before the
 * day the entry's file was last committed — the page changed later than it says.
 */
function updateDates(input: InspectInput): Finding[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return COLLECTION_NAMES.flatMap((collection) => {
    // The field's label as its schema spells it.
    const label = (labelsOf(SCHEMAS[collection]) as Record<string, string>)['updated'];
    return input.entries[collection].flatMap((e): Finding[] => {
      const updated = e.data.updated;
      if (!label || !(updated instanceof Date)) return [];
      const last = input.history?.get(`${collection}/${e.id}`)?.[0];
      if (day(updated) > day(input.today)) {
        return [{ level: 'warn', check: label, message: `${label} ${formatDate(updated)} 晚于今天，请改为实际更新的日期`, entry: entryRef(collection, e) }];
      }
      if (last && day(updated) < day(last.date)) {
        return [{ level: 'warn', check: label, message: `${label} ${formatDate(updated)} 早于本条最近一次修改（${formatDate(last.date)}${last.kind}），请核对`, entry: entryRef(collection, e) }];
      }
      return [];
    });
  });
}

/**
 * 政府网站工作年度报表: last year's is due on the home page by 31 January (国办函〔2018〕12号) — a reminder in
 * January, a failure after. A site whose content history starts this year had no last year to report.
 */
function annualReport(input: InspectInput): Finding[] {
  if (!input.reports) return [];
  const year = input.today.getUTCFullYear() - 1;
  // Without git history (a tarball) the site may be old; with one, its first commit is when the site began.
  const years = input.history && [...input.history.values()].flatMap((revisions) => revisions.map((r) => r.date.getUTCFullYear()));
  if (input.reports.includes(year) || (years && !years.some((y) => y <= year))) return [];
  const january = input.today.getUTCMonth() === 0;
  return [
    {
      level: january ? 'warn' : 'fail',
      check: '年度报表',
      message: `${year} 年度政府网站工作年度报表${january ? '须在 1月31日前' : '逾期未'}发布：运行 npm run report -- --year ${year}，补齐「未填报」的数字后提交发布`,
      entry: { label: '网站设置「年度报表填报」', edit: SETTINGS.edit },
    },
  ];
}

export function inspect(input: InspectInput): Finding[] {
  const all = [
    ...freshness(input),
    ...validity(input),
    ...updateDates(input),
    ...annualReport(input),
    ...settingsFindings(input.settings),
    ...linkFindings(input.links),
  ];
  return [...all.filter((f) => f.level === 'fail'), ...all.filter((f) => f.level === 'warn')];
}

/** The report as a terminal shows it. */
export function reportText(findings: Finding[], input: Pick<InspectInput, 'today' | 'links'>): string {
  const fails = findings.filter((f) => f.level === 'fail').length;
  const head = `网站自查报告（${formatDate(input.today)}）：不合格 ${fails} 项，需要注意 ${findings.length - fails} 项${input.links ? '' : '（未检查链接：没有构建结果）'}`;
  const lines = findings.map((f) => `  [${LEVEL_LABEL[f.level]}] ${f.check}：${f.message}${f.entry ? ` — ${f.entry.label}${f.entry.edit ? `（编辑：${f.entry.edit}）` : ''}` : ''}`);
  return [head, ...lines].join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as a page for editors under /admin/: not indexed, every text escaped. */
export function reportHtml(findings: Finding[], input: Pick<InspectInput, 'today' | 'links'> & { site: string; stylesheet?: string | undefined }): string {
  const fails = findings.filter((f) => f.level === 'fail').length;
  const row = (f: Finding) =>
    `<tr class="inspect-${f.level}"><td>${LEVEL_LABEL[f.level]}</td><td>${escape(f.check)}</td><td>${escape(f.message)}</td><td>${
      f.entry
        ? `${f.entry.page ? `<a href="${escape(f.entry.page)}">${escape(f.entry.label)}</a>` : escape(f.entry.label)}${f.entry.edit ? ` <a href="${escape(f.entry.edit)}">编辑</a>` : ''}`
        : ''
    }</td></tr>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>网站自查报告 - ${escape(input.site)}</title>
${input.stylesheet ? `<link rel="stylesheet" href="${escape(input.stylesheet)}">` : ''}
</head>
<body>
<main class="page prose inspect-report">
<h1>网站自查报告</h1>
<p>${escape(formatDate(input.today))}构建时生成，依据《政府网站发展指引》和政府网站检查指标。<strong>不合格 ${fails} 项</strong>，需要注意 ${findings.length - fails} 项。「不合格」是检查中会被单项否决的问题，请先处理。${input.links ? '' : '本次没有检查链接。'}读者搜索无结果的词和认为“没帮助”的页面见 <a href="/admin/stats/">访问统计与读者反馈</a>。</p>
${
  findings.length
    ? `<div class="table-scroll"><table class="data-table data-table--wrap">
<caption>自查发现的问题</caption>
<thead><tr><th scope="col">结论</th><th scope="col">检查项</th><th scope="col">问题</th><th scope="col">条目</th></tr></thead>
<tbody>
${findings.map(row).join('\n')}
</tbody>
</table></div>`
    : '<p>没有发现问题。</p>'
}
<p><a href="/admin/">返回内容管理</a>　<a href="/admin/guide/">编辑指南</a></p>
</main>
</body>
</html>
`;
}
