import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, type ListPage, linkTo, withValue } from '../../lib/views/detail.ts';
import { groupBadge } from '../../lib/domain/badges.ts';
import { card, cityLink, type ItemBuilder, joinList, LABELS, type MetaRow, pick, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import { formatNumber } from '../../lib/core/format.ts';
import { entryUrl } from '../../lib/core/urls.ts';
import { posterUrl } from '../../lib/core/urls.ts';
import { PROMOTED_STAGE } from '../../schemas/taxonomies.ts';
import type { EntryOf } from '../../lib/views/routes.ts';

const L = LABELS.stories;

/** A 创业典型 card: the founder's group, city, industry, and the jobs the business made. */
export const item: ItemBuilder<'stories'> = (s, content) => {
  const d = s.data;
  return card('stories', s, [groupBadge(d.group)], [content.city(d.city).data.name, d.industry, `${d.start_year}年开业，带动就业${d.jobs}人`]);
};

export function meta(s: EntryOf<'stories'>, content: Content): MetaRow[] {
  const d = s.data;
  return rows([
    { label: L.person, value: d.person },
    { label: L.city, value: [cityLink(content.city(d.city))] },
    { label: L.group, value: d.group },
    { label: L.industry, value: d.industry },
    { label: L.business, value: d.business },
    { label: L.start_year, value: `${d.start_year}年` },
    { label: L.jobs, value: `${formatNumber(d.jobs)}人` },
    { label: L.training, value: joinList(d.training) },
    { label: L.support, value: joinList(d.support) },
    d.incubator !== undefined && {
      label: L.incubator,
      value: [{ href: entryUrl('incubators', d.incubator), label: content.incubator(d.incubator).data.title }],
    },
  ]);
}

/** A story's A4 poster: who, where, what business, how many jobs. */
export const posterFacts = (s: EntryOf<'stories'>, content: Content): MetaRow[] =>
  pick(meta(s, content), [L.person, L.city, L.group, L.business, L.jobs]);

/** 推介 projects by the groups they suit. */
const promotedGroupKeys = (p: EntryOf<'projects'>) => (p.data.stage === PROMOTED_STAGE ? p.data.groups : []);

/** The data of one 创业典型 page. */
export const page: DetailBuilder<'stories'> = (entry, content) => {
  const d = entry.data;
  const city = content.city(d.city);
  const sameCity = content.linkedFrom('cities', d.city, 'stories').filter((s) => s.id !== entry.id);
  const sameGroup = withValue(content.projects, promotedGroupKeys, d.group).slice(0, 5);
  return {
    layout: { ...common('stories', entry, content, [groupBadge(d.group)], meta(entry, content), d.updated), poster: posterUrl('stories', entry.id) },
    related: [
      capped(`${city.data.name}的其他创业典型`, sameCity.map(linkTo('stories')), citySection(city, CITY_GROUPS.stories, '创业典型')),
      { title: `适合${d.group}的推介项目`, links: sameGroup.map(linkTo('projects')) },
    ],
  };
};

/** /stories/ is a plain list of the cards (`item`). */
export const list: ListPage = {};
