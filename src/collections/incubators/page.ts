import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, linkTo } from '../../lib/views/detail.ts';
import { incubatorBadges } from './domain.ts';
import { card, cityLink, contactRows, type ItemBuilder, joinList, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { formatDate, formatNumber } from '../../lib/core/format.ts';

const L = LABELS.incubators;

/** A 孵化基地 card: its level and status, city, model and incubation period. */
export const item: ItemBuilder<'incubators'> = (i, content) =>
  card('incubators', i, incubatorBadges(i.data), [content.city(i.data.city).data.name, i.data.model, `孵化期限 ${i.data.months} 个月`]);

export function meta(i: EntryOf<'incubators'>, content: Content): MetaRow[] {
  const d = i.data;
  return rows([
    { label: L.operator, value: d.operator },
    { label: L.model, value: d.model },
    { label: L.level, value: d.batch ? `${d.level}（${d.batch}）` : d.level },
    { label: L.status, value: d.status },
    { label: L.city, value: [cityLink(content.city(d.city))] },
    { label: L.address, value: `${d.address.district}${d.address.street}` },
    { label: L.area, value: `${formatNumber(d.area)} 平方米` },
    { label: L.tenants, value: `${formatNumber(d.tenants)} 家` },
    { label: L.months, value: `${d.months} 个月` },
    { label: L.services, value: joinList(d.services) },
    ...contactRows(d.contact),
    { label: L.verified, value: formatDate(d.verified) },
  ]);
}

/** The data of one 孵化基地 page. */
export const page: DetailBuilder<'incubators'> = (entry, content) => {
  const d = entry.data;
  const city = content.city(d.city);
  const tenants = content.linkedFrom('incubators', entry.id, 'stories');
  const neighbours = content.linkedFrom('cities', d.city, 'incubators').filter((i) => i.id !== entry.id);
  return {
    layout: common('incubators', entry, content, incubatorBadges(d), meta(entry, content), d.verified),
    related: [
      { title: '从这里走出的创业典型', links: tenants.map(linkTo('stories')) },
      capped(`${city.data.name}的其他孵化基地`, neighbours.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
    ],
  };
};
