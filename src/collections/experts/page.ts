import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, type ListPage, eventLinks, linkTo } from '../../lib/views/detail.ts';
import { kindBadge } from '../../lib/domain/badges.ts';
import { card, cityLink, type ItemBuilder, joinList, LABELS, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { Content } from '../../lib/content/entries.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { evaluationText } from './domain.ts';
import { labelsOf } from '../../schemas/walk.ts';
import { expertSchema } from './schema.ts';

const L = LABELS.experts;
const BOOKING = labelsOf(expertSchema.shape.booking);

/** A 创业专家 card: kind, city, specialties and services (the name only with consent, on the page). */
export const item: ItemBuilder<'experts'> = (x, content) => {
  const d = x.data;
  return card('experts', x, [kindBadge(d.kind)], [content.city(d.city).data.name, `${L.specialties}：${joinList(d.specialties)}`, joinList(d.services)]);
};

export function meta(x: EntryOf<'experts'>, content: Content): MetaRow[] {
  const d = x.data;
  return rows([
    // Only with the expert's consent does the name reach this far (src/schemas/personal.ts).
    d.name !== undefined && { label: L.name, value: d.name },
    { label: L.kind, value: d.kind },
    { label: L.specialties, value: joinList(d.specialties) },
    { label: L.industries, value: d.industries.length ? joinList(d.industries) : '不限' },
    { label: L.services, value: joinList(d.services) },
    { label: L.city, value: [cityLink(content.city(d.city))] },
    { label: L.organisation, value: d.organisation },
    d.qualification !== undefined && { label: L.qualification, value: d.qualification },
    { label: L.evaluation, value: evaluationText(d) },
  ]);
}

/** How a founder books an expert: through the local desk, never the expert's own number. */
function bookingRows(x: EntryOf<'experts'>): MetaRow[] {
  const b = x.data.booking;
  return [
    { label: BOOKING.desk, value: b.desk },
    { label: BOOKING.phone, value: b.phone },
    { label: BOOKING.how, value: b.how },
  ];
}

/** What a 创业专家 page shows besides the common parts (Detail.astro renders it). */
export type ExpertsExtras = { booking: MetaRow[] };

/** The data of one 创业专家 page. */
export const page: DetailBuilder<'experts', ExpertsExtras> = (entry, content, today) => {
  const d = entry.data;
  const city = content.city(d.city);
  const events = content.linkedFrom('experts', entry.id, 'events');
  const colleagues = content.linkedFrom('cities', d.city, 'experts').filter((x) => x.id !== entry.id);
  return {
    layout: common('experts', entry, content, [kindBadge(d.kind)], meta(entry, content), d.updated),
    related: [
      { title: '参加的活动', links: eventLinks(events, today), empty: '暂无登记的活动。' },
      capped(`${city.data.name}的其他创业专家`, colleagues.map(linkTo('experts')), citySection(city, CITY_GROUPS.experts, '创业专家')),
    ],
    booking: bookingRows(entry),
  };
};

/** /experts/ is a plain list of the cards (`item`). */
export const list: ListPage = {
  links: [{ href: '/start/', label: '我要创业：找我所在城市的创业专家' }],
  note: '专家服务请通过当地人社部门的创业服务窗口预约。',
};
