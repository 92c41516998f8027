import { capped, common, type DetailBuilder, eventLinks, linkTo, searchAll, withValue } from '../../lib/views/detail.ts';
import { OPEN_INCUBATOR } from '../../schemas/taxonomies.ts';
import { stageBadge } from './domain.ts';
import { projectAvailability, supportingPolicies, supportTopics } from './domain.ts';
import { RELATED_LIMIT } from '../../lib/core/lists.ts';
import { card, cityLinks, type ItemBuilder, joinList, LABELS, type MetaRow, pick, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { projectSchema } from './schema.ts';
import { formatDate, formatYuanRange } from '../../lib/core/format.ts';
import { posterUrl } from '../../lib/core/urls.ts';

const L = LABELS.projects;
/** The labels of the 项目提供方 and 专家论证 blocks. */
export const PROVIDER_LABELS = labelsOf(projectSchema.shape.provider);
export const REVIEW_LABELS = labelsOf(projectSchema.shape.review);

/** The provider of a project offered by a private person who has not agreed to be named. */
export const PRIVATE_PROVIDER = '个人（姓名不公开）';

/** A 创业项目 card: its stage, industry, investment and whom it suits. */
export const item: ItemBuilder<'projects'> = (p) => {
  const d = p.data;
  return card('projects', p, [stageBadge(d.stage)], [d.industry, `投资 ${formatYuanRange(d.invest_min, d.invest_max)}`, `适合：${joinList(d.groups)}`]);
};

/** Who offers a project. The contact person and the contact reach this far only with their consent
 * (src/schemas/personal.ts); a person who gave none is 「个人」. */
function providerRows(p: EntryOf<'projects'>['data']['provider']): (MetaRow | false)[] {
  return [
    { label: PROVIDER_LABELS.org, value: p.org ?? (p.person ? '—' : PRIVATE_PROVIDER) },
    p.person !== undefined && { label: PROVIDER_LABELS.person, value: p.person },
    p.contact !== undefined && { label: PROVIDER_LABELS.contact, value: p.contact },
  ];
}

export function meta(p: EntryOf<'projects'>, content: Content): MetaRow[] {
  const d = p.data;
  return rows([
    { label: L.stage, value: d.stage },
    { label: L.industry, value: d.industry },
    { label: L.band, value: `${d.band}（${formatYuanRange(d.invest_min, d.invest_max)}）` },
    d.payback !== undefined && { label: L.payback, value: d.payback },
    { label: L.groups, value: joinList(d.groups) },
    { label: L.support, value: joinList(d.support) },
    { label: L.origin, value: d.origin },
    { label: L.cities, value: d.cities.length ? cityLinks(content, d.cities) : '不限' },
    ...providerRows(d.provider),
    d.valid_until && { label: L.valid_until, value: formatDate(d.valid_until) },
    { label: L.updated, value: formatDate(d.updated) },
  ]);
}

/** A project's A4 poster: what a founder at a job fair asks first — money, who it suits, where, whom to call. */
export const posterFacts = (p: EntryOf<'projects'>, content: Content): MetaRow[] =>
  pick(meta(p, content), [L.band, L.groups, L.cities, PROVIDER_LABELS.org, PROVIDER_LABELS.person, PROVIDER_LABELS.contact]);

const industryKey = (s: EntryOf<'stories'>) => [s.data.industry];

/** The data of one 创业项目 page. */
export const page: DetailBuilder<'projects'> = (entry, content, today) => {
  const d = entry.data;
  const availability = projectAvailability(d, today);
  const incubators = content.linkedFromAny('cities', d.cities, 'incubators').filter((i) => i.data.status === OPEN_INCUBATOR);
  const stories = withValue(content.stories, industryKey, d.industry).slice(0, 5);
  return {
    layout: { ...common('projects', entry, content, [stageBadge(d.stage)], meta(entry, content), d.updated), poster: posterUrl('projects', entry.id) },
    related: [
      capped('可申请的扶持政策', supportingPolicies(d, content.policies, RELATED_LIMIT + 1).map(linkTo('policies')), searchAll({ type: 'policies', topic: supportTopics(d) }, '相应主题的政策')),
      capped('推荐城市的孵化基地', incubators.map(linkTo('incubators')), searchAll({ type: 'incubators', city: d.cities.map((c) => content.city(c).data.name) }, '推荐城市的孵化基地')),
      { title: '同行业的创业典型', links: stories.map(linkTo('stories')) },
      { title: '推介本项目的活动', links: eventLinks(content.linkedFrom('projects', entry.id, 'events'), today) },
    ],
    ...(availability ? { notice: { text: availability, warn: true } } : {}),
  };
};
