import { test as base, expect, type Page } from '@playwright/test';
import { COLLECTION_NAMES, FIXTURE_ROOT, readCollection, type ContentFile } from '../helpers/content.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { asText } from '../../src/lib/core/format.ts';

/** One URL of every page type, with what its <h1> must say. */
/** `island`: the page carries a script island (map, sortable table); every other page ships no JavaScript. */
export const PAGE_TYPES: { type: string; path: string; h1: string | RegExp; island?: boolean }[] = [
  { type: 'home', path: '/', h1: '创业促就业服务门户' },
  { type: 'policy list', path: '/policies/', h1: '政策文件' },
  { type: 'policy', path: '/policies/lsbf-2007-30/', h1: '关于进一步加强创业培训推进创业促就业工作的通知' },
  { type: 'story list', path: '/stories/', h1: '创业典型' },
  { type: 'story', path: '/stories/wuhan-graduate-design/', h1: '大学毕业生在孵化基地创办设计工作室' },
  { type: 'project list', path: '/projects/', h1: '创业项目' },
  { type: 'project list page 2', path: '/projects/all/2/', h1: '全部创业项目（第 2 页）' },
  { type: 'project filter', path: '/projects/filter/band/30k-100k/', h1: '创业项目：投资额区间「3–10万」' },
  { type: 'project call', path: '/projects/call/', h1: '创业项目征集', island: true },
  { type: 'project', path: '/projects/community-breakfast/', h1: '社区早餐连锁店' },
  { type: 'incubator list', path: '/incubators/', h1: '孵化基地', island: true },
  { type: 'incubator', path: '/incubators/chengdu-qihang/', h1: '蓉城启航创业园' },
  { type: 'training list', path: '/training/', h1: '创业培训定点机构', island: true },
  { type: 'training institution', path: '/training/chengdu-rongcheng/', h1: '蓉城创业培训学校' },
  { type: 'news list', path: '/news/', h1: '工作动态' },
  { type: 'news item', path: '/news/hangzhou-online-training-experience/', h1: '杭州市：以网络创业培训带动农村电商创业' },
  { type: 'event calendar', path: '/events/', h1: '活动日历' },
  { type: 'event', path: '/events/chengdu-project-fair/', h1: '成都市创业项目推介会' },
  { type: 'expert list', path: '/experts/', h1: '创业专家' },
  { type: 'expert', path: '/experts/chengdu-finance/', h1: '财务与融资咨询专家（成都）' },
  { type: 'city list', path: '/cities/', h1: '重点联系城市', island: true },
  { type: 'city', path: '/cities/chengdu/', h1: '成都市' },
  { type: 'about', path: '/about/', h1: '关于本站' },
  { type: 'start', path: '/start/', h1: '我要创业', island: true },
  { type: 'open data', path: '/data/', h1: '开放数据' },
  { type: 'site map', path: '/sitemap/', h1: '网站地图' },
  { type: 'feedback', path: '/feedback/', h1: '意见反馈', island: true },
  { type: '404', path: '/404/', h1: '页面不存在' },
  // The fixture is built without a CMS backend, as a fresh deployment is.
  { type: 'admin without a backend', path: '/admin/', h1: '内容管理系统尚未开通' },
  { type: 'editors guide', path: '/admin/guide/', h1: '编辑指南（内容管理系统）' },
  { type: 'coordinate tool', path: '/admin/coords/', h1: '坐标换算', island: true },
];

/** The behaviour fixture, every collection of the registry. */
export const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, readCollection(name, FIXTURE_ROOT)])) as Record<
  CollectionName,
  ContentFile[]
>;

/** Projects the search lists without being asked for withdrawn ones: not 已下架, not past their 有效期. */
export const listedProjects = content.projects.filter(
  (p) => p.data.stage !== '已下架' && !(p.data.valid_until && new Date(asText(p.data.valid_until)) < new Date()),
);

/** Every request the page makes, so a test can assert none leaves this machine. */
export const test = base.extend<{ requests: string[] }>({
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await use(urls);
  },
});

export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export { expect };
