/**
 * 政府网站工作年度报表 (国办函〔2018〕12号; the template of 《政府网站发展指引》), filled as far as the site knows:
 * its settings, its entries and their git history, the visits `npm run stats` counted from the server's log. What it
 * cannot know (留言办理, 安全防护, 新媒体 …) comes from the office's own figures in the settings (网站设置 → 年度报表填报,
 * ../../schemas/report.ts) and is otherwise left 未填报 with the place to give it — never guessed. Every figure
 * says where it came from. Pure: `npm run report` (scripts/report.ts) reads the inputs and writes the result, which
 * the build publishes at /report/<year>/ and /report/<year>.xlsx.
 */
import { COLLECTION_NAMES, COLLECTION_SPECS, collectionLink, type CollectionName } from '../../schemas/index.ts';
import { reportInputSchema, type ReportInput } from '../../schemas/report.ts';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { READING_GENRE } from '../../schemas/taxonomies.ts';
import { formatIsoDay, isoDate } from '../core/format.ts';
import type { History } from '../content/history.ts';
import type { StatsSummary } from '../stats/access-log.ts';

export type Figure = string | number;

export interface ReportRow {
  /** The row's place in the template: its item, then sub-items (one to three names). */
  path: string[];
  /** Undefined: 未填报 — the source then says where to give it. */
  value?: Figure | undefined;
  source: string;
}

export interface AnnualReport {
  year: number;
  /** The day the report was made (YYYY-MM-DD). */
  made: string;
  /** The last day its counts include: 31 December, or the day it was made when the year had not ended. */
  until: string;
  /** 填报单位. */
  host?: string | undefined;
  rows: ReportRow[];
}

export interface ReportEntry {
  id: string;
  data: Record<string, unknown>;
}

export interface ReportSources {
  year: number;
  today: Date;
  settings: Settings;
  /** The site's public address and where it was given (SITE_URL, --url). */
  siteUrl?: { value: string; from: string } | undefined;
  entries: Record<CollectionName, ReportEntry[]>;
  /** The content folder's git history; undefined without one. */
  history?: History | undefined;
  stats?: StatsSummary | undefined;
  /** 收到留言数量 given on the command line. */
  feedback?: number | undefined;
}

/** The template's three kinds of information, and the sections that publish each. */
export const INFORMATION_KINDS: readonly { kind: string; collections: readonly CollectionName[] }[] = [
  { kind: '概况类信息更新量', collections: ['cities'] },
  { kind: '政务动态信息更新量', collections: ['news', 'events'] },
  { kind: '信息公开目录信息更新量', collections: ['policies'] },
];

export const UNFILLED = '未填报';
const SETTINGS_SOURCE = '网站设置「年度报表填报」';
const SITE_FACT = '本站功能';
const YES_NO = (b: boolean) => (b ? '是' : '否');
const day = (d: Date) => isoDate(d);
const inputLabels = labelsOf(reportInputSchema) as Record<keyof ReportInput, string>;
const settingLabels = labelsOf(settingsSchema) as Record<keyof Settings, string>;

interface Counted {
  published: number;
  updated: number;
  samples: number;
}

/** An entry's first publication on this site: its first commit, else (no history) the date its list sorts by. */
function publishedOn(collection: CollectionName, e: ReportEntry, history: History | undefined): Date | undefined {
  const revisions = history?.get(`${collection}/${e.id}`);
  const first = revisions?.findLast((r) => r.kind === '发布');
  if (first) return first.date;
  const dated = e.data[COLLECTION_SPECS[collection].dateField];
  return dated instanceof Date ? dated : undefined;
}

function countSection(collection: CollectionName, sources: ReportSources, from: string, until: string, only?: (e: ReportEntry) => boolean): Counted {
  const within = (d: Date | undefined) => !!d && day(d) >= from && day(d) <= until;
  const counted: Counted = { published: 0, updated: 0, samples: 0 };
  for (const e of sources.entries[collection]) {
    if (only && !only(e)) continue;
    if (e.data.sample === true) {
      counted.samples++;
      continue;
    }
    if (within(publishedOn(collection, e, sources.history))) counted.published++;
    counted.updated += (sources.history?.get(`${collection}/${e.id}`) ?? []).filter((r) => r.kind !== '发布' && within(r.date)).length;
  }
  return counted;
}

const sum = (list: Counted[]): Counted => list.reduce((a, c) => ({ published: a.published + c.published, updated: a.updated + c.updated, samples: a.samples + c.samples }), { published: 0, updated: 0, samples: 0 });

export function buildAnnualReport(sources: ReportSources): AnnualReport {
  const { year, settings } = sources;
  const from = `${year}-01-01`;
  const until = [`${year}-12-31`, day(sources.today)].sort()[0]!;
  const input = settings.report?.year === year ? settings.report : undefined;
  const otherYear = !settings.report || input ? '' : settings.report.year ? `（网站设置中的数字是 ${settings.report.year} 年度的，未采用）` : '（网站设置中的数字没有填写填报年度，未采用）';
  const ask = (what: string) => `${UNFILLED}：请${what}`;
  const given = (key: keyof ReportInput, path: string[], shown?: (v: NonNullable<ReportInput[typeof key]>) => Figure): ReportRow => {
    const v = input?.[key];
    if (v === undefined) return { path, source: ask(`在网站设置 →「年度报表填报」→「${inputLabels[key]}」按 ${year} 年度填写${otherYear}`) };
    return { path, value: shown ? shown(v) : typeof v === 'boolean' ? YES_NO(v) : v, source: SETTINGS_SOURCE };
  };
  const fact = (path: string[], value: Figure, why: string): ReportRow => ({ path, value, source: `${SITE_FACT}：${why}` });

  // 信息发布
  // A folder inside a repository that never committed it has a history with nothing in it: no history at all.
  const how = sources.history?.size ? '按各条目首次提交到内容库（git）的日期（尚未提交的按其日期字段）' : '内容文件夹没有 git 历史，按各条目的日期字段';
  const period = `${formatIsoDay(from)}至${formatIsoDay(until)}`;
  const perSection = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, countSection(c, sources, from, until)])) as Record<CollectionName, Counted>;
  const all = sum(Object.values(perSection));
  const samplesNote = (c: Counted) => (c.samples ? `；不含示例内容 ${c.samples} 条` : '');
  const information: ReportRow[] = [
    { path: ['信息发布（条）', '总数'], value: all.published, source: `${how}统计全站 ${COLLECTION_NAMES.length} 个栏目${period}新发布的条目${samplesNote(all)}` },
    ...INFORMATION_KINDS.map(({ kind, collections }) => {
      const c = sum(collections.map((n) => perSection[n]));
      return { path: ['信息发布（条）', kind], value: c.published, source: `「${collections.map((n) => collectionLink(n).label).join('」「')}」栏目新发布的条目${samplesNote(c)}` };
    }),
  ];

  // 政策解读: the site's own readings are 解读材料; products and media articles only the office knows.
  const readings = countSection('policies', sources, from, until, (e) => e.data.genre === READING_GENRE);
  const products = input?.reading_products;
  const reviews = input?.media_reviews;
  const readingTotal = products !== undefined && reviews !== undefined ? readings.published + products + reviews : undefined;

  // 访问量 from the access log's summary, the days of the year it covers.
  const days = sources.stats?.days.filter((d) => d.day >= from && d.day <= until) ?? [];
  const covered = days.length ? `（日志覆盖 ${formatIsoDay(days[0]!.day)}至${formatIsoDay(days.at(-1)!.day)}，${days.length} 天）` : '';
  const noStats = ask(`运行 npm run stats -- --logs '<访问日志>' 统计服务器访问日志后重新生成${sources.stats ? `（现有统计不含 ${year} 年的日子）` : ''}`);
  const visits: ReportRow[] = [
    days.length
      ? { path: ['独立用户访问总量（个）'], value: days.reduce((n, d) => n + d.visitors, 0), source: `服务器访问日志（npm run stats）：每日独立访客（地址和浏览器按日去重，不保存）之和${covered}` }
      : { path: ['独立用户访问总量（个）'], source: noStats },
    days.length
      ? { path: ['网站总访问量（次）'], value: days.reduce((n, d) => n + d.views, 0), source: `服务器访问日志（npm run stats）：页面浏览量，已除去爬虫、静态文件和出错的请求${covered}` }
      : { path: ['网站总访问量（次）'], source: noStats },
  ];

  // An account the office does not have (no new media, or no name for it) has no figures to give.
  const media = input?.new_media;
  const account = (name: 'weibo_name' | 'wechat_name', label: string, rows: [keyof ReportInput, string][]): ReportRow[] => {
    const none = media === false ? '没有移动新媒体' : media && !input?.[name] ? `没有${label}` : undefined;
    return [[name, '名称'] as [keyof ReportInput, string], ...rows].map(([key, item]) =>
      none ? { path: ['移动新媒体', label, item], value: '—', source: `${SETTINGS_SOURCE}：${none}` } : given(key, ['移动新媒体', label, item]),
    );
  };
  const messages: ReportRow =
    sources.feedback !== undefined
      ? { path: ['互动交流', '留言办理', '收到留言数量（条）'], value: sources.feedback, source: '运行 npm run report 时的 --feedback' }
      : given('messages_received', ['互动交流', '留言办理', '收到留言数量（条）']);

  const rows: ReportRow[] = [
    { path: ['网站名称'], value: settings.name, source: `网站设置「${settingLabels.name}」` },
    sources.siteUrl
      ? { path: ['首页网址'], value: sources.siteUrl.value, source: sources.siteUrl.from }
      : { path: ['首页网址'], source: ask('在运行时设置 SITE_URL（网站的公开地址），或用 --url 给出') },
    settingRow('host'),
    settingRow('site_type'),
    settingRow('site_code', '政府网站标识码'),
    settingRow('icp'),
    settingRow('psb', '公安机关备案号'),
    ...visits,
    ...information,
    given('topics_maintained', ['专栏专题（个）', '维护数量']),
    given('topics_new', ['专栏专题（个）', '新开设数量']),
    readingTotal !== undefined
      ? { path: ['政策解读', '解读信息发布（条）', '总数'], value: readingTotal, source: '解读材料、解读产品和媒体评论文章之和' }
      : { path: ['政策解读', '解读信息发布（条）', '总数'], source: ask('在网站设置 →「年度报表填报」填写解读产品和媒体评论文章数量后自动相加') },
    {
      path: ['政策解读', '解读信息发布（条）', '解读材料数量'],
      value: readings.published,
      source: `「${collectionLink('policies').label}」中体裁为「${READING_GENRE}」的文字解读，${period}新发布${samplesNote(readings)}`,
    },
    given('reading_products', ['政策解读', '解读信息发布（条）', '解读产品数量']),
    given('media_reviews', ['政策解读', '解读信息发布（条）', '媒体评论文章数量']),
    given('hot_responses', ['政策解读', '回应公众关注热点或重大舆情数量（次）']),
    fact(['办事服务', '是否发布服务事项目录'], '否', '本站是信息服务门户，不办理政务服务事项'),
    fact(['办事服务', '注册用户数（个）'], 0, '本站不设用户注册'),
    fact(['办事服务', '政务服务事项数量（项）'], 0, '本站不办理政务服务事项'),
    fact(['办事服务', '可全程在线办理政务服务事项数量（项）'], 0, '本站不办理政务服务事项'),
    fact(['办事服务', '办件量（件）', '总数'], 0, '本站不办理政务服务事项'),
    fact(['办事服务', '办件量（件）', '自然人办件量'], 0, '本站不办理政务服务事项'),
    fact(['办事服务', '办件量（件）', '法人办件量'], 0, '本站不办理政务服务事项'),
    given('unified_platform', ['互动交流', '是否使用统一平台']),
    messages,
    given('messages_closed', ['互动交流', '留言办理', '办结留言数量（条）']),
    given('messages_days', ['互动交流', '留言办理', '平均办理时间（天）']),
    given('messages_public', ['互动交流', '留言办理', '公开答复数量（条）']),
    given('surveys', ['互动交流', '征集调查', '征集调查期数（期）']),
    given('survey_opinions', ['互动交流', '征集调查', '收到意见数量（条）']),
    given('survey_results', ['互动交流', '征集调查', '公布调查结果期数（期）']),
    given('interviews', ['互动交流', '在线访谈', '访谈期数（期）']),
    given('interview_messages', ['互动交流', '在线访谈', '网民留言数量（条）']),
    given('interview_answers', ['互动交流', '在线访谈', '答复网民提问数量（条）']),
    fact(['互动交流', '是否提供智能问答'], '否', '本站没有智能问答'),
    given('security_checks', ['安全防护', '安全检测评估次数（次）']),
    given('security_problems', ['安全防护', '发现问题数量（个）']),
    given('security_fixed', ['安全防护', '问题整改数量（个）']),
    given('security_monitoring', ['安全防护', '是否建立安全监测预警机制']),
    given('security_drill', ['安全防护', '是否开展应急演练']),
    given('security_officer', ['安全防护', '是否明确网站安全负责人']),
    given('new_media', ['移动新媒体', '是否有移动新媒体']),
    ...account('weibo_name', '微博', [
      ['weibo_posts', '信息发布量（条）'],
      ['weibo_followers', '关注量（个）'],
    ]),
    ...account('wechat_name', '微信', [
      ['wechat_posts', '信息发布量（条）'],
      ['wechat_subscribers', '订阅数（个）'],
    ]),
    media === undefined ? given('other_media', ['移动新媒体', '其他']) : { path: ['移动新媒体', '其他'], value: input?.other_media ?? '无', source: SETTINGS_SOURCE },
    fact(['创新发展'], '无障碍浏览', '全站符合 WCAG 2.1 AA（GB/T 37668），设长者模式；另有开放数据（/data/）'),
  ];
  return { year, made: day(sources.today), until, host: settings.host, rows };

  /** A row the site settings answer; the template's name for it where the setting's label differs. */
  function settingRow(key: 'host' | 'site_type' | 'site_code' | 'icp' | 'psb', row?: string): ReportRow {
    const value = settings[key];
    const label = settingLabels[key];
    const path = [row ?? label];
    return value ? { path, value, source: `网站设置「${label}」` } : { path, source: ask(`在网站设置中填写「${label}」`) };
  }
}

/** The rows still 未填报, as the command and the production guard list them. */
export const unfilled = (report: AnnualReport): ReportRow[] => report.rows.filter((r) => r.value === undefined);

/** A row's name in one line: 「互动交流 › 留言办理 › 收到留言数量（条）」. */
export const rowName = (row: ReportRow) => row.path.join(' › ');
