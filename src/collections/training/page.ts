import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, linkTo } from '../../lib/views/detail.ts';
import { OPEN_INCUBATOR } from '../../schemas/taxonomies.ts';
import { trainingBadge } from './domain.ts';
import { trainingAvailability } from './domain.ts';
import { card, cityLink, contactRows, type ItemBuilder, joinList, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { courseName } from '../../schemas/taxonomies.ts';
import { formatDate, formatNumber } from '../../lib/core/format.ts';

const L = LABELS.training;

/** A 培训机构 card: its status today, city, courses and fee. */
export const item: ItemBuilder<'training'> = (t, content, today) => {
  const d = t.data;
  return card('training', t, [trainingBadge(d, today)], [content.city(d.city).data.name, joinList(d.courses), `${L.fee}：${d.fee}`]);
};

export function meta(t: EntryOf<'training'>, content: Content): MetaRow[] {
  const d = t.data;
  return rows([
    { label: L.status, value: d.status },
    { label: L.courses, value: joinList(d.courses.map(courseName)) },
    { label: L.trainers, value: `${formatNumber(d.trainers)} 人` },
    { label: L.fee, value: d.fee },
    { label: L.city, value: [cityLink(content.city(d.city))] },
    { label: L.address, value: `${d.address.district}${d.address.street}` },
    { label: L.authority, value: d.batch ? `${d.authority}（${d.batch}）` : d.authority },
    { label: L.recognized, value: formatDate(d.recognized) },
    { label: L.valid_until, value: d.valid_until ? formatDate(d.valid_until) : '认定文件未写明' },
    ...contactRows(d.contact),
    { label: L.verified, value: formatDate(d.verified) },
  ]);
}

/** What a 培训机构 page shows besides the common parts (Detail.astro renders it). */
export type TrainingExtras = { cityName: string };

/** The data of one 培训机构 page. */
export const page: DetailBuilder<'training', TrainingExtras> = (entry, content, today) => {
  const d = entry.data;
  const city = content.city(d.city);
  const availability = trainingAvailability(d, today);
  const neighbours = content.linkedFrom('cities', d.city, 'training').filter((t) => t.id !== entry.id);
  // After the course: where a trainee can start out in the same city.
  const incubators = content.linkedFrom('cities', d.city, 'incubators').filter((i) => i.data.status === OPEN_INCUBATOR);
  return {
    layout: common('training', entry, content, [trainingBadge(d, today)], meta(entry, content), d.verified),
    related: [
      capped(`${city.data.name}的其他培训机构`, neighbours.map(linkTo('training')), citySection(city, CITY_GROUPS.training, '培训机构')),
      capped(`${city.data.name}的孵化基地`, incubators.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
    ],
    cityName: city.data.name,
    ...(availability ? { notice: { text: availability, warn: true } } : {}),
  };
};
