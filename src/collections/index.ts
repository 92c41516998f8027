/**
 * The collections' registry: each collection's module is its folder (src/collections/<name>/page.ts), found by name,
 * so a new collection needs no line here. Routes iterate it: the detail pages of every collection, the plain lists
 * of those whose page.ts exports `list`.
 */
import type { GetStaticPaths, PaginateFunction } from 'astro';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/field.ts';
import { loadContent, type Content } from '../lib/content/entries.ts';
import { pageKey, sharedKey, withListKeys } from '../lib/views/cache-keys.ts';
import type { EntryOf } from '../lib/views/routes.ts';
import type { DetailBuilder, DetailPage, ListPage } from '../lib/views/detail.ts';
import type { ItemBuilder } from '../lib/views/entry-views.ts';
import { PAGE_SIZE } from '../lib/core/lists.ts';

/** What a collection's page.ts exports: its detail page's builder, its list card and, for a plain list of cards, its
 * list's links and note. */
interface CollectionModule {
  page: (entry: EntryOf<CollectionName>, content: Content, today: Date) => DetailPage<object>;
  item: ItemBuilder<CollectionName>;
  list?: ListPage;
}

// Vite reads every page.ts once; each pairs its builder with its own collection's entries, which detailPaths keeps
// (an entry is only ever handed to the builder of the folder named after its collection).
const MODULES = import.meta.glob<CollectionModule>('./*/page.ts', { eager: true });

function moduleOf(collection: CollectionName): CollectionModule {
  const found = MODULES[`./${collection}/page.ts`];
  if (!found) throw new Error(`集合 ${collection} 缺少 src/collections/${collection}/page.ts（npm run new:collection 会生成它）`);
  return found;
}

/**
 * The collections whose pages have routes of their own, because a route's pages share one stylesheet: the city
 * dashboard (charts, a map) and the policies, whose MDX bodies may embed the dashboard's components. Every other
 * collection's detail page is /[collection]/[slug]/, drawn by its Detail.astro (./Detail.astro leaves these out too).
 */
export const OWN_DETAIL_ROUTES = ['cities', 'policies'] as const satisfies readonly CollectionName[];
type OwnRoute = (typeof OWN_DETAIL_ROUTES)[number];
export type GenericDetail = Exclude<CollectionName, OwnRoute>;
const hasOwnRoute = (c: CollectionName): c is OwnRoute => (OWN_DETAIL_ROUTES as readonly string[]).includes(c);
export const GENERIC_DETAIL: GenericDetail[] = COLLECTION_NAMES.filter((c): c is GenericDetail => !hasOwnRoute(c));

const entriesOf = <C extends CollectionName>(content: Content, collection: C): EntryOf<C>[] => content[collection];

/** getStaticPaths for `/<collection>/<id>/` of the collections given: each entry with its page data and its
 * incremental-build key. */
export function detailPaths<C extends CollectionName>(collections: readonly C[]) {
  return (async () => {
    const content = await loadContent();
    const today = new Date();
    const shared = await sharedKey();
    return collections.flatMap((collection) => {
      const build = moduleOf(collection).page;
      return entriesOf(content, collection).map((entry) => {
        const page = build(entry, content, today);
        return { params: { collection, slug: entry.id }, props: { collection, entry, page }, cacheKey: pageKey(entry, page, shared) };
      });
    });
  }) satisfies GetStaticPaths;
}

/** getStaticPaths for a collection with a route of its own, typed by its builder (the route passes its page.ts's). */
export function ownDetailPaths<C extends OwnRoute, X extends object>(collection: C, build: DetailBuilder<C, X>) {
  return (async () => {
    const content = await loadContent();
    const today = new Date();
    const shared = await sharedKey();
    return entriesOf(content, collection).map((entry) => {
      const page = build(entry, content, today);
      return { params: { slug: entry.id }, props: { entry, page }, cacheKey: pageKey(entry, page, shared) };
    });
  }) satisfies GetStaticPaths;
}

/** The collections whose list is /[collection]/[...page]/: cards and nothing else (their page.ts exports `list`).
 * The project library (facets and filter pages), the directories with a map and the event calendar have their own. */
export const GENERIC_LISTS: CollectionName[] = COLLECTION_NAMES.filter((c) => moduleOf(c).list !== undefined);

/** One collection's list pages. */
function listPagesOf(collection: CollectionName, paginate: PaginateFunction, content: Content, today: Date) {
  const { item, list } = moduleOf(collection);
  const items = entriesOf(content, collection).map((entry) => item(entry, content, today));
  return withListKeys(paginate(items, { pageSize: PAGE_SIZE, params: { collection }, props: { collection, links: list?.links ?? [], note: list?.note } }), collection, content);
}

/** getStaticPaths for /<collection>/, /<collection>/2/ …: each page of the cards, with its incremental-build key. */
export async function listPaths(paginate: PaginateFunction) {
  const content = await loadContent();
  const today = new Date();
  return (await Promise.all(GENERIC_LISTS.map((collection) => listPagesOf(collection, paginate, content, today)))).flat();
}
