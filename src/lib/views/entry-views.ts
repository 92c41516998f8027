/**
 * Turns entries into what list and detail pages show: list cards and metadata rows. Labels come from the
 * schemas (labelsOf), so a field renamed there is renamed on every page.
 */
import { SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import { courseName } from '../../schemas/taxonomies.ts';
import { labelsOf } from '../../schemas/walk.ts';
import type { City, Content, Event, Expert, Incubator, News, Policy, Project, Story, Training } from '../content/entries.ts';
import { eventBadges, groupBadge, kindBadge, incubatorBadges, stageBadge, trainingBadge, validityBadge, type BadgeView } from '../domain/badges.ts';
import { evaluationText } from '../domain/experts.ts';
import { formatDate, formatDateTime, formatNumber, formatTimeSpan, formatYuanRange } from '../core/format.ts';
import { entryUrl } from '../core/urls.ts';

export interface Link {
  href: string;
  label: string;
}

export interface ListItem {
  href: string;
  title: string;
  summary: string;
  sample: boolean;
  badges: BadgeView[];
  facts: string[];
}

export interface MetaRow {
  label: string;
  value: string | Link[];
}

/** Every collection's field labels, as the schemas declare them; pages read theirs from here. */
export const LABELS = {
  policies: labelsOf(SCHEMAS.policies),
  stories: labelsOf(SCHEMAS.stories),
  projects: labelsOf(SCHEMAS.projects),
  incubators: labelsOf(SCHEMAS.incubators),
  training: labelsOf(SCHEMAS.training),
  cities: labelsOf(SCHEMAS.cities),
  news: labelsOf(SCHEMAS.news),
  events: labelsOf(SCHEMAS.events),
  experts: labelsOf(SCHEMAS.experts),
  signup: labelsOf(SCHEMAS.events.shape.signup),
  booking: labelsOf(SCHEMAS.experts.shape.booking),
  contact: labelsOf(SCHEMAS.incubators.shape.contact),
  provider: labelsOf(SCHEMAS.projects.shape.provider),
  review: labelsOf(SCHEMAS.projects.shape.review),
};
const L = LABELS;

/** The provider of a project offered by a private person who has not agreed to be named. */
export const PRIVATE_PROVIDER = '个人（姓名不公开）';

const join = (list: readonly string[]) => (list.length ? list.join('、') : '—');
const cityLink = (c: City): Link => ({ href: entryUrl('cities', c.id), label: c.data.name });
const cityLinks = (content: Content, ids: string[]) => ids.map((id) => cityLink(content.city(id)));

/** A list card: the entry's link, title, summary and 示例 flag, with its badges and facts. */
export function card(
  collection: CollectionName,
  e: { id: string; data: { title: string; summary: string; sample: boolean } },
  badges: BadgeView[],
  facts: string[],
): ListItem {
  return { href: entryUrl(collection, e.id), title: e.data.title, summary: e.data.summary, sample: e.data.sample, badges, facts };
}

/** Drops rows whose value is missing, so optional fields do not print empty cells. */
function rows(list: (MetaRow | false | undefined)[]): MetaRow[] {
  return list.filter((r): r is MetaRow => Boolean(r));
}

/** Phone, e-mail and website rows of a `contact` block, with its own labels; the e-mail and the website are links. */
function contactRows(c: { phone?: string | undefined; email?: string | undefined; website?: string | undefined }): (MetaRow | false)[] {
  return [
    c.phone !== undefined && { label: L.contact.phone, value: c.phone },
    c.email !== undefined && { label: L.contact.email, value: [{ href: `mailto:${c.email}`, label: c.email }] },
    // The schema accepts only http(s) addresses, so the link cannot run script.
    c.website !== undefined && { label: L.contact.website, value: [{ href: c.website, label: c.website }] },
  ];
}

export function policyItem(p: Policy): ListItem {
  return card(
    'policies',
    p,
    [validityBadge(p.data.validity)],
    [p.data.doc_number, `${join(p.data.issuers)}　${formatDate(p.data.published)}发布`],
  );
}

export function policyMeta(p: Policy, content: Content): MetaRow[] {
  const d = p.data;
  return rows([
    d.index_no !== undefined && { label: L.policies.index_no, value: d.index_no },
    { label: L.policies.topics, value: join(d.topics) },
    { label: L.policies.issuers, value: join(d.issuers) },
    { label: L.policies.written, value: formatDate(d.written) },
    { label: L.policies.title, value: d.title },
    { label: L.policies.doc_number, value: d.doc_number },
    { label: L.policies.published, value: formatDate(d.published) },
    d.effective && { label: L.policies.effective, value: formatDate(d.effective) },
    d.expires && { label: L.policies.expires, value: formatDate(d.expires) },
    { label: L.policies.level, value: d.level },
    { label: L.policies.genre, value: d.genre },
    { label: L.policies.validity, value: d.validity },
    { label: L.policies.cities, value: d.cities.length ? cityLinks(content, d.cities) : '全国' },
  ]);
}

export function storyItem(s: Story, content: Content): ListItem {
  const d = s.data;
  return card(
    'stories',
    s,
    [groupBadge(d.group)],
    [content.city(d.city).data.name, d.industry, `${d.start_year}年开业，带动就业${d.jobs}人`],
  );
}

export function storyMeta(s: Story, content: Content): MetaRow[] {
  const d = s.data;
  return rows([
    { label: L.stories.person, value: d.person },
    { label: L.stories.city, value: [cityLink(content.city(d.city))] },
    { label: L.stories.group, value: d.group },
    { label: L.stories.industry, value: d.industry },
    { label: L.stories.business, value: d.business },
    { label: L.stories.start_year, value: `${d.start_year}年` },
    { label: L.stories.jobs, value: `${formatNumber(d.jobs)}人` },
    { label: L.stories.training, value: join(d.training) },
    { label: L.stories.support, value: join(d.support) },
    d.incubator !== undefined && {
      label: L.stories.incubator,
      value: [{ href: entryUrl('incubators', d.incubator), label: content.incubator(d.incubator).data.title }],
    },
  ]);
}

/** Who offers a project. The contact person and the contact reach this far only with their consent
 * (src/schemas/personal.ts); a person who gave none is 「个人」. */
function providerRows(p: Project['data']['provider']): (MetaRow | false)[] {
  return [
    { label: L.provider.org, value: p.org ?? (p.person ? '—' : PRIVATE_PROVIDER) },
    p.person !== undefined && { label: L.provider.person, value: p.person },
    p.contact !== undefined && { label: L.provider.contact, value: p.contact },
  ];
}

export function projectItem(p: Project): ListItem {
  const d = p.data;
  return card(
    'projects',
    p,
    [stageBadge(d.stage)],
    [d.industry, `投资 ${formatYuanRange(d.invest_min, d.invest_max)}`, `适合：${join(d.groups)}`],
  );
}

export function projectMeta(p: Project, content: Content): MetaRow[] {
  const d = p.data;
  return rows([
    { label: L.projects.stage, value: d.stage },
    { label: L.projects.industry, value: d.industry },
    { label: L.projects.band, value: `${d.band}（${formatYuanRange(d.invest_min, d.invest_max)}）` },
    d.payback !== undefined && { label: L.projects.payback, value: d.payback },
    { label: L.projects.groups, value: join(d.groups) },
    { label: L.projects.support, value: join(d.support) },
    { label: L.projects.origin, value: d.origin },
    { label: L.projects.cities, value: d.cities.length ? cityLinks(content, d.cities) : '不限' },
    ...providerRows(d.provider),
    d.valid_until && { label: L.projects.valid_until, value: formatDate(d.valid_until) },
    { label: L.projects.updated, value: formatDate(d.updated) },
  ]);
}

export function incubatorItem(i: Incubator, content: Content): ListItem {
  const d = i.data;
  return card('incubators', i, incubatorBadges(d), [content.city(d.city).data.name, d.model, `孵化期限 ${d.months} 个月`]);
}

export function incubatorMeta(i: Incubator, content: Content): MetaRow[] {
  const d = i.data;
  return rows([
    { label: L.incubators.operator, value: d.operator },
    { label: L.incubators.model, value: d.model },
    { label: L.incubators.level, value: d.batch ? `${d.level}（${d.batch}）` : d.level },
    { label: L.incubators.status, value: d.status },
    { label: L.incubators.city, value: [cityLink(content.city(d.city))] },
    { label: L.incubators.address, value: `${d.address.district}${d.address.street}` },
    { label: L.incubators.area, value: `${formatNumber(d.area)} 平方米` },
    { label: L.incubators.tenants, value: `${formatNumber(d.tenants)} 家` },
    { label: L.incubators.months, value: `${d.months} 个月` },
    { label: L.incubators.services, value: join(d.services) },
    ...contactRows(d.contact),
    { label: L.incubators.verified, value: formatDate(d.verified) },
  ]);
}

export function trainingItem(t: Training, content: Content, today: Date): ListItem {
  const d = t.data;
  return card(
    'training',
    t,
    [trainingBadge(d, today)],
    [content.city(d.city).data.name, join(d.courses), `${L.training.fee}：${d.fee}`],
  );
}

export function trainingMeta(t: Training, content: Content): MetaRow[] {
  const d = t.data;
  return rows([
    { label: L.training.status, value: d.status },
    { label: L.training.courses, value: join(d.courses.map(courseName)) },
    { label: L.training.trainers, value: `${formatNumber(d.trainers)} 人` },
    { label: L.training.fee, value: d.fee },
    { label: L.training.city, value: [cityLink(content.city(d.city))] },
    { label: L.training.address, value: `${d.address.district}${d.address.street}` },
    { label: L.training.authority, value: d.batch ? `${d.authority}（${d.batch}）` : d.authority },
    { label: L.training.recognized, value: formatDate(d.recognized) },
    { label: L.training.valid_until, value: d.valid_until ? formatDate(d.valid_until) : '认定文件未写明' },
    ...contactRows(d.contact),
    { label: L.training.verified, value: formatDate(d.verified) },
  ]);
}

export function newsItem(n: News, content: Content): ListItem {
  const d = n.data;
  return card('news', n, [kindBadge(d.genre)], [`${formatDate(d.published)}发布`, ...(d.city ? [content.city(d.city).data.name] : []), d.source.name]);
}

export function newsMeta(n: News, content: Content): MetaRow[] {
  const d = n.data;
  return rows([
    { label: L.news.genre, value: d.genre },
    { label: L.news.published, value: formatDate(d.published) },
    d.city !== undefined && { label: L.news.city, value: [cityLink(content.city(d.city))] },
    d.event !== undefined && { label: L.news.event, value: [{ href: entryUrl('events', d.event), label: content.entry('events', d.event).data.title }] },
  ]);
}

/** Where an event is, as a visitor types it into a map app. */
export const eventPlace = (e: Event, content: Content) => `${content.city(e.data.city).data.name}${e.data.address.district}${e.data.address.street}　${e.data.venue}`;

export function eventItem(e: Event, content: Content, now: Date): ListItem {
  const d = e.data;
  return card('events', e, eventBadges(d, now), [formatTimeSpan(d.start, d.end), `${content.city(d.city).data.name}　${d.venue}`, `${L.events.cost}：${d.cost}`]);
}

export function eventMeta(e: Event, content: Content): MetaRow[] {
  const d = e.data;
  return rows([
    { label: L.events.kind, value: d.kind },
    { label: L.events.status, value: d.status },
    { label: '时间', value: formatTimeSpan(d.start, d.end) },
    { label: L.events.city, value: [cityLink(content.city(d.city))] },
    { label: L.events.venue, value: d.venue },
    { label: L.events.address, value: `${d.address.district}${d.address.street}` },
    { label: L.events.organiser, value: d.organiser },
    { label: L.events.cost, value: d.cost },
  ]);
}

/** How to sign up: the way, the address, the office phone, the deadline. */
export function signupRows(e: Event): MetaRow[] {
  const s = e.data.signup;
  return rows([
    { label: L.signup.how, value: s.how },
    s.url !== undefined && { label: L.signup.url, value: [{ href: s.url, label: s.url }] },
    s.phone !== undefined && { label: L.signup.phone, value: s.phone },
    { label: L.signup.deadline, value: s.deadline ? formatDateTime(s.deadline) : '不设截止' },
  ]);
}

export function expertItem(x: Expert, content: Content): ListItem {
  const d = x.data;
  return card('experts', x, [kindBadge(d.kind)], [content.city(d.city).data.name, `${L.experts.specialties}：${join(d.specialties)}`, join(d.services)]);
}

export function expertMeta(x: Expert, content: Content): MetaRow[] {
  const d = x.data;
  return rows([
    // Only with the expert's consent does the name reach this far (src/schemas/personal.ts).
    d.name !== undefined && { label: L.experts.name, value: d.name },
    { label: L.experts.kind, value: d.kind },
    { label: L.experts.specialties, value: join(d.specialties) },
    { label: L.experts.industries, value: d.industries.length ? join(d.industries) : '不限' },
    { label: L.experts.services, value: join(d.services) },
    { label: L.experts.city, value: [cityLink(content.city(d.city))] },
    { label: L.experts.organisation, value: d.organisation },
    d.qualification !== undefined && { label: L.experts.qualification, value: d.qualification },
    { label: L.experts.evaluation, value: evaluationText(d) },
  ]);
}

/** How a founder books an expert: through the local desk, never the expert's own number. */
export function bookingRows(x: Expert): MetaRow[] {
  const b = x.data.booking;
  return [
    { label: L.booking.desk, value: b.desk },
    { label: L.booking.phone, value: b.phone },
    { label: L.booking.how, value: b.how },
  ];
}

export function cityMeta(c: City): MetaRow[] {
  const d = c.data;
  return rows([
    { label: L.cities.province, value: d.province },
    { label: L.cities.adcode, value: d.adcode },
    { label: '城市类型', value: d.municipality ? '直辖市' : '地级市' },
    { label: L.cities.agency, value: d.agency },
    { label: L.cities.list_status, value: d.list_status },
    { label: L.cities.list_source, value: d.list_source },
  ]);
}

/** The rows of `list` with these labels, in this order: a poster prints a few of the page's own facts. */
function pick(list: MetaRow[], labels: (string | undefined)[]): MetaRow[] {
  return labels.flatMap((l) => list.filter((r) => r.label === l));
}

/** A project's A4 poster: what a founder at a job fair asks first — money, who it suits, where, whom to call. */
export function projectPosterFacts(p: Project, content: Content): MetaRow[] {
  return pick(projectMeta(p, content), [L.projects.band, L.projects.groups, L.projects.cities, L.provider.org, L.provider.person, L.provider.contact]);
}

/** A story's A4 poster: who, where, what business, how many jobs. */
export function storyPosterFacts(s: Story, content: Content): MetaRow[] {
  return pick(storyMeta(s, content), [L.stories.person, L.stories.city, L.stories.group, L.stories.business, L.stories.jobs]);
}
