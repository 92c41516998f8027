/**
 * 项目征集: turns the call form's answers into a project entry in the collection's own format. The page checks it
 * with the same zod schema the build uses, so an editor can import the file through the CMS as it is.
 */
import { stringify } from 'yaml';
import { bandFor } from '../schemas/taxonomies.ts';
import { isoDate } from './format.ts';

export interface Submission {
  slug: string;
  title: string;
  summary: string;
  industry: string;
  invest_min: number;
  invest_max: number;
  groups: string[];
  risk: string;
  payback?: string;
  support: string[];
  org: string;
  contact: string;
  body: string;
}

/** Reads the form. Numbers the person left empty become NaN, which the schema then refuses with a message. */
export function readSubmission(form: FormData): Submission {
  const text = (k: string) => String(form.get(k) ?? '').trim();
  const num = (k: string) => (text(k) === '' ? Number.NaN : Number(text(k)));
  return {
    slug: text('slug'),
    title: text('title'),
    summary: text('summary'),
    industry: text('industry'),
    invest_min: num('invest_min'),
    invest_max: num('invest_max'),
    groups: form.getAll('groups').map(String),
    risk: text('risk'),
    payback: text('payback') || undefined,
    support: form.getAll('support').map(String),
    org: text('org'),
    contact: text('contact'),
    body: text('body'),
  } as Submission;
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
    band: Number.isFinite(s.invest_max) ? bandFor(s.invest_max).value : '',
    invest_min: s.invest_min,
    invest_max: s.invest_max,
    groups: s.groups,
    stage: '征集中',
    origin: '创业者提交',
    risk: s.risk,
    ...(s.payback ? { payback: s.payback } : {}),
    support: s.support,
    cities: [],
    provider: { org: s.org, contact: s.contact },
    featured: false,
  };
}

export function submissionFile(data: ReturnType<typeof submissionData>, body: string): string {
  return `---\n${stringify(data)}---\n\n${body}\n`;
}
