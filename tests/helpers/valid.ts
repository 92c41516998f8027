/** Minimal valid entries, one per collection, that tests mutate to break one rule at a time. */
import type { CollectionName } from '../../src/schemas/index.ts';
import { FIXTURE_ROOT, readCollection } from './content.ts';
const base = {
  title: '测试条目',
  summary: '用于测试的摘要。',
  sample: true,
  source: { name: '测试' },
  updated: '2026-11-28',
};

export const validPolicy = () => ({
  ...base,
  doc_number: '劳社部发〔2007〕30号',
  issuers: ['劳动和社会保障部'],
  level: '国家',
  genre: '通知',
  topics: ['创业培训'],
  written: '2007-08-06',
  published: '2007-08-06',
  validity: '待核实',
});

export const validStory = () => ({
  ...base,
  person: '李某（化名）',
  consent: true,
  city: 'chengdu',
  group: '高校毕业生',
  industry: '教育',
  training: ['SYB'],
  support: ['培训'],
  business: '某工作室',
  start_year: 2009,
  jobs: 5,
});

export const validProject = () => ({
  ...base,
  industry: '住宿和餐饮业',
  band: '3–10万',
  invest_min: 40_000,
  invest_max: 80_000,
  groups: ['下岗失业人员'],
  stage: '推介中',
  origin: '公开征集',
  review: { date: '2026-01-15', panel: '专家组', conclusion: '可行' },
  risk: '市场需求可能变化，请先做市场调查。',
  cities: ['chengdu'],
  provider: { org: '某中心', contact: '000-00000000' },
});

export const validIncubator = () => ({
  ...base,
  operator: '某中心',
  model: '政府投资型',
  level: '市级',
  status: '运营中',
  city: 'chengdu',
  address: { district: '锦江区', street: '示例路 1 号' },
  location: { lat: 30.66, lng: 104.07 },
  area: 1000,
  tenants: 10,
  months: 24,
  services: ['场地'],
  fee_relief: '免租一年',
  eligibility: '持合格证书',
  apply: '窗口申请',
  contact: { phone: '000-00000000' },
  verified: '2026-11-01',
});

export const validCity = () => ({
  ...base,
  name: '成都市',
  province: '四川省',
  adcode: '510100',
  location: { lat: 30.66, lng: 104.07 },
  list_status: '待核实',
  list_source: '示例名单',
  agency: '成都市人力资源和社会保障局',
  results: [
    { year: 2008, trained: 1500, passed: 1200, started: 600, jobs: 3000, surviving: 480, source: '示例', sample: true },
  ],
});

export const validTraining = () => ({
  ...base,
  city: 'chengdu',
  authority: '四川省人力资源和社会保障厅',
  recognized: '2024-06-20',
  valid_until: '2027-06-30',
  status: '认定有效',
  courses: ['SYB'],
  trainers: 12,
  fee: '免费',
  schedule: '每月开班一期',
  enrol: '到教务处报名',
  address: { district: '锦江区', street: '示例路 1 号' },
  location: { lat: 30.66, lng: 104.07 },
  contact: { phone: '000-00000000' },
  verified: '2026-11-01',
});

export const validNews = () => ({
  ...base,
  genre: '工作动态',
  published: '2026-11-20',
  city: 'chengdu',
});

export const validEvent = () => ({
  ...base,
  kind: '项目推介会',
  start: '2099-12-10 09:30',
  end: '2099-12-10 16:30',
  city: 'chengdu',
  venue: '某服务中心报告厅',
  address: { district: '锦江区', street: '示例路 1 号' },
  organiser: '某就业服务局',
  signup: { how: '无需报名', phone: '000-00000000', deadline: '2099-12-09 17:00' },
  cost: '免费',
});

export const validExpert = () => ({
  ...base,
  name: '某某',
  kind: '专家学者',
  specialties: ['财务'],
  services: ['面谈服务'],
  city: 'chengdu',
  organisation: '某大学',
  booking: { desk: '某创业服务中心', phone: '000-00000000', how: '电话预约' },
});

/** The examples written out here, for the collections whose tests break them one rule at a time. */
const VALID: Partial<Record<CollectionName, () => object>> = {
  policies: validPolicy,
  stories: validStory,
  projects: validProject,
  incubators: validIncubator,
  training: validTraining,
  cities: validCity,
  news: validNews,
  events: validEvent,
  experts: validExpert,
};

/** A valid entry of any collection: its example above, else the first entry of the behaviour fixture (every
 * collection has one: tests/unit/hostile-fixture.test.ts and the site's build need it). */
export function validEntry(name: CollectionName): object {
  return VALID[name]?.() ?? readCollection(name, FIXTURE_ROOT)[0]!.data;
}
