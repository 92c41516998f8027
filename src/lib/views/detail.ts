/**
 * Everything a detail page renders, built once per entry: the layout's props (title, badges, meta rows, the search
 * record, the poster), the related entries and the notices. One builder per collection; the `[slug].astro` routes
 * receive the result as a prop and hold no queries (docs/… Starlight's routing/ does the same with its route data).
 */
import type { GetStaticPaths } from 'astro';
import type { CollectionName } from '../../schemas/field.ts';
import { OPEN_INCUBATOR, PROMOTED_STAGE, READING_GENRE, UNVERIFIED_VALIDITY } from '../../schemas/taxonomies.ts';
import { eventBadges, groupBadge, incubatorBadges, kindBadge, listStatusBadge, stageBadge, trainingBadge, validityBadge, type BadgeView } from '../domain/badges.ts';
import { calendarOrder, eventNotice } from '../domain/events.ts';
import { projectAvailability, supportingPolicies, supportTopics } from '../domain/projects.ts';
import { trainingAvailability } from '../domain/training.ts';
import { childPolicyKeys, cityKeys, eventKey, expertKeys, incubatorKey, indexBy, industryKey, projectKeys, withAnyKey } from '../core/groups.ts';
import { inCity, loadContent, type Content } from '../content/entries.ts';
import { revisionsOf, type Revision } from '../content/history.ts';
import { pageKey, sharedKey } from './cache-keys.ts';
import { recordOf, searchUrl, type SearchRecord } from '../search/records.ts';
import { headingId } from '../core/ids.ts';
import { RELATED_LIMIT } from '../core/lists.ts';
import {
  bookingRows,
  cityMeta,
  eventMeta,
  eventPlace,
  expertMeta,
  incubatorMeta,
  LABELS,
  newsMeta,
  policyMeta,
  projectItem,
  projectMeta,
  signupRows,
  storyMeta,
  trainingMeta,
  type Link,
  type ListItem,
  type MetaRow,
} from './entry-views.ts';
import { formatTimeSpan } from '../core/format.ts';
import { featuredProjects } from './home.ts';
import { entryUrl, eventIcsUrl, posterUrl } from '../core/urls.ts';
import type { EntryOf } from './routes.ts';

/** The props of DetailLayout. */
export interface DetailLayoutProps {
  title: string;
  summary: string;
  collection: CollectionName;
  sample: boolean;
  badges: BadgeView[];
  meta: MetaRow[];
  updated: Date;
  pubDate?: Date;
  source: { name: string; url?: string | undefined };
  search: SearchRecord;
  poster?: string;
  searchWeight?: number;
  /** The page's own update record, newest first (src/lib/content/history.ts). */
  history: Revision[];
}

export interface RelatedGroup {
  title: string;
  links: Link[];
  /** Said when there is nothing to link; without it an empty group is left out. */
  empty?: string;
  /** Where the whole list is, when `links` shows only its first RELATED_LIMIT. */
  more?: Link;
}

/** A group of at most RELATED_LIMIT links; `more` says where all of them are. */
function capped(title: string, links: Link[], more: Link, empty?: string): RelatedGroup {
  return {
    title,
    links: links.slice(0, RELATED_LIMIT),
    ...(empty ? { empty } : {}),
    ...(links.length > RELATED_LIMIT ? { more } : {}),
  };
}

// Without a count: the place linked lists a little more or less than the group (the page's own entry, closed
// incubators) and says how many itself.
/** The section of a city page that lists all of one kind (the city builder's group titles). */
const citySection = (city: EntryOf<'cities'>, section: string, noun: string): Link => ({
  href: `${entryUrl('cities', city.id)}#${headingId('related', section)}`,
  label: `查看${city.data.name}的全部${noun}`,
});

/** A search for all of one kind, filtered as the group is. */
const searchAll = (params: Record<string, string | string[]>, noun: string): Link => ({
  href: searchUrl(params),
  label: `搜索全部${noun}`,
});

export interface Notice {
  text: string;
  warn: boolean;
}

interface Place {
  name: string;
  location: { lat: number; lng: number };
}

/** What each collection's page shows besides the common parts. */
interface Extras {
  policies: Record<never, never>;
  news: Record<never, never>;
  events: { signup: MetaRow[]; place: string; ics: string };
  experts: { booking: MetaRow[] };
  stories: Record<never, never>;
  projects: Record<never, never>;
  incubators: Record<never, never>;
  training: { cityName: string };
  cities: { featured: ListItem[]; incubators: Place[]; training: Place[]; events: Place[] };
}

export type DetailPage<C extends CollectionName> = {
  layout: DetailLayoutProps;
  related: RelatedGroup[];
  notice?: Notice;
} & Extras[C];

const linkTo =
  (collection: CollectionName) =>
  (e: { id: string; data: { title: string } }): Link => ({ href: entryUrl(collection, e.id), label: e.data.title });

/** Links to the entries a relation field names, titled as those entries are. */
const linksTo = (collection: CollectionName, ids: readonly string[], content: Content): Link[] =>
  ids.map((id) => linkTo(collection)(content.entry(collection, id)));

/** The parts every detail page has, from the entry itself; `updated` is 更新日期, or 核实日期 for a directory entry. */
function common<C extends CollectionName>(collection: C, entry: EntryOf<C>, content: Content, badges: BadgeView[], meta: MetaRow[], updated: Date) {
  const d = entry.data;
  return {
    title: d.title,
    summary: d.summary,
    collection,
    sample: d.sample,
    badges,
    meta,
    updated,
    source: d.source,
    search: recordOf(collection, entry, content),
    history: revisionsOf(collection, entry.id),
  } satisfies DetailLayoutProps;
}

const place = (e: { data: { title: string; location: { lat: number; lng: number } } }): Place => ({ name: e.data.title, location: e.data.location });

/** Events in calendar order (upcoming soonest first, then past), each with its time: how every related list shows them. */
const eventLinks = (events: EntryOf<'events'>[], today: Date): Link[] => {
  const { upcoming, past } = calendarOrder(events, today);
  return [...upcoming, ...past].map((e) => ({ href: entryUrl('events', e.id), label: `${e.data.title}（${formatTimeSpan(e.data.start, e.data.end)}）` }));
};

/** The entries of `list` whose keys include `key`, in list order (an index built once a build: a scan of a whole
 * collection for each page made large builds quadratic). */
const related = <T extends object>(list: readonly T[], keysOf: (entry: T) => Iterable<string | undefined>, key: string): T[] => indexBy(list, keysOf).get(key) ?? [];

/** 推介 projects by the groups they suit. */
const promotedGroupKeys = (p: EntryOf<'projects'>) => (p.data.stage === PROMOTED_STAGE ? p.data.groups : []);

/** The city page's groups that list all of one kind in the city, which capped groups elsewhere link to. */
const CITY_GROUPS = { incubators: '孵化基地', training: '创业培训定点机构', experts: '创业专家', stories: '创业典型' } as const;

const BUILDERS: { [C in CollectionName]: (entry: EntryOf<C>, content: Content, today: Date) => DetailPage<C> } = {
  policies: (entry, content) => {
    const d = entry.data;
    // Back-links: documents that list this one as an attachment or an interpretation.
    const parents = related(content.policies, childPolicyKeys, entry.id);
    const reading = d.genre === READING_GENRE;
    return {
      layout: { ...common('policies', entry, content, [validityBadge(d.validity)], policyMeta(entry, content), d.updated), pubDate: d.published, ...(reading ? { searchWeight: 0.3 } : {}) },
      related: [
        { title: '附件', links: d.attachments.map((a) => ({ href: a.policy ? entryUrl('policies', a.policy) : (a.url ?? '#'), label: a.title })) },
        { title: '所属文件', links: parents.map(linkTo('policies')) },
        { title: LABELS.policies.interpretations, links: linksTo('policies', d.interpretations, content) },
      ],
      ...(d.validity === UNVERIFIED_VALIDITY
        ? {
            notice: {
              warn: false,
              text: reading
                ? '本解读所依据文件的现行有效性尚未核实。解读不代替原文，办事请以发文机关公布的现行文件为准。'
                : '本文件的现行有效性尚未核实。正文照录原文，办事请以发文机关公布的现行文件为准。',
            },
          }
        : {}),
    };
  },
  news: (entry, content) => {
    const d = entry.data;
    return {
      // An item reports on the programme's work; the policy, project or story it mentions is what a search for those
      // words should find first, as a 政策解读 ranks below its document.
      layout: { ...common('news', entry, content, [kindBadge(d.genre)], newsMeta(entry, content), d.updated), pubDate: d.published, searchWeight: 0.3 },
      related: [
        { title: LABELS.news.policies, links: linksTo('policies', d.policies, content) },
        { title: LABELS.news.projects, links: linksTo('projects', d.projects, content) },
        { title: LABELS.news.stories, links: linksTo('stories', d.stories, content) },
      ],
    };
  },
  events: (entry, content, today) => {
    const d = entry.data;
    const notice = eventNotice(d, today);
    const reports = related(content.news, eventKey, entry.id);
    return {
      // Likewise an event about loans or a project: the policy and the project come first.
      layout: {
        ...common('events', entry, content, eventBadges(d, today), eventMeta(entry, content), d.updated),
        pubDate: d.start,
        searchWeight: 0.5,
      },
      related: [
        { title: LABELS.events.projects, links: linksTo('projects', d.projects, content) },
        { title: LABELS.events.experts, links: linksTo('experts', d.experts, content) },
        { title: '预告和回顾', links: reports.map(linkTo('news')) },
      ],
      signup: signupRows(entry),
      place: eventPlace(entry, content),
      ics: eventIcsUrl(entry.id),
      ...(notice ? { notice } : {}),
    };
  },
  experts: (entry, content, today) => {
    const d = entry.data;
    const city = content.city(d.city);
    const events = related(content.events, expertKeys, entry.id);
    const colleagues = inCity(content.experts, d.city).filter((x) => x.id !== entry.id);
    return {
      layout: common('experts', entry, content, [kindBadge(d.kind)], expertMeta(entry, content), d.updated),
      related: [
        { title: '参加的活动', links: eventLinks(events, today), empty: '暂无登记的活动。' },
        capped(`${city.data.name}的其他创业专家`, colleagues.map(linkTo('experts')), citySection(city, CITY_GROUPS.experts, '创业专家')),
      ],
      booking: bookingRows(entry),
    };
  },
  stories: (entry, content) => {
    const d = entry.data;
    const city = content.city(d.city);
    const sameCity = inCity(content.stories, d.city).filter((s) => s.id !== entry.id);
    const sameGroup = related(content.projects, promotedGroupKeys, d.group).slice(0, 5);
    return {
      layout: { ...common('stories', entry, content, [groupBadge(d.group)], storyMeta(entry, content), d.updated), poster: posterUrl('stories', entry.id) },
      related: [
        capped(`${city.data.name}的其他创业典型`, sameCity.map(linkTo('stories')), citySection(city, CITY_GROUPS.stories, '创业典型')),
        { title: `适合${d.group}的推介项目`, links: sameGroup.map(linkTo('projects')) },
      ],
    };
  },
  projects: (entry, content, today) => {
    const d = entry.data;
    const availability = projectAvailability(d, today);
    const incubators = withAnyKey(content.incubators, cityKeys, d.cities).filter((i) => i.data.status === OPEN_INCUBATOR);
    const stories = related(content.stories, industryKey, d.industry).slice(0, 5);
    return {
      layout: { ...common('projects', entry, content, [stageBadge(d.stage)], projectMeta(entry, content), d.updated), poster: posterUrl('projects', entry.id) },
      related: [
        capped('可申请的扶持政策', supportingPolicies(d, content.policies, RELATED_LIMIT + 1).map(linkTo('policies')), searchAll({ type: 'policies', topic: supportTopics(d) }, '相应主题的政策')),
        capped('推荐城市的孵化基地', incubators.map(linkTo('incubators')), searchAll({ type: 'incubators', city: d.cities.map((c) => content.city(c).data.name) }, '推荐城市的孵化基地')),
        { title: '同行业的创业典型', links: stories.map(linkTo('stories')) },
        { title: '推介本项目的活动', links: eventLinks(related(content.events, projectKeys, entry.id), today) },
      ],
      ...(availability ? { notice: { text: availability, warn: true } } : {}),
    };
  },
  incubators: (entry, content) => {
    const d = entry.data;
    const city = content.city(d.city);
    const tenants = related(content.stories, incubatorKey, entry.id);
    const neighbours = inCity(content.incubators, d.city).filter((i) => i.id !== entry.id);
    return {
      layout: common('incubators', entry, content, incubatorBadges(d), incubatorMeta(entry, content), d.verified),
      related: [
        { title: '从这里走出的创业典型', links: tenants.map(linkTo('stories')) },
        capped(`${city.data.name}的其他孵化基地`, neighbours.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
      ],
    };
  },
  training: (entry, content, today) => {
    const d = entry.data;
    const city = content.city(d.city);
    const availability = trainingAvailability(d, today);
    const neighbours = inCity(content.training, d.city).filter((t) => t.id !== entry.id);
    // After the course: where a trainee can start out in the same city.
    const incubators = inCity(content.incubators, d.city).filter((i) => i.data.status === OPEN_INCUBATOR);
    return {
      layout: common('training', entry, content, [trainingBadge(d, today)], trainingMeta(entry, content), d.verified),
      related: [
        capped(`${city.data.name}的其他培训机构`, neighbours.map(linkTo('training')), citySection(city, CITY_GROUPS.training, '培训机构')),
        capped(`${city.data.name}的孵化基地`, incubators.map(linkTo('incubators')), citySection(city, CITY_GROUPS.incubators, '孵化基地')),
      ],
      cityName: city.data.name,
      ...(availability ? { notice: { text: availability, warn: true } } : {}),
    };
  },
  cities: (entry, content, today) => {
    const d = entry.data;
    const incubators = inCity(content.incubators, entry.id);
    const training = inCity(content.training, entry.id);
    const events = inCity(content.events, entry.id);
    // National documents (no city list) apply everywhere, so every city shows them.
    const policies = content.policies.filter((p) => p.data.cities.length === 0 || p.data.cities.includes(entry.id));
    return {
      layout: { ...common('cities', entry, content, [listStatusBadge(d.list_status)], cityMeta(entry), d.updated), title: d.name },
      related: [
        { title: CITY_GROUPS.incubators, links: incubators.map(linkTo('incubators')), empty: '本站暂未收录该市的孵化基地。' },
        { title: CITY_GROUPS.training, links: training.map(linkTo('training')), empty: '本站暂未收录该市的创业培训定点机构。' },
        { title: '活动', links: eventLinks(events, today), empty: '本站暂未收录该市的活动。' },
        { title: CITY_GROUPS.experts, links: inCity(content.experts, entry.id).map(linkTo('experts')), empty: '本站暂未收录该市的创业专家。' },
        { title: '工作动态', links: inCity(content.news, entry.id).slice(0, 5).map(linkTo('news')) },
        { title: CITY_GROUPS.stories, links: inCity(content.stories, entry.id).map(linkTo('stories')), empty: '本站暂未收录该市的创业典型。' },
        { title: '推荐项目', links: inCity(content.projects, entry.id).map(linkTo('projects')), empty: '暂无向该市推荐的创业项目。' },
        { title: '适用政策', links: policies.map(linkTo('policies')) },
      ],
      featured: featuredProjects(content.projects, today, 3, entry.id).map(projectItem),
      incubators: incubators.map(place),
      training: training.map(place),
      events: events.flatMap((e) => (e.data.location ? [{ name: e.data.title, location: e.data.location }] : [])),
    };
  },
};

/** One detail page's data. */
export const detailPage = <C extends CollectionName>(collection: C, entry: EntryOf<C>, content: Content, today = new Date()): DetailPage<C> =>
  BUILDERS[collection](entry, content, today);

/** getStaticPaths for `/<collection>/<id>/`: each entry with its page data and its incremental-build key. */
export function detailPaths<C extends CollectionName>(collection: C) {
  return (async () => {
    const content = await loadContent();
    const today = new Date();
    const shared = await sharedKey();
    const entries: EntryOf<C>[] = content[collection];
    return entries.map((entry) => {
      const page = detailPage(collection, entry, content, today);
      return { params: { slug: entry.id }, props: { entry, page }, cacheKey: pageKey(entry, page, shared) };
    });
  }) satisfies GetStaticPaths;
}
