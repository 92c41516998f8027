/**
 * What every detail page is made of: the layout's props (title, badges, meta rows, the search record, the update
 * record), related groups and notices, and the helpers each collection's builder (src/collections/<name>/page.ts)
 * composes them with. The routes receive a builder's result as a prop and hold no queries, as Starlight's routing/
 * does with its route data.
 */
import type { CollectionName } from '../../schemas/field.ts';
import type { BadgeView } from '../domain/badges.ts';
import { calendarOrder } from '../../collections/events/domain.ts';
import { indexBy } from '../core/groups.ts';
import type { Content } from '../content/entries.ts';
import { revisionsOf, type Revision } from '../content/history.ts';
import { recordOf, searchUrl, type SearchRecord } from '../../search/index.ts';
import { headingId } from '../core/ids.ts';
import { RELATED_LIMIT } from '../core/lists.ts';
import type { Link, MetaRow } from './entry-views.ts';
import { formatTimeSpan } from '../core/format.ts';
import { entryUrl } from '../core/urls.ts';
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
export function capped(title: string, links: Link[], more: Link, empty?: string): RelatedGroup {
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
export const citySection = (city: EntryOf<'cities'>, section: string, noun: string): Link => ({
  href: `${entryUrl('cities', city.id)}#${headingId('related', section)}`,
  label: `查看${city.data.name}的全部${noun}`,
});

/** A search for all of one kind, filtered as the group is. */
export const searchAll = (params: Record<string, string | string[]>, noun: string): Link => ({
  href: searchUrl(params),
  label: `搜索全部${noun}`,
});

export interface Notice {
  text: string;
  warn: boolean;
}

export interface Place {
  name: string;
  location: { lat: number; lng: number };
}

/** A detail page's data: the layout's props, the related groups and a notice, plus what the collection's own
 * Detail.astro shows (src/collections/<name>/page.ts). */
export type DetailPage<Extras extends object = Record<never, never>> = {
  layout: DetailLayoutProps;
  related: RelatedGroup[];
  notice?: Notice;
} & Extras;

/** A collection's page builder: its entry, the whole content and today's date in, the page's data out. */
export type DetailBuilder<C extends CollectionName, Extras extends object = Record<never, never>> = (entry: EntryOf<C>, content: Content, today: Date) => DetailPage<Extras>;

export const linkTo =
  (collection: CollectionName) =>
  (e: { id: string; data: { title: string } }): Link => ({ href: entryUrl(collection, e.id), label: e.data.title });

/** Links to the entries a relation field names, titled as those entries are. */
export const linksTo = (collection: CollectionName, ids: readonly string[], content: Content): Link[] =>
  ids.map((id) => linkTo(collection)(content.entry(collection, id)));

/** The parts every detail page has, from the entry itself; `updated` is 更新日期, or 核实日期 for a directory entry. */
export function common<C extends CollectionName>(collection: C, entry: EntryOf<C>, content: Content, badges: BadgeView[], meta: MetaRow[], updated: Date) {
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

export const place = (e: { data: { title: string; location: { lat: number; lng: number } } }): Place => ({ name: e.data.title, location: e.data.location });

/** Events in calendar order (upcoming soonest first, then past), each with its time: how every related list shows them. */
export const eventLinks = (events: readonly EntryOf<'events'>[], today: Date): Link[] => {
  const { upcoming, past } = calendarOrder(events, today);
  return [...upcoming, ...past].map((e) => ({ href: entryUrl('events', e.id), label: `${e.data.title}（${formatTimeSpan(e.data.start, e.data.end)}）` }));
};

/** The entries of `list` with a value among their `valuesOf` (a story's industry, the groups a project suits), in list
 * order: the curated groups that match by a shared value rather than a relation (an index built once a build: a scan
 * of a whole collection for each page made large builds quadratic): `valuesOf` declared once, at module level
 * (src/lib/core/groups.ts says why). */
export const withValue = <T extends object>(list: readonly T[], valuesOf: (entry: T) => Iterable<string | undefined>, value: string): T[] => indexBy(list, valuesOf).get(value) ?? [];

/** The city page's groups that list all of one kind in the city, which capped groups elsewhere link to. */
export const CITY_GROUPS = { incubators: '孵化基地', training: '创业培训定点机构', experts: '创业专家', stories: '创业典型' } as const;


/** A collection's plain list at /<collection>/ (src/pages/[collection]/[...page].astro): the cards (its `item`) with
 * the links and the note shown above them. */
export interface ListPage {
  links?: Link[];
  note?: string;
}
