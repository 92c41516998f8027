/**
 * A synthetic content folder for benchmarks: N entries spread over the collections, every field filled with
 * realistic Chinese text and taxonomy values, plus the real 100 cities. Deterministic (seeded) so runs compare.
 * Never writes to content/: the caller names a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import {
  GROUPS,
  INCUBATOR_LEVELS,
  INCUBATOR_MODELS,
  INCUBATOR_SERVICES,
  INDUSTRY_NAMES,
  INVESTMENT_BANDS,
  LIFECYCLE,
  POLICY_GENRES,
  POLICY_TOPICS,
  PROJECT_ORIGINS,
  SUPPORT_TYPES,
  TRAINING_CODES,
  TRAINING_COURSES,
  TRAINING_FEES,
  VALIDITY,
  NEWS_GENRES,
  EVENT_KINDS,
  EXPERT_KINDS,
  EXPERT_SPECIALTIES,
  SERVICE_FORMS,
} from '../../src/schemas/taxonomies.ts';
import { SETTINGS_FILE } from '../../src/lib/content/content-dir.ts';
import type { CollectionName } from '../../src/schemas/field.ts';
import { readCollection } from '../../src/lib/content/files.ts';

/** The shipped content: the bench corpus keeps its 100 cities and its settings. */
const CONTENT_ROOT = new URL('../../content', import.meta.url).pathname;
/** 劳社部发〔2007〕30号 and its attachments (lsbf-2007-30-plan …): the site's basis, linked from every page. */
const NOTICE_ID = 'lsbf-2007-30';

/** Share of each collection in a corpus of N entries. */
export const DEFAULT_SHARES: Shares = { policies: 0.08, news: 0.08, stories: 0.25, projects: 0.3, events: 0.04, incubators: 0.105, training: 0.105, experts: 0.04 };
/** None of a collection: for benchmarks of one collection. */
export const NO_SHARES: Shares = { policies: 0, news: 0, stories: 0, projects: 0, events: 0, incubators: 0, training: 0, experts: 0 };
/** Each collection's share of the entries, but the cities (the real 100 are copied). A collection left out gets none;
 * one without a generator below gets entries of the common fields (title, summary, source, updated) and a body. */
export type Shares = Partial<Record<Exclude<CollectionName, 'cities'>, number>>;

const PHRASES = [
  '各地要把创业培训作为促进就业的重要措施，结合本地产业特点组织教学',
  '创业者参加SYB培训后，在社区劳动保障平台的帮助下办理了开业手续',
  '项目投资少、见效快，适合在城乡社区推广，市场前景较好',
  '孵化基地为入驻企业提供场地、开业指导、融资服务和跟踪扶持',
  '符合条件的创业培训学员可以申请小额贷款，信用社区提供反担保',
  '按照国家有关规定落实税费减免政策，帮助企业吸纳下岗失业人员就业',
  '专家队伍通过上门服务、电话服务和面谈服务为创业者提供咨询',
  '经营满一年后，企业稳定经营，带动了周边群众就业',
  '项目经专家论证可行后向创业者推荐，帮助其选准创业项目',
  '定期组织创业交流和考察活动，引导创业者成立创业联谊会',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

export function writeCorpus(dir: string, total: number, shares: Shares = DEFAULT_SHARES, seed = 2007): Record<string, number> {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[], max = 3): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(list)))];
  const text = (sentences: number) => Array.from({ length: sentences }, () => `${pick(PHRASES)}。`).join('');
  const date = (year: number) => `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const body = (n: number) => Array.from({ length: n }, () => text(3)).join('\n\n') + '\n';

  rmSync(dir, { recursive: true, force: true });
  const cities = readCollection('cities', CONTENT_ROOT);
  mkdirSync(join(dir, 'cities'), { recursive: true });
  for (const c of cities) cpSync(c.file, join(dir, 'cities', `${c.id}.md`));
  // The real site settings: every page reads them.
  mkdirSync(join(dir, 'settings'), { recursive: true });
  cpSync(join(CONTENT_ROOT, SETTINGS_FILE), join(dir, SETTINGS_FILE));
  // The Ministry's notice and its work plan, as shipped: every page's footer links the notice.
  const notice = readCollection('policies', CONTENT_ROOT).filter((p) => p.id.startsWith(NOTICE_ID));
  mkdirSync(join(dir, 'policies'), { recursive: true });
  for (const p of notice) cpSync(p.file, join(dir, 'policies', basename(p.file)));
  const cityIds = cities.map((c) => c.id);
  const cityLoc = new Map(cities.map((c) => [c.id, c.data.location as { lat: number; lng: number }]));

  const write = (collection: string, id: string, data: object, content: string) => {
    writeFileSync(join(dir, collection, `${id}.md`), `---\n${stringify(data)}---\n\n${content}`);
  };
  const counts: Record<string, number> = { cities: cities.length };
  const base = (title: string, i: number) => ({
    title,
    summary: `${title}。${pick(PHRASES)}。`.slice(0, 110),
    sample: true,
    source: { name: '基准测试生成的示例内容' },
    updated: date(2020 + (i % 6)),
  });

  const place = (i: number) => {
    const city = pick(cityIds);
    const loc = cityLoc.get(city)!;
    return {
      city,
      address: { district: '示例区', street: `示例路 ${i} 号` },
      location: { lat: loc.lat + (r() - 0.5) * 0.2, lng: loc.lng + (r() - 0.5) * 0.2 },
    };
  };

  for (const [collection, share = 0] of Object.entries(shares)) {
    const n = Math.round(total * share);
    counts[collection] = n + (collection === 'policies' ? notice.length : 0);
    mkdirSync(join(dir, collection), { recursive: true });
    for (let i = 0; i < n; i++) {
      const id = `${collection.slice(0, -1)}-${i}`;
      if (collection === 'policies') {
        write(collection, id, {
          ...base(`关于做好第${i + 1}批创业扶持工作的${pick(POLICY_GENRES)}`, i),
          doc_number: `示例发〔${2008 + (i % 15)}〕${i + 1}号`,
          issuers: [`${pick(cities).data.name as string}人力资源和社会保障局`],
          level: '市',
          genre: pick(POLICY_GENRES),
          topics: some(POLICY_TOPICS),
          written: date(2008 + (i % 15)),
          published: date(2008 + (i % 15)),
          validity: pick(VALIDITY),
          index_no: `000000-${i}`,
          cities: some(cityIds, 2),
        }, body(6));
      } else if (collection === 'stories') {
        write(collection, id, {
          ...base(`${pick(GROUPS)}在${pick(INDUSTRY_NAMES)}创业的故事（${i + 1}）`, i),
          person: `某某${i}（化名）`,
          consent: true,
          city: pick(cityIds),
          group: pick(GROUPS),
          industry: pick(INDUSTRY_NAMES),
          training: some(TRAINING_CODES, 2),
          support: some(SUPPORT_TYPES),
          business: `示例企业${i}`,
          start_year: 2008 + (i % 15),
          jobs: 1 + Math.floor(r() * 40),
        }, body(4));
      } else if (collection === 'projects') {
        const band = pick(INVESTMENT_BANDS);
        const max = band.max ?? band.min * 3;
        const stage = pick(LIFECYCLE);
        write(collection, id, {
          ...base(`${pick(INDUSTRY_NAMES)}创业项目第${i + 1}号`, i),
          industry: pick(INDUSTRY_NAMES),
          band: band.value,
          invest_min: band.min,
          invest_max: max,
          groups: some(GROUPS),
          stage,
          origin: pick(PROJECT_ORIGINS),
          review: { date: date(2024), panel: '示例专家组', conclusion: text(1) },
          risk: `${text(1)}市场有风险，创业需谨慎。`,
          payback: `约 ${6 + (i % 30)} 个月`,
          support: some(SUPPORT_TYPES),
          cities: some(cityIds, 3),
          provider: { org: `示例项目中心${i % 50}`, contact: '000-00000000' },
          featured: i % 25 === 0,
        }, body(5));
      } else if (collection === 'training') {
        write(collection, id, {
          ...base(`示例创业培训学校${i + 1}号`, i),
          ...place(i),
          authority: '示例省人力资源和社会保障厅',
          batch: `${2020 + (i % 6)}年第${1 + (i % 3)}批`,
          recognized: date(2020 + (i % 6)),
          valid_until: date(2027 + (i % 3)),
          status: '认定有效',
          courses: some(TRAINING_COURSES, 4),
          trainers: 3 + Math.floor(r() * 40),
          fee: pick(TRAINING_FEES),
          fee_note: text(1),
          schedule: text(1),
          enrol: text(1),
          contact: { phone: '000-00000000', email: 'training@example.org' },
          verified: date(2025),
        }, body(2));
      } else if (collection === 'news') {
        const published = date(2020 + (i % 7));
        write(collection, id, {
          ...base(`示例${pick(cities).data.name as string}创业工作动态第${i + 1}期`, i),
          updated: published,
          genre: pick(NEWS_GENRES),
          published,
          city: pick(cityIds),
        }, body(4));
      } else if (collection === 'events') {
        const day = date(2024 + (i % 4));
        write(collection, id, {
          ...base(`示例${pick(EVENT_KINDS)}第${i + 1}场`, i),
          kind: pick(EVENT_KINDS),
          start: `${day} 09:30`,
          end: `${day} 16:30`,
          ...place(i),
          venue: `示例会议中心${i % 40}号厅`,
          organiser: '示例市就业服务中心',
          signup: { how: text(1), phone: '000-00000000' },
          cost: '免费',
        }, body(2));
      } else if (collection === 'experts') {
        write(collection, id, {
          ...base(`示例${pick(EXPERT_SPECIALTIES)}咨询专家${i + 1}号`, i),
          name: `某某${i}`,
          kind: pick(EXPERT_KINDS),
          specialties: some(EXPERT_SPECIALTIES, 2),
          industries: some(INDUSTRY_NAMES, 2),
          services: some(SERVICE_FORMS, 3),
          city: pick(cityIds),
          organisation: `示例单位${i % 60}`,
          booking: { desk: '示例市创业服务中心', phone: '000-00000000', how: text(1) },
        }, body(1));
      } else if (collection === 'incubators') {
        write(collection, id, {
          ...base(`示例创业孵化基地${i + 1}号`, i),
          operator: `示例运营公司${i % 100}`,
          model: pick(INCUBATOR_MODELS),
          level: pick(INCUBATOR_LEVELS),
          batch: `第${1 + (i % 5)}批`,
          status: '运营中',
          ...place(i),
          area: 1000 + Math.floor(r() * 30000),
          tenants: Math.floor(r() * 200),
          months: 6 + Math.floor(r() * 31),
          services: some(INCUBATOR_SERVICES, 5),
          fee_relief: text(1),
          eligibility: text(1),
          apply: text(1),
          contact: { phone: '000-00000000', email: 'base@example.org' },
          verified: date(2025),
        }, body(3));
      } else {
        write(collection, id, base(`示例${collection}第${i + 1}条`, i), body(2));
      }
    }
  }
  return counts;
}

/**
 * Makes a corpus a git repository of its own, as an office's content is: every file added on one day, then one in
 * twenty changed (a trailing newline: the pages stay the same) and committed on another, as the CMS commits an update.
 */
export function commitCorpus(dir: string): void {
  const git = (args: string[], when?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: '基准', GIT_AUTHOR_EMAIL: 'bench@example.cn', GIT_COMMITTER_NAME: '基准', GIT_COMMITTER_EMAIL: 'bench@example.cn', ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}) };
    const run = spawnSync('git', ['-C', dir, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  };
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', '新增基准内容'], '2026-01-05T10:00:00+08:00');
  let n = 0;
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const file of readdirSync(join(dir, folder.name)).filter((f) => f.endsWith('.md'))) {
      if (n++ % 20 === 0) appendFileSync(join(dir, folder.name, file), '\n');
    }
  }
  git(['commit', '-q', '-a', '-m', '更新基准内容'], '2026-06-01T10:00:00+08:00');
}
