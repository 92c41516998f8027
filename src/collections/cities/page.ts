import { CITY_GROUPS, common, type DetailBuilder, eventLinks, linkTo, place, type Place } from '../../lib/views/detail.ts';
import { listStatusBadge } from './domain.ts';
import { LABELS, type ListItem, type MetaRow, rows } from '../../lib/views/entry-views.ts';
import type { EntryOf } from '../../lib/views/routes.ts';
import { item as projectItem } from '../projects/page.ts';
import { featuredProjects } from '../../lib/views/home.ts';

const L = LABELS.cities;

/** A city's facts: where it is, who runs the programme there, and where the list of 100 cities says so. */
export function meta(c: EntryOf<'cities'>): MetaRow[] {
  const d = c.data;
  return rows([
    { label: L.province, value: d.province },
    { label: L.adcode, value: d.adcode },
    { label: '城市类型', value: d.municipality ? '直辖市' : '地级市' },
    { label: L.agency, value: d.agency },
    { label: L.list_status, value: d.list_status },
    { label: L.list_source, value: d.list_source },
  ]);
}

/** What a 重点城市 page shows besides the common parts (Detail.astro renders it). */
export type CitiesExtras = { featured: ListItem[]; incubators: Place[]; training: Place[]; events: Place[] };

/** The data of one 重点城市 page. */
export const page: DetailBuilder<'cities', CitiesExtras> = (entry, content, today) => {
  const d = entry.data;
  const incubators = content.linkedFrom('cities', entry.id, 'incubators');
  const training = content.linkedFrom('cities', entry.id, 'training');
  const events = content.linkedFrom('cities', entry.id, 'events');
  // National documents (no city list) apply everywhere, so every city shows them.
  const policies = content.policies.filter((p) => p.data.cities.length === 0 || p.data.cities.includes(entry.id));
  return {
    layout: { ...common('cities', entry, content, [listStatusBadge(d.list_status)], meta(entry), d.updated), title: d.name },
    related: [
      { title: CITY_GROUPS.incubators, links: incubators.map(linkTo('incubators')), empty: '本站暂未收录该市的孵化基地。' },
      { title: CITY_GROUPS.training, links: training.map(linkTo('training')), empty: '本站暂未收录该市的创业培训定点机构。' },
      { title: '活动', links: eventLinks(events, today), empty: '本站暂未收录该市的活动。' },
      { title: CITY_GROUPS.experts, links: content.linkedFrom('cities', entry.id, 'experts').map(linkTo('experts')), empty: '本站暂未收录该市的创业专家。' },
      { title: '工作动态', links: content.linkedFrom('cities', entry.id, 'news').slice(0, 5).map(linkTo('news')) },
      { title: CITY_GROUPS.stories, links: content.linkedFrom('cities', entry.id, 'stories').map(linkTo('stories')), empty: '本站暂未收录该市的创业典型。' },
      { title: '推荐项目', links: content.linkedFrom('cities', entry.id, 'projects').map(linkTo('projects')), empty: '暂无向该市推荐的创业项目。' },
      { title: '适用政策', links: policies.map(linkTo('policies')) },
    ],
    featured: featuredProjects(content.projects, today, 3, entry.id).map((p) => projectItem(p, content, today)),
    incubators: incubators.map(place),
    training: training.map(place),
    events: events.flatMap((e) => (e.data.location ? [{ name: e.data.title, location: e.data.location }] : [])),
  };
};
