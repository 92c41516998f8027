import { capped, CITY_GROUPS, citySection, common, type DetailBuilder, type ListPage, eventLinks, linkTo } from '../../lib/views/detail.ts';
import { kindBadge } from '../../lib/domain/badges.ts';
import { expertItem, bookingRows, expertMeta, type MetaRow } from '../../lib/views/entry-views.ts';

/** What a 创业专家 page shows besides the common parts (Detail.astro renders it). */
export type ExpertsExtras = { booking: MetaRow[] };

/** The data of one 创业专家 page. */
export const page: DetailBuilder<'experts', ExpertsExtras> = (entry, content, today) => {
  const d = entry.data;
  const city = content.city(d.city);
  const events = content.linkedFrom('experts', entry.id, 'events');
  const colleagues = content.linkedFrom('cities', d.city, 'experts').filter((x) => x.id !== entry.id);
  return {
    layout: common('experts', entry, content, [kindBadge(d.kind)], expertMeta(entry, content), d.updated),
    related: [
      { title: '参加的活动', links: eventLinks(events, today), empty: '暂无登记的活动。' },
      capped(`${city.data.name}的其他创业专家`, colleagues.map(linkTo('experts')), citySection(city, CITY_GROUPS.experts, '创业专家')),
    ],
    booking: bookingRows(entry),
  };
};

/** The list at /experts/: one card per entry. */
export const list: ListPage<'experts'> = {
  item: (entry, content) => expertItem(entry, content),
  links: [{ href: '/start/', label: '我要创业：找我所在城市的创业专家' }],
  note: '专家服务请通过当地人社部门的创业服务窗口预约。',
};
