/**
 * The judged query set: what people type into the search box, and what a good top 3 holds, decided from what the
 * fixture's pages say (tests/fixtures/site), never from what the search happened to return. `good` names the
 * acceptable pages, by path or by a rule over an entry's fields (a budget, a group, a city); the first result must
 * be one of them, and for precision at 3 the top 3 are compared with them. npm test runs it
 * (tests/e2e/relevance.spec.ts) and prints the score.
 */
import type { ContentFile } from '../helpers/content.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { asText } from '../../src/lib/core/format.ts';

export type Audience = '创业者' | '公众' | '编辑';
export interface Entry extends ContentFile {
  collection: CollectionName;
}
export type Judge = (e: Entry) => boolean;

export interface Judgement {
  q: string;
  audience: Audience;
  /** Why these pages answer it. */
  why: string;
  good: Judge;
}

const NOTICE = '/policies/lsbf-2007-30/';
const PLAN = '/policies/lsbf-2007-30-plan/';
const path = (e: Entry) => `/${e.collection}/${e.id}/`;
const pages =
  (...paths: string[]): Judge =>
  (e) =>
    paths.includes(path(e));
const any =
  (...judges: Judge[]): Judge =>
  (e) =>
    judges.some((j) => j(e));
const list = (v: unknown) => (Array.isArray(v) ? v.map(asText) : v === undefined ? [] : [asText(v)]);
/** Still recommended: not withdrawn, not past its 有效期. */
const offered = (e: Entry) => e.data.stage !== '已下架' && !(e.data.valid_until && new Date(asText(e.data.valid_until)) < new Date());
const project = (rule: (e: Entry) => boolean): Judge => (e) => e.collection === 'projects' && offered(e) && rule(e);
/** A project someone with this budget (元) can start: its minimum investment fits. */
const withinBudget = (yuan: number) => project((e) => Number(e.data.invest_min) <= yuan);
const forGroup = (group: string): Judge => (e) =>
  (e.collection === 'projects' && offered(e) && list(e.data.groups).includes(group)) || (e.collection === 'stories' && e.data.group === group);
const inCity = (city: string): Judge => (e) => (e.collection === 'cities' ? e.id === city : e.data.city === city || list(e.data.cities).includes(city));
const titled = (re: RegExp): Judge => (e) => re.test(String(e.data.title ?? e.data.name));
const kind = (collection: Entry['collection']): Judge => (e) => e.collection === collection;
const POLICIES = pages(NOTICE, PLAN);
/** A training institution founders may be sent to today that teaches this course. */
const teaches = (course: string): Judge => (e) =>
  e.collection === 'training' &&
  e.data.status === '认定有效' &&
  !(e.data.valid_until && new Date(asText(e.data.valid_until)) < new Date()) &&
  list(e.data.courses).includes(course);

export const JUDGEMENTS: Judgement[] = [
  // 创业者: money, budget, who they are, what business
  { q: '贷款', audience: '创业者', why: 'the work plan and the notice set out 小额担保贷款 for founders', good: POLICIES },
  { q: '小额贷款', audience: '创业者', why: 'the plan: 小额贷款 for trained founders', good: POLICIES },
  { q: '小额担保贷款', audience: '创业者', why: 'the official name of the loan the plan and notice mean', good: POLICIES },
  { q: '创业担保贷款', audience: '创业者', why: 'today’s name of the same loan', good: POLICIES },
  { q: '贷款政策', audience: '创业者', why: 'the policies that grant the loan', good: POLICIES },
  { q: '税收减免', audience: '创业者', why: 'the plan: 税费减免 for new businesses', good: POLICIES },
  { q: '减税', audience: '创业者', why: 'same', good: POLICIES },
  {
    q: 'SYB',
    audience: '创业者',
    why: 'the notice builds the SYB training brand and the plan sets its targets; a founder typing the course name may as well want a place that teaches it',
    good: any(POLICIES, teaches('SYB')),
  },
  { q: '创业培训机构', audience: '创业者', why: 'the 创业培训定点机构 the notice has provinces recognise', good: kind('training') },
  { q: '定点机构', audience: '创业者', why: 'same, in the notice’s own words: the notice and plan that set them up lead (official documents first), then the institutions', good: any(kind('training'), POLICIES) },
  { q: '网络创业培训', audience: '创业者', why: 'the institutions that teach it online', good: teaches('网络创业培训') },
  { q: '成都 创业培训', audience: '创业者', why: 'where to train in 成都: its institutions, or the city page that lists them', good: any(pages('/cities/chengdu/'), (e) => kind('training')(e) && e.data.city === 'chengdu') },
  { q: '创业培训 合格率', audience: '创业者', why: 'the plan’s ≥80 % pass-rate target', good: POLICIES },
  { q: '开店', audience: '创业者', why: 'shops one can open, still on offer', good: project((e) => /店|馆|铺/.test(String(e.data.title)) || /门店|店铺|开店/.test(e.body)) },
  { q: '5万以下', audience: '创业者', why: 'projects whose minimum investment is at most 5万元', good: withinBudget(50_000) },
  { q: '3万以内的项目', audience: '创业者', why: 'projects startable with 3万元', good: withinBudget(30_000) },
  { q: '不超过10万', audience: '创业者', why: 'projects startable with 10万元', good: withinBudget(100_000) },
  { q: '投资少', audience: '创业者', why: 'the smallest band, ≤3万', good: withinBudget(30_000) },
  { q: '小本创业', audience: '创业者', why: 'small-capital projects, ≤3万', good: withinBudget(30_000) },
  { q: '貸款', audience: '创业者', why: 'traditional characters for 贷款', good: POLICIES },
  { q: '創業培訓', audience: '创业者', why: 'traditional characters for 创业培训', good: POLICIES },
  { q: 'daikuan', audience: '创业者', why: 'pinyin for 贷款', good: POLICIES },
  { q: 'loan', audience: '创业者', why: 'English for 贷款', good: POLICIES },
  { q: 'chengdu', audience: '创业者', why: 'pinyin for 成都: the city and what is there', good: inCity('chengdu') },
  { q: '孵化基地', audience: '创业者', why: 'incubation bases', good: any(kind('incubators'), pages(PLAN)) },
  { q: '创业园', audience: '创业者', why: '创业园 is a kind of incubation base; the plan that sets them up leads (official documents first)', good: any(kind('incubators'), pages(PLAN)) },
  { q: '孵化器', audience: '创业者', why: 'another word for 孵化基地', good: kind('incubators') },
  { q: '成都 孵化', audience: '创业者', why: 'incubation bases in Chengdu', good: (e) => e.collection === 'incubators' && e.data.city === 'chengdu' },
  { q: '大学生创业', audience: '创业者', why: 'graduates: their stories, projects and student incubators', good: any(forGroup('高校毕业生'), titled(/大学生|青年/)) },
  { q: '高校毕业生', audience: '创业者', why: 'same group, official wording', good: any(forGroup('高校毕业生'), titled(/大学生|青年/)) },
  { q: '下岗', audience: '创业者', why: 'laid-off workers: the plan’s 「做好下岗失业人员创业」 leads (official documents first), then their projects and stories', good: any(forGroup('下岗失业人员'), pages(PLAN)) },
  { q: '失业人员创业', audience: '创业者', why: 'same group; the plan’s 「做好下岗失业人员创业培训工作」', good: any(forGroup('下岗失业人员'), pages(PLAN)) },
  { q: '农民工返乡', audience: '创业者', why: 'returning migrant workers', good: any(forGroup('农村劳动者'), titled(/返乡/)) },
  { q: '返乡创业', audience: '创业者', why: 'same', good: any(forGroup('农村劳动者'), titled(/返乡/)) },
  { q: '退役军人', audience: '创业者', why: 'veterans: stories and the veterans’ incubator', good: any(forGroup('复员转业退伍军人'), titled(/退役军人|复员|军人/)) },
  { q: '复员转业', audience: '创业者', why: 'veterans, the plan’s wording (the plan leads: official documents first)', good: any(forGroup('复员转业退伍军人'), titled(/退役军人|复员|军人/), pages(PLAN)) },
  { q: '残疾人', audience: '创业者', why: 'disabled founders; the plan names them among the groups to serve (official documents first)', good: any(forGroup('残疾人'), titled(/残疾人/), pages(PLAN)) },
  { q: '农家乐', audience: '创业者', why: 'the farm-stay project and story', good: titled(/农家乐/) },
  { q: '家政', audience: '创业者', why: 'housekeeping project and story', good: titled(/家政/) },
  { q: '电商', audience: '创业者', why: 'e-commerce projects, stories, the e-commerce park', good: any(titled(/电商|网店/), (e) => e.collection === 'projects' && offered(e) && /电商/.test(String(e.data.title))) },
  { q: '维修', audience: '创业者', why: 'repair businesses', good: any(project((e) => /维修/.test(String(e.data.title))), titled(/维修/)) },
  { q: '早餐', audience: '创业者', why: 'the breakfast project', good: titled(/早餐/) },
  {
    q: '农业',
    audience: '创业者',
    why: 'farming: entries in 农、林、牧、渔业 and those named for it',
    good: any((e) => e.data.industry === '农、林、牧、渔业', titled(/农业|农/)),
  },
  {
    q: '10万以下 农业',
    audience: '创业者',
    why: 'farming projects startable with 10万元',
    good: project((e) => Number(e.data.invest_min) <= 100_000 && e.data.industry === '农、林、牧、渔业'),
  },
  // 公众: the notice, the plan, the cities
  { q: '劳社部发〔2007〕30号', audience: '公众', why: 'the document number of the notice and its plan', good: POLICIES },
  { q: '30号文', audience: '公众', why: 'how people cite the notice', good: POLICIES },
  { q: '100个重点联系城市', audience: '公众', why: 'the plan for the 100 key cities', good: pages(PLAN, NOTICE) },
  { q: '稳定经营率', audience: '公众', why: 'the plan’s one-year survival target', good: pages(PLAN) },
  { q: '带动就业', audience: '公众', why: 'the 1:5 target in the plan, and founders who created jobs', good: any(pages(PLAN, NOTICE), kind('stories')) },
  { q: '成都市', audience: '公众', why: 'the city page', good: inCity('chengdu') },
  { q: '北京', audience: '公众', why: 'Beijing: the city and what is there', good: inCity('beijing') },
  { q: '西安 创业', audience: '公众', why: 'founders and bases in Xi’an', good: inCity('xian') },
  // 编辑: stages and the project library's work
  { q: '征集中', audience: '编辑', why: 'projects being collected', good: (e) => e.collection === 'projects' && e.data.stage === '征集中' },
  { q: '已论证', audience: '编辑', why: 'reviewed projects', good: (e) => e.collection === 'projects' && e.data.stage === '已论证' },
  {
    q: '创业项目资源库',
    audience: '编辑',
    why: 'the plan asks for the library; every project page says it is an entry of it',
    good: any(pages(PLAN), kind('projects')),
  },
  { q: '专家论证', audience: '编辑', why: 'the plan’s review step, and projects reviewed by experts', good: any(POLICIES, (e) => e.collection === 'projects' && e.data.review !== undefined) },

  // Official documents first (src/search/state.ts, officialFirst): the programmes and services the notice and
  // its plan establish, which sample stories, projects and institutions also mention. The document that sets them
  // up comes first.
  // Without the rule a sample entry leads on these four (checked with it switched off).
  { q: '创业孵化', audience: '创业者', why: 'the plan sets up 创业孵化基地; sample incubators only say they are one', good: pages(PLAN) },
  { q: '培训补贴', audience: '创业者', why: 'the notice grants the training subsidy; sample institutions say they pass it on', good: POLICIES },
  { q: '创业带头人', audience: '公众', why: 'the notice asks for 创业带头人 to be publicised; sample stories tell of them', good: POLICIES },
  { q: '论证', audience: '编辑', why: 'the plan’s 专家论证 of projects; sample projects carry a review record', good: pages(PLAN) },
  // And where the document already led: it must keep leading.
  { q: '开业指导', audience: '创业者', why: 'the plan sets up 开业指导 for trained founders', good: pages(PLAN) },
  { q: '跟踪服务', audience: '创业者', why: 'the plan’s （十）加强跟踪服务', good: pages(PLAN) },
  { q: '专家队伍', audience: '公众', why: 'the plan’s （六）建立专家队伍', good: pages(PLAN) },
  { q: '创业联谊会', audience: '创业者', why: 'the plan asks cities to help founders form 创业联谊会', good: pages(PLAN) },
  { q: '结对互助', audience: '创业者', why: 'the plan’s 结对互助活动 between founders', good: pages(PLAN) },
  { q: '创业服务', audience: '公众', why: 'the notice and the plan define the 创业服务 the key cities provide', good: POLICIES },
];
