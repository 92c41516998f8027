import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, linkTo } from '../../lib/views/detail.ts';
import { incubatorBadges } from '../../lib/domain/badges.ts';
import { incubatorMeta } from '../../lib/views/entry-views.ts';

/** The data of one 孵化基地 page. */
export const page: DetailBuilder<'incubators'> = (entry, content) => {
  const d = entry.data;
  const city = content.city(d.city);
  const tenants = content.linkedFrom('incubators', entry.id, 'stories');
  const neighbours = content.linkedFrom('cities', d.city, 'incubators').filter((i) => i.id !== entry.id);
  return {
    layout: common('incubators', entry, content, incubatorBadges(d), incubatorMeta(entry, content), d.verified),
    related: [
      { title: '从这里走出的创业典型', links: tenants.map(linkTo('stories')) },
      capped(`${city.data.name}的其他孵化基地`, neighbours.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
    ],
  };
};
