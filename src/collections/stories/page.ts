import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, type ListPage, linkTo, withValue } from '../../lib/views/detail.ts';
import { groupBadge } from '../../lib/domain/badges.ts';
import { storyItem, storyMeta } from '../../lib/views/entry-views.ts';
import { posterUrl } from '../../lib/core/urls.ts';
import { PROMOTED_STAGE } from '../../schemas/taxonomies.ts';
import type { EntryOf } from '../../lib/views/routes.ts';

/** 推介 projects by the groups they suit. */
const promotedGroupKeys = (p: EntryOf<'projects'>) => (p.data.stage === PROMOTED_STAGE ? p.data.groups : []);

/** The data of one 创业典型 page. */
export const page: DetailBuilder<'stories'> = (entry, content) => {
  const d = entry.data;
  const city = content.city(d.city);
  const sameCity = content.linkedFrom('cities', d.city, 'stories').filter((s) => s.id !== entry.id);
  const sameGroup = withValue(content.projects, promotedGroupKeys, d.group).slice(0, 5);
  return {
    layout: { ...common('stories', entry, content, [groupBadge(d.group)], storyMeta(entry, content), d.updated), poster: posterUrl('stories', entry.id) },
    related: [
      capped(`${city.data.name}的其他创业典型`, sameCity.map(linkTo('stories')), citySection(city, CITY_GROUPS.stories, '创业典型')),
      { title: `适合${d.group}的推介项目`, links: sameGroup.map(linkTo('projects')) },
    ],
  };
};

/** The list at /stories/: one card per entry. */
export const list: ListPage<'stories'> = {
  item: (entry, content) => storyItem(entry, content),
};
