/**
 * Every controlled vocabulary of the portal, in one place. Schemas, list filters, search facets and the
 * CMS select widgets all read these arrays; nothing else may spell a value out again.
 */

/** The 34 provincial-level divisions, with their GB/T 2260 codes (two-digit prefix of every adcode). */
export const PROVINCES = [
  { code: '110000', name: '北京市', short: '北京', municipality: true },
  { code: '120000', name: '天津市', short: '天津', municipality: true },
  { code: '130000', name: '河北省', short: '河北' },
  { code: '140000', name: '山西省', short: '山西' },
  { code: '150000', name: '内蒙古自治区', short: '内蒙古' },
  { code: '210000', name: '辽宁省', short: '辽宁' },
  { code: '220000', name: '吉林省', short: '吉林' },
  { code: '230000', name: '黑龙江省', short: '黑龙江' },
  { code: '310000', name: '上海市', short: '上海', municipality: true },
  { code: '320000', name: '江苏省', short: '江苏' },
  { code: '330000', name: '浙江省', short: '浙江' },
  { code: '340000', name: '安徽省', short: '安徽' },
  { code: '350000', name: '福建省', short: '福建' },
  { code: '360000', name: '江西省', short: '江西' },
  { code: '370000', name: '山东省', short: '山东' },
  { code: '410000', name: '河南省', short: '河南' },
  { code: '420000', name: '湖北省', short: '湖北' },
  { code: '430000', name: '湖南省', short: '湖南' },
  { code: '440000', name: '广东省', short: '广东' },
  { code: '450000', name: '广西壮族自治区', short: '广西' },
  { code: '460000', name: '海南省', short: '海南' },
  { code: '500000', name: '重庆市', short: '重庆', municipality: true },
  { code: '510000', name: '四川省', short: '四川' },
  { code: '520000', name: '贵州省', short: '贵州' },
  { code: '530000', name: '云南省', short: '云南' },
  { code: '540000', name: '西藏自治区', short: '西藏' },
  { code: '610000', name: '陕西省', short: '陕西' },
  { code: '620000', name: '甘肃省', short: '甘肃' },
  { code: '630000', name: '青海省', short: '青海' },
  { code: '640000', name: '宁夏回族自治区', short: '宁夏' },
  { code: '650000', name: '新疆维吾尔自治区', short: '新疆' },
  { code: '710000', name: '台湾省', short: '台湾' },
  { code: '810000', name: '香港特别行政区', short: '香港' },
  { code: '820000', name: '澳门特别行政区', short: '澳门' },
] as const satisfies readonly { code: string; name: string; short: string; municipality?: boolean }[];

export type ProvinceName = (typeof PROVINCES)[number]['name'];
export const PROVINCE_NAMES = PROVINCES.map((p) => p.name) as [ProvinceName, ...ProvinceName[]];

/** The 20 sections (门类) of GB/T 4754-2017 国民经济行业分类. */
export const INDUSTRIES = [
  { code: 'A', name: '农、林、牧、渔业' },
  { code: 'B', name: '采矿业' },
  { code: 'C', name: '制造业' },
  { code: 'D', name: '电力、热力、燃气及水生产和供应业' },
  { code: 'E', name: '建筑业' },
  { code: 'F', name: '批发和零售业' },
  { code: 'G', name: '交通运输、仓储和邮政业' },
  { code: 'H', name: '住宿和餐饮业' },
  { code: 'I', name: '信息传输、软件和信息技术服务业' },
  { code: 'J', name: '金融业' },
  { code: 'K', name: '房地产业' },
  { code: 'L', name: '租赁和商务服务业' },
  { code: 'M', name: '科学研究和技术服务业' },
  { code: 'N', name: '水利、环境和公共设施管理业' },
  { code: 'O', name: '居民服务、修理和其他服务业' },
  { code: 'P', name: '教育' },
  { code: 'Q', name: '卫生和社会工作' },
  { code: 'R', name: '文化、体育和娱乐业' },
  { code: 'S', name: '公共管理、社会保障和社会组织' },
  { code: 'T', name: '国际组织' },
] as const;
export type IndustryName = (typeof INDUSTRIES)[number]['name'];
export const INDUSTRY_NAMES = INDUSTRIES.map((i) => i.name) as [IndustryName, ...IndustryName[]];

/** 适合人群: the groups named in the work plan, section 三（二）. */
export const GROUPS = ['下岗失业人员', '高校毕业生', '农村劳动者', '复员转业退伍军人', '残疾人', '其他城乡创业者'] as const;

/** The SYB family of ILO training courses (产生/创办/改善/扩大你的企业). */
export const TRAININGS = [
  { code: 'GYB', name: '产生你的企业想法' },
  { code: 'SYB', name: '创办你的企业' },
  { code: 'IYB', name: '改善你的企业' },
  { code: 'EYB', name: '扩大你的企业' },
] as const;
export type TrainingCode = (typeof TRAININGS)[number]['code'];
export const TRAINING_CODES = TRAININGS.map((t) => t.code) as [TrainingCode, ...TrainingCode[]];
/** What a 创业培训定点机构 is recognised to teach: the SYB family, then the other formats the ministry recognises. */
export const TRAINING_COURSES = [...TRAINING_CODES, '网络创业培训', '创业模拟实训'] as const;
export type TrainingCourse = (typeof TRAINING_COURSES)[number];
/** 「SYB（创办你的企业）」: the code a founder meets on posters, with what it means. */
export const courseName = (course: TrainingCourse) => {
  const syb = TRAININGS.find((t) => t.code === course);
  return syb ? `${syb.code}（${syb.name}）` : course;
};
/** 认定状态 of a training institution; only a recognised one (within its 有效期) is recommended to founders. */
export const TRAINING_STATUS = ['认定有效', '暂停招生', '已撤销认定'] as const;
export type TrainingStatus = (typeof TRAINING_STATUS)[number];
export const RECOGNISED_TRAINING: TrainingStatus = '认定有效';
/** Still recognised, but taking no one for now. */
export const PAUSED_TRAINING: TrainingStatus = '暂停招生';
/** Who pays: eligible groups train free under 创业培训补贴 (通知 三). */
export const TRAINING_FEES = ['免费', '部分补贴', '自费'] as const;

/** 投资额区间, in 元; `max` is inclusive, null means open-ended. */
export const INVESTMENT_BANDS = [
  { value: '≤3万', min: 0, max: 30_000 },
  { value: '3–10万', min: 30_000, max: 100_000 },
  { value: '10–50万', min: 100_000, max: 500_000 },
  { value: '>50万', min: 500_000, max: null },
] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number]['value'];
export const INVESTMENT_BAND_VALUES = INVESTMENT_BANDS.map((b) => b.value) as [InvestmentBand, ...InvestmentBand[]];

/** 项目状态, in the order a project moves through 开发、征集、论证、展示和推介. */
export const LIFECYCLE = ['开发中', '征集中', '论证中', '已论证', '推介中', '已下架'] as const;
/** From this stage on a project must carry its expert review record. */
export const REVIEWED_FROM: (typeof LIFECYCLE)[number] = '已论证';
export type Stage = (typeof LIFECYCLE)[number];
/** The stages in which a project is recommended to founders (while within its 有效期). */
export const OFFERED_STAGES: readonly Stage[] = ['推介中', '已论证'];
/** Where a project sent in through the call form (项目征集) starts, and where it comes from. */
export const SUBMITTED_STAGE: Stage = '征集中';
export const SUBMITTED_ORIGIN: (typeof PROJECT_ORIGINS)[number] = '创业者提交';
/** The stage the home page and the story pages promote. */
export const PROMOTED_STAGE: Stage = '推介中';
/** A project taken out of the library: still reachable, never recommended. */
export const WITHDRAWN_STAGE: Stage = '已下架';

export const VALIDITY = ['现行有效', '已修改', '已废止', '已失效', '待核实'] as const;
export type Validity = (typeof VALIDITY)[number];
export const CURRENT_VALIDITY: Validity = '现行有效';
/** Nobody has checked whether the document is still in force. */
export const UNVERIFIED_VALIDITY: Validity = '待核实';
export const POLICY_LEVELS = ['国家', '省', '市', '县'] as const;
export const POLICY_GENRES = ['通知', '意见', '办法', '方案', '规定', '决定', '公告', '解读'] as const;
/** 政策解读: a plain-language reading of a document, linked from its `interpretations`. */
export const READING_GENRE: (typeof POLICY_GENRES)[number] = '解读';
export const POLICY_TOPICS = [
  '创业培训',
  '创业服务',
  '小额贷款',
  '税费减免',
  '创业孵化',
  '创业项目',
  '重点城市',
  '就业再就业',
  '师资队伍',
  '宣传',
] as const;

/** Support a founder can receive (stories record what they had; projects what is available). */
export const SUPPORT_TYPES = ['培训', '小额贷款', '孵化', '补贴', '导师', '税费减免', '场地'] as const;

export const PROJECT_ORIGINS = ['公开征集', '自主开发', '专家推荐', '创业者提交', '合作机构推荐'] as const;

export const INCUBATOR_MODELS = ['政府投资型', '社会投资型', '多元投资型'] as const;
export const INCUBATOR_LEVELS = ['国家级', '省级', '市级', '区县级', '未认定'] as const;
export const INCUBATOR_STATUS = ['运营中', '暂停', '关闭'] as const;
export type IncubatorStatus = (typeof INCUBATOR_STATUS)[number];
/** The incubator takes in founders. */
export const OPEN_INCUBATOR: IncubatorStatus = '运营中';
export const INCUBATOR_SERVICES = [
  '场地',
  '开业指导',
  '融资服务',
  '政策咨询',
  '创业培训',
  '导师辅导',
  '财税代理',
  '法律服务',
  '市场推广',
  '跟踪扶持',
] as const;

/** 工作动态's genres: news of the work, 经验交流 between places, press coverage, and the notices before and reports
 * after an event. */
export const NEWS_GENRES = ['工作动态', '经验交流', '媒体报道', '活动预告', '活动回顾'] as const;

/** 活动: the plan's 项目推介 and （十）跟踪服务 (创业交流、考察、结对互助), and policy briefings. */
export const EVENT_KINDS = ['项目推介会', '创业交流', '考察', '结对互助', '政策宣讲'] as const;
export const EVENT_STATUS = ['按计划举行', '已延期', '已取消'] as const;
export type EventStatus = (typeof EVENT_STATUS)[number];
/** An event that will not take place: its page says so and calendars get STATUS:CANCELLED. */
export const CANCELLED_EVENT: EventStatus = '已取消';
export const POSTPONED_EVENT: EventStatus = '已延期';

/** 创业专家 (plan （六）建立专家队伍): who they are, what they advise on, and how they serve founders. */
export const EXPERT_KINDS = ['企业家', '专家学者', '政府工作人员'] as const;
export const EXPERT_SPECIALTIES = ['财务', '法律', '营销', '技术', '融资', '经营管理', '电子商务', '政策咨询'] as const;
export const SERVICE_FORMS = ['上门服务', '集中服务', '电话服务', '面谈服务'] as const;

export const LIST_STATUS = ['已核实', '待核实'] as const;
export type ListStatus = (typeof LIST_STATUS)[number];
/** The city is on the official list (list_source names the document). */
export const VERIFIED_LIST: ListStatus = '已核实';

/** Every taxonomy by name, so tests and generated configs can iterate them. */
export const TAXONOMIES = {
  provinces: PROVINCE_NAMES,
  industries: INDUSTRY_NAMES,
  groups: GROUPS,
  trainings: TRAINING_CODES,
  investmentBands: INVESTMENT_BAND_VALUES,
  lifecycle: LIFECYCLE,
  validity: VALIDITY,
  policyLevels: POLICY_LEVELS,
  policyGenres: POLICY_GENRES,
  policyTopics: POLICY_TOPICS,
  supportTypes: SUPPORT_TYPES,
  projectOrigins: PROJECT_ORIGINS,
  incubatorModels: INCUBATOR_MODELS,
  incubatorLevels: INCUBATOR_LEVELS,
  incubatorStatus: INCUBATOR_STATUS,
  incubatorServices: INCUBATOR_SERVICES,
  trainingCourses: TRAINING_COURSES,
  trainingStatus: TRAINING_STATUS,
  trainingFees: TRAINING_FEES,
  listStatus: LIST_STATUS,
  newsGenres: NEWS_GENRES,
  eventKinds: EVENT_KINDS,
  eventStatus: EVENT_STATUS,
  expertKinds: EXPERT_KINDS,
  expertSpecialties: EXPERT_SPECIALTIES,
  serviceForms: SERVICE_FORMS,
} as const;

export function provinceByName(name: string) {
  return PROVINCES.find((p) => p.name === name);
}

export function bandFor(amount: number) {
  return INVESTMENT_BANDS.find((b) => amount > b.min && (b.max === null || amount <= b.max)) ?? INVESTMENT_BANDS[0];
}

/**
 * ASCII keys for URLs of filtered lists (/projects/filter/<facet>/<key>/), one per taxonomy value. Industries use
 * their GB/T 4754 section letter; cities their id.
 */
export const URL_KEYS: Record<string, Readonly<Record<string, string>>> = {
  industry: Object.fromEntries(INDUSTRIES.map((i) => [i.name, i.code.toLowerCase()])),
  band: { '≤3万': 'under-30k', '3–10万': '30k-100k', '10–50万': '100k-500k', '>50万': 'over-500k' },
  group: { 下岗失业人员: 'laid-off', 高校毕业生: 'graduates', 农村劳动者: 'rural', 复员转业退伍军人: 'veterans', 残疾人: 'disabled', 其他城乡创业者: 'others' },
  stage: { 开发中: 'developing', 征集中: 'collecting', 论证中: 'reviewing', 已论证: 'reviewed', 推介中: 'promoted', 已下架: 'withdrawn' },
  support: { 培训: 'training', 小额贷款: 'microloans', 孵化: 'incubation', 补贴: 'subsidies', 导师: 'mentors', 税费减免: 'tax-relief', 场地: 'premises' },
} satisfies {
  industry: Record<string, string>;
  band: Record<InvestmentBand, string>;
  group: Record<(typeof GROUPS)[number], string>;
  stage: Record<Stage, string>;
  support: Record<(typeof SUPPORT_TYPES)[number], string>;
};

/**
 * One-character province abbreviations that open a mainland filing number (京ICP备…, 粤公网安备…); both forms where a
 * province has two (川/蜀, 贵/黔, 云/滇, 陕/秦, 甘/陇).
 */
export const FILING_PREFIXES = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新';
/** ICP备案号 (or ICP经营许可证号), e.g. 京ICP备12345678号-1; shown in the footer, linked to MIIT's filing system. */
export const ICP_PATTERN = new RegExp(`^[${FILING_PREFIXES}]ICP[备证]\\d{5,10}号(?:-\\d{1,3})?$`);
export const ICP_LINK = 'https://beian.miit.gov.cn/';
/** 公安机关互联网站安全备案号, e.g. 京公网安备11010502030143号 (14 digits), linked to the MPS filing system. */
export const PSB_PATTERN = new RegExp(`^[${FILING_PREFIXES}]公网安备\\s?(\\d{14})号$`);
export const psbLink = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

/**
 * 投资预算 a founder can search by, in 万元: a project fits a budget when its minimum investment does. The search
 * reads 「5万以下」「不超过10万」「投资少」 as the largest step within what was typed.
 */
export const BUDGET_STEPS = [1, 2, 3, 5, 8, 10, 20, 30, 50, 100] as const;
export const budgetLabel = (step: number) => `${step}万元以内可启动`;
/** Words for 「little money」: the smallest band, ≤3万. */
export const SMALL_BUDGET_WORDS = ['投资少', '投资小', '小本', '低投资', '低成本', '少投入', '小成本', '本钱少'] as const;
export const SMALL_BUDGET = 3;
