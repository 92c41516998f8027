/**
 * The collection registry: every content collection declared once — its names, its schema, the date its lists
 * sort by. Content config, loading, routes, navigation, search, the CMS, open data, the site map and the test
 * helpers all iterate this; `COLLECTION_NAMES` (./field.ts) lists them, and `satisfies` below makes the compiler
 * demand a declaration for each.
 */
import { z } from 'astro/zod';
import { citySchema } from '../collections/cities/schema.ts';
import { incubatorSchema } from '../collections/incubators/schema.ts';
import { policySchema } from '../collections/policies/schema.ts';
import { projectSchema } from '../collections/projects/schema.ts';
import { storySchema, type ImageHelper } from '../collections/stories/schema.ts';
import { trainingSchema } from '../collections/training/schema.ts';
import { newsSchema } from '../collections/news/schema.ts';
import { eventSchema } from '../collections/events/schema.ts';
import { expertSchema } from '../collections/experts/schema.ts';
import { PROVINCES } from './taxonomies.ts';
import { COLLECTION_NAMES, imageField, type CollectionName } from './field.ts';

/** Keys of T whose value is a date. */
type DateKey<T> = { [K in keyof T]-?: T[K] extends Date ? K : never }[keyof T] & string;

interface CollectionSpec<S extends z.ZodType> {
  /** Section name: navigation, breadcrumbs, search's 栏目 facet, open data, the site map. */
  label: string;
  /** The list page's heading, where it says more than the label. */
  heading: string;
  /** One sentence under the list's heading, also the section's description in the site map and open data. */
  intro: string;
  /** Given the image helper Astro (or a test) supplies. */
  schema: (image: ImageHelper) => S;
  /** The date lists are ordered by (newest first) and search results sort by. */
  dateField: DateKey<z.output<S>>;
  /** Where a list is not newest first: its own order. */
  order?: (a: z.output<S>, b: z.output<S>) => number;
}

const provinceOrder = new Map<string, number>(PROVINCES.map((p, i) => [p.name, i]));

/** Typed per collection: `dateField` must name a date field of that collection's schema. */
const spec = <S extends z.ZodType>(s: CollectionSpec<S>) => s;

export const COLLECTION_SPECS = {
  policies: spec({
    label: '政策文件',
    heading: '政策文件',
    intro: '创业培训、创业服务和创业扶持相关的政策文件，按发布日期由新到旧排列。',
    schema: () => policySchema,
    dateField: 'published',
  }),
  news: spec({
    label: '工作动态',
    heading: '工作动态',
    intro: '各地创业培训、创业服务的工作动态和经验交流，媒体报道，以及活动预告和回顾，按发布日期由新到旧排列。',
    schema: (image: ImageHelper) => newsSchema(image),
    dateField: 'published',
  }),
  stories: spec({
    label: '创业典型',
    heading: '创业典型',
    intro: '宣传创业带头人的典型事迹：各地创业者参加创业培训、获得扶持后开办企业、带动就业的经历。',
    schema: (image: ImageHelper) => storySchema(image),
    dateField: 'updated',
  }),
  projects: spec({
    label: '创业项目',
    heading: '创业项目',
    intro: '创业项目资源库：经征集、论证后向创业者展示和推介的项目，突出本土化、投资少、见效快、市场前景好。这里列出已论证和推介中的项目。',
    schema: () => projectSchema,
    dateField: 'updated',
  }),
  events: spec({
    label: '活动',
    heading: '活动日历',
    intro: '项目推介会、创业交流、考察和结对互助等活动：时间、地点、怎样报名。即将举行的在前，往期活动在后。',
    schema: () => eventSchema,
    dateField: 'start',
  }),
  incubators: spec({
    label: '孵化基地',
    heading: '孵化基地',
    intro: '为缺乏创业经验和经营场地的创业者提供孵化和政策扶持的创业孵化基地、创业园。',
    schema: () => incubatorSchema,
    dateField: 'verified',
  }),
  training: spec({
    label: '培训机构',
    heading: '创业培训定点机构',
    intro: '经省级劳动保障部门认定的创业培训定点机构：开设哪些培训项目、怎样报名、是否免费。',
    schema: () => trainingSchema,
    dateField: 'verified',
  }),
  experts: spec({
    label: '创业专家',
    heading: '创业专家',
    intro: '为创业者提供上门、集中、电话和面谈服务的创业专家：企业家、专家学者和政府工作人员。通过当地人社部门的创业服务窗口预约。',
    schema: () => expertSchema,
    dateField: 'updated',
  }),
  cities: spec({
    label: '重点城市',
    heading: '重点联系城市',
    intro: '全国100个创业培训重点联系城市的分布、工作目标和年度成效。',
    schema: () => citySchema,
    dateField: 'updated',
    // By province in GB/T 2260 order, then by code: how the official list and the map table read.
    order: (a, b) => (provinceOrder.get(a.province) ?? 99) - (provinceOrder.get(b.province) ?? 99) || a.adcode.localeCompare(b.adcode),
  }),
} satisfies Record<CollectionName, CollectionSpec<z.ZodType>>;

type Specs = typeof COLLECTION_SPECS;
/** Every collection's schema, built with the image helper Astro (or a test) supplies. */
export type Schemas = { [N in CollectionName]: Extract<ReturnType<Specs[N]['schema']>, z.ZodType> };

export function schemas(image: ImageHelper): Schemas {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTION_SPECS[name].schema(image)])) as Schemas;
}

/** The schemas outside Astro's content layer (CMS, forms, tools, tests): a photo is the path an editor wrote. */
export const SCHEMAS = schemas(() => imageField(z.string()));

export interface CollectionLink {
  name: CollectionName;
  label: string;
  heading: string;
  intro: string;
  path: string;
}

/** The collections in navigation order, with their section page. */
export const COLLECTIONS: readonly CollectionLink[] = COLLECTION_NAMES.map((name) => {
  const { label, heading, intro } = COLLECTION_SPECS[name];
  return { name, label, heading, intro, path: `/${name}/` };
});

const byName = new Map(COLLECTIONS.map((c) => [c.name, c]));
/** One collection's label, heading, intro and section page. */
export const collectionLink = (name: CollectionName): CollectionLink => byName.get(name)!;

type Data = Record<string, unknown>;

/** How a collection's list is ordered: its registry `order`, else newest first by its `dateField`, then by title so
 * equal dates keep a stable order. */
export function listOrder(name: CollectionName): (a: Data, b: Data) => number {
  // Each spec's `order` and `dateField` are typed by its own schema; entries of that collection are what they get.
  const spec = COLLECTION_SPECS[name] as unknown as { dateField: string; order?: (a: Data, b: Data) => number };
  const time = (d: Data) => (d[spec.dateField] as Date).getTime();
  return spec.order ?? ((a, b) => time(b) - time(a) || String(a.title).localeCompare(String(b.title), 'zh-CN'));
}

export { COLLECTION_NAMES, type CollectionName } from './field.ts';
