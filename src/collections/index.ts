/**
 * The collections' registry: each collection's page builder (src/collections/<name>/page.ts), and the paths of its
 * detail pages. Routes and tools iterate this list instead of naming collections one by one.
 */
import type { GetStaticPaths } from 'astro';
import type { CollectionName } from '../schemas/field.ts';
import { loadContent, type Content } from '../lib/content/entries.ts';
import { pageKey, sharedKey } from '../lib/views/cache-keys.ts';
import type { EntryOf } from '../lib/views/routes.ts';
import type { ListPage } from '../lib/views/detail.ts';
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../lib/core/lists.ts';
import { withListKeys } from '../lib/views/cache-keys.ts';
import { page as cities } from './cities/page.ts';
import { page as events } from './events/page.ts';
import { list as expertsList, page as experts } from './experts/page.ts';
import { page as incubators } from './incubators/page.ts';
import { list as newsList, page as news } from './news/page.ts';
import { list as policiesList, page as policies } from './policies/page.ts';
import { page as projects } from './projects/page.ts';
import { list as storiesList, page as stories } from './stories/page.ts';
import { page as training } from './training/page.ts';

/** Each collection's detail-page builder. */
const PAGES = { policies, news, events, experts, stories, projects, incubators, training, cities };

/** The page data a collection's builder makes for one entry. */
export type DetailPageOf<C extends CollectionName> = ReturnType<(typeof PAGES)[C]>;

// Typed as a mapped type so that indexing it with a generic collection keeps the entry and page types paired.
const DETAIL_PAGES: { [C in CollectionName]: (entry: EntryOf<C>, content: Content, today: Date) => DetailPageOf<C> } = PAGES;

/** One detail page's data. */
export const detailPage = <C extends CollectionName>(collection: C, entry: EntryOf<C>, content: Content, today = new Date()): DetailPageOf<C> =>
  DETAIL_PAGES[collection](entry, content, today);

const entriesOf = <C extends CollectionName>(content: Content, collection: C): EntryOf<C>[] => content[collection];

/** The collections /[collection]/[slug]/ serves (Detail.astro): all but the city dashboard and the policies, whose
 * pages load the dashboard's styles. */
export const GENERIC_DETAIL = ['news', 'events', 'experts', 'stories', 'projects', 'incubators', 'training'] as const satisfies readonly CollectionName[];
export type GenericDetail = (typeof GENERIC_DETAIL)[number];

/** getStaticPaths for `/<collection>/<id>/` of the collections given: each entry with its page data and its
 * incremental-build key. */
export function detailPaths<C extends CollectionName>(collections: readonly C[]) {
  return (async () => {
    const content = await loadContent();
    const today = new Date();
    const shared = await sharedKey();
    return collections.flatMap((collection) =>
      entriesOf(content, collection).map((entry) => {
        const page = detailPage(collection, entry, content, today);
        return { params: { collection, slug: entry.id }, props: { collection, entry, page }, cacheKey: pageKey(entry, page, shared) };
      }),
    );
  }) satisfies GetStaticPaths;
}

/** The collections whose list is /[collection]/[...page]/: cards and nothing else. The project library (facets and
 * filter pages) and the directories with a map keep routes of their own, so the map's styles load only there. */
const LISTS = { policies: policiesList, news: newsList, stories: storiesList, experts: expertsList };
export type ListedCollection = keyof typeof LISTS;
const LIST_PAGES: { [C in ListedCollection]: ListPage<C> } = LISTS;
export const GENERIC_LISTS = Object.keys(LISTS) as ListedCollection[];

/** One collection's list pages. */
function listPagesOf<C extends ListedCollection>(collection: C, paginate: PaginateFunction, content: Content, today: Date) {
  const list = LIST_PAGES[collection];
  const items = entriesOf(content, collection).map((entry) => list.item(entry, content, today));
  return withListKeys(paginate(items, { pageSize: PAGE_SIZE, params: { collection }, props: { collection, links: list.links ?? [], note: list.note } }), collection, content);
}

/** getStaticPaths for /<collection>/, /<collection>/2/ …: each page of the cards, with its incremental-build key. */
export async function listPaths(paginate: PaginateFunction) {
  const content = await loadContent();
  const today = new Date();
  return (await Promise.all(GENERIC_LISTS.map((collection) => listPagesOf(collection, paginate, content, today)))).flat();
}
