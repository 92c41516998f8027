/**
 * 项目征集: the public form's fields, and how its answers become a project entry in the collection's own format.
 * The page checks the entry with the same zod schema the build uses, so an editor can add the file as it is.
 * Limits (lengths, minimums) are read from the schema; the form asks for nothing technical — the web address is
 * made from the title's pinyin.
 */
import { markdownFile } from './frontmatter.ts';
import { projectSchema } from '../schemas/projects.ts';
import { bandFor, GROUPS, INDUSTRY_NAMES, SUBMITTED_ORIGIN, SUBMITTED_STAGE, SUPPORT_TYPES } from '../schemas/taxonomies.ts';
import { fieldsOf, type FieldInfo } from '../schemas/walk.ts';
import { isoDate } from './format.ts';
import { formList, formText } from './form-data.ts';

const FIELDS = fieldsOf(projectSchema);
const nested = (info: FieldInfo | undefined, key: string) => (info?.kind === 'object' ? info.fields[key] : undefined);

export interface CallField {
  /** The control's name, also the key of the answer. */
  name: string;
  label: string;
  control: 'text' | 'textarea' | 'number' | 'select' | 'checkboxes';
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
  { name: 'title', label: '项目名称', control: 'text', info: FIELDS.title, required: true, hint: lengthNote(FIELDS.title) },
  { name: 'summary', label: '一句话简介', control: 'textarea', rows: 2, info: FIELDS.summary, required: true, hint: lengthNote(FIELDS.summary) },
  { name: 'industry', label: '行业', control: 'select', info: FIELDS.industry, options: INDUSTRY_NAMES, required: true },
  { name: 'invest_min', label: '最低投资额（元）', control: 'number', info: FIELDS.invest_min, required: true },
  { name: 'invest_max', label: '最高投资额（元）', control: 'number', info: FIELDS.invest_max, required: true },
  { name: 'groups', label: labelOf(FIELDS.groups), control: 'checkboxes', info: FIELDS.groups, options: GROUPS, required: true, hint: '可多选' },
  { name: 'risk', label: labelOf(FIELDS.risk), control: 'textarea', rows: 3, info: FIELDS.risk, required: true, hint: `${lengthNote(FIELDS.risk) ?? ''}，如需要的技能、季节性、市场风险` },
  { name: 'payback', label: '预期回本周期（可选）', control: 'text', info: FIELDS.payback, hint: '如 6–12 个月' },
  { name: 'support', label: '需要的扶持（可选）', control: 'checkboxes', info: FIELDS.support, options: SUPPORT_TYPES },
  { name: 'org', label: '提供单位或个人', control: 'text', info: nested(FIELDS.provider, 'org'), required: true },
  { name: 'contact', label: labelOf(nested(FIELDS.provider, 'contact')), control: 'text', info: nested(FIELDS.provider, 'contact'), required: true, hint: '电话或邮箱，审核时联系您' },
  { name: 'body', label: '项目介绍', control: 'textarea', rows: 6, hint: '做什么、怎么做、需要什么条件' },
];

/**
 * Which form field a schema problem belongs to. Fields the form derives point at what they are derived from:
 * the investment band at the highest amount, the web address at the title. Anything else is not on the form.
 */
export function callFieldOf(path: readonly PropertyKey[]): CallField | undefined {
  const [head, sub] = path.map(String);
  const name = head === 'provider' ? sub : head === 'band' ? 'invest_max' : head === 'slug' ? 'title' : head;
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
  contact: string;
  body: string;
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
    contact: value('contact'),
    body: value('body'),
  };
}

/** The frontmatter a submitted project starts with: 征集中, submitted by the founder, not sample content. */
export function submissionData(s: Submission, today: Date) {
  return {
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    sample: false,
    source: { name: `${s.org}（项目征集表）` },
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
    provider: { org: s.org, contact: s.contact },
    featured: false,
  };
}

export function submissionFile(data: ReturnType<typeof submissionData>, body: string): string {
  return markdownFile(data, `${body}\n`);
}
