/**
 * 项目征集: the public form's fields, and how its answers become a project entry in the collection's own format.
 * The page checks the entry with the same zod schema the build uses, so an editor can add the file as it is.
 * Limits (lengths, minimums) are read from the schema; the form asks for nothing technical — the web address is
 * made from the title's pinyin.
 *
 * Personal information (PIPL): the name and phone the editors need for the review go only into the e-mail to
 * them (the cover letter), never into the project file. A contact is published only when the person ticks its
 * own box (单独同意) and fills the public contact, which the file then records with its consent.
 */
import { z } from 'astro/zod';
import { markdownFile } from '../core/frontmatter.ts';
import { projectSchema } from '../../collections/projects/schema.ts';
import { personal } from '../../schemas/field.ts';
import { bandFor, GROUPS, INDUSTRY_NAMES, SUBMITTED_ORIGIN, SUBMITTED_STAGE, SUPPORT_TYPES } from '../../schemas/taxonomies.ts';
import { fieldsOf, type FieldInfo } from '../../schemas/walk.ts';
import { isoDate } from '../core/format.ts';
import { formList, formText } from '../core/form-data.ts';

const FIELDS = fieldsOf(projectSchema);

/** The review contact: asked of everyone, sent to the editors only. Checked on the form, never written to a file. */
export const reviewContactSchema = z.strictObject({
  reviewer: personal(z.string().trim().min(1, '必填，尚未填写').max(40, '不超过 40 字'), '您的姓名'),
  review_contact: personal(
    z
      .string()
      .trim()
      .min(1, '必填，尚未填写')
      .max(60, '不超过 60 字')
      .regex(/^(?:[0-9+\-() ]{5,20}|[^@\s]+@[^@\s]+\.[^@\s]+)$/, '请填写电话号码或邮箱地址'),
    '联系电话或邮箱',
  ),
});
const REVIEW = fieldsOf(reviewContactSchema);
const nested = (info: FieldInfo | undefined, key: string) => (info?.kind === 'object' ? info.fields[key] : undefined);

/** The form's parts: the project (published once reviewed), the review contact (editors only), and the optional
 * public contact with its consent. */
export type CallSection = 'project' | 'review' | 'public';

/** Each part's heading and what happens to its answers, said beside them (PIPL Art. 17: notice). */
export const CALL_SECTIONS: readonly { id: CallSection; legend: string; note: string }[] = [
  { id: 'project', legend: '项目信息', note: '审核通过后在本站公开，供创业者查阅。' },
  {
    id: 'review',
    legend: '审核联系方式（只发给编辑，不公开）',
    note: '编辑审核项目时用来联系您。它们只写在发给编辑的邮件里，不写入项目文件，不会出现在本站任何页面、海报、搜索结果或开放数据中；审核结束后按个人信息保护声明删除。',
  },
  {
    id: 'public',
    legend: '公开联系方式（可选，需要您单独同意）',
    note: '希望创业者直接联系您时填写。只有勾选同意后，下面的联系人和联系方式才会随项目公开。',
  },
];

export interface CallField {
  /** The control's name, also the key of the answer. */
  name: string;
  label: string;
  control: 'text' | 'textarea' | 'number' | 'select' | 'checkboxes' | 'checkbox';
  section: CallSection;
  /** The schema field it fills: its limits and allowed values apply. */
  info?: FieldInfo | undefined;
  options?: readonly string[];
  required?: boolean;
  hint?: string | undefined;
  rows?: number;
}

const text = (info: FieldInfo | undefined) => (info?.kind === 'string' ? info : undefined);
const lengthNote = (info: FieldInfo | undefined) => {
  const t = text(info);
  return t?.maxLength ? `不超过 ${t.maxLength} 字` : t?.minLength && t.minLength > 1 ? `不少于 ${t.minLength} 字` : undefined;
};

/** The schema's label, where the public's word is the same. */
const labelOf = (info: FieldInfo | undefined) => info?.meta?.label ?? '';

/** The form, in order. Labels are the public's words; the schema field each fills gives its rules. */
export const CALL_FIELDS: CallField[] = [
  { section: 'project', name: 'title', label: '项目名称', control: 'text', info: FIELDS.title, required: true, hint: lengthNote(FIELDS.title) },
  { section: 'project', name: 'summary', label: '一句话简介', control: 'textarea', rows: 2, info: FIELDS.summary, required: true, hint: lengthNote(FIELDS.summary) },
  { section: 'project', name: 'industry', label: '行业', control: 'select', info: FIELDS.industry, options: INDUSTRY_NAMES, required: true },
  { section: 'project', name: 'invest_min', label: '最低投资额（元）', control: 'number', info: FIELDS.invest_min, required: true },
  { section: 'project', name: 'invest_max', label: '最高投资额（元）', control: 'number', info: FIELDS.invest_max, required: true },
  { section: 'project', name: 'groups', label: labelOf(FIELDS.groups), control: 'checkboxes', info: FIELDS.groups, options: GROUPS, required: true, hint: '可多选' },
  { section: 'project', name: 'risk', label: labelOf(FIELDS.risk), control: 'textarea', rows: 3, info: FIELDS.risk, required: true, hint: `${lengthNote(FIELDS.risk) ?? ''}，如需要的技能、季节性、市场风险` },
  { section: 'project', name: 'payback', label: '预期回本周期（可选）', control: 'text', info: FIELDS.payback, hint: '如 6–12 个月' },
  { section: 'project', name: 'support', label: '需要的扶持（可选）', control: 'checkboxes', info: FIELDS.support, options: SUPPORT_TYPES },
  { section: 'project', name: 'org', label: `${labelOf(nested(FIELDS.provider, 'org'))}（可选）`, control: 'text', info: nested(FIELDS.provider, 'org'), hint: '以单位名义提交时填写，审核通过后公开显示；个人提交请留空' },
  { section: 'project', name: 'body', label: '项目介绍', control: 'textarea', rows: 6, hint: '做什么、怎么做、需要什么条件。请不要在这里写姓名、电话等个人信息' },
  { section: 'review', name: 'reviewer', label: labelOf(REVIEW.reviewer), control: 'text', info: REVIEW.reviewer, required: true },
  { section: 'review', name: 'review_contact', label: labelOf(REVIEW.review_contact), control: 'text', info: REVIEW.review_contact, required: true, hint: '审核时联系您用' },
  { section: 'public', name: 'public_consent', label: '我同意在本站公开下面的联系人和联系方式', control: 'checkbox', info: nested(FIELDS.provider, 'consent'), hint: '不勾选也可以提交。勾选后，项目页面、海报、搜索结果和开放数据中会显示您填写的联系人和联系方式，供创业者联系您；您可以随时要求删除' },
  { section: 'public', name: 'public_person', label: `公开的${labelOf(nested(FIELDS.provider, 'person'))}（可选）`, control: 'text', info: nested(FIELDS.provider, 'person'), hint: '可以写姓氏或称呼，如「王女士」' },
  { section: 'public', name: 'public_contact', label: `公开的${labelOf(nested(FIELDS.provider, 'contact'))}`, control: 'text', info: nested(FIELDS.provider, 'contact'), hint: '勾选同意时必填：电话或邮箱' },
];

/**
 * Which form field a schema problem belongs to. Fields the form derives point at what they are derived from:
 * the investment band at the highest amount, the web address at the title. Anything else is not on the form.
 */
const PROVIDER_FIELD: Record<string, string> = { org: 'org', person: 'public_person', contact: 'public_contact', consent: 'public_consent' };

export function callFieldOf(path: readonly PropertyKey[]): CallField | undefined {
  const [head, sub] = path.map(String);
  const name = head === 'provider' ? PROVIDER_FIELD[sub ?? ''] : head === 'band' ? 'invest_max' : head === 'slug' ? 'title' : head;
  return CALL_FIELDS.find((f) => f.name === name);
}

export interface Submission {
  slug: string;
  title: string;
  summary: string;
  industry: string;
  invest_min: number;
  invest_max: number;
  groups: string[];
  risk: string;
  payback?: string | undefined;
  support: string[];
  org: string;
  body: string;
  /** Editors only: the cover letter, never the file. */
  reviewer: string;
  review_contact: string;
  /** The separate consent to publish the public contact. */
  public_consent: boolean;
  public_person: string;
  public_contact: string;
}

/** Reads the form. Numbers the person left empty become NaN, which the schema then refuses with a message. */
export function readSubmission(form: FormData, slugOf: (title: string) => string): Submission {
  const value = (k: string) => formText(form, k);
  const num = (k: string) => (value(k) === '' ? Number.NaN : Number(value(k)));
  return {
    slug: slugOf(value('title')),
    title: value('title'),
    summary: value('summary'),
    industry: value('industry'),
    invest_min: num('invest_min'),
    invest_max: num('invest_max'),
    groups: formList(form, 'groups'),
    risk: value('risk'),
    payback: value('payback') || undefined,
    support: formList(form, 'support'),
    org: value('org'),
    body: value('body'),
    reviewer: value('reviewer'),
    review_contact: value('review_contact'),
    public_consent: value('public_consent') !== '',
    public_person: value('public_person'),
    public_contact: value('public_contact'),
  };
}

/** The review contact's own check: the form's problems with the name and phone the editors need. */
export function reviewProblems(s: Submission): z.ZodError | undefined {
  return reviewContactSchema.safeParse({ reviewer: s.reviewer, review_contact: s.review_contact }).error;
}

/** What the person's name and contact may add to the file: nothing without their consent. */
function provider(s: Submission) {
  return {
    ...(s.org ? { org: s.org } : {}),
    ...(s.public_consent
      ? { ...(s.public_person ? { person: s.public_person } : {}), ...(s.public_contact ? { contact: s.public_contact } : {}), consent: true }
      : {}),
  };
}

/** The frontmatter a submitted project starts with: 征集中, submitted by the founder, not sample content. */
export function submissionData(s: Submission, today: Date) {
  return {
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    sample: false,
    // The source names the organisation, never a private person.
    source: { name: s.org ? `${s.org}（项目征集表）` : '项目征集表（个人提交）' },
    updated: isoDate(today),
    industry: s.industry,
    // Derived from the highest amount; when that is missing, its own error says so.
    ...(Number.isFinite(s.invest_max) ? { band: bandFor(s.invest_max).value } : {}),
    invest_min: s.invest_min,
    invest_max: s.invest_max,
    groups: s.groups,
    stage: SUBMITTED_STAGE,
    origin: SUBMITTED_ORIGIN,
    risk: s.risk,
    ...(s.payback ? { payback: s.payback } : {}),
    support: s.support,
    cities: [],
    provider: provider(s),
    featured: false,
  };
}

export function submissionFile(data: ReturnType<typeof submissionData>, body: string): string {
  return markdownFile(data, `${body}\n`);
}

/** The e-mail to the editors that carries the review contact beside the attached file: the only place it goes. */
export function coverLetter(s: Submission, file: string): string {
  return [
    `项目名称：${s.title}`,
    `项目文件：${file}（见附件）`,
    `提交人：${s.reviewer}`,
    `联系电话或邮箱：${s.review_contact}`,
    `是否同意公开联系方式：${s.public_consent ? '同意（已写入项目文件）' : '不同意'}`,
    '',
    '以上提交人和联系方式仅供审核时联系，请勿写入项目文件或对外公开；审核结束后按本站个人信息保护声明删除。',
  ].join('\n');
}
