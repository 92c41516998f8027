import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, COLLECTION_SPECS, SCHEMAS, type CollectionName } from '../schemas/index.ts';
import { PROVINCES } from '../schemas/taxonomies.ts';
import { cityKeys, indexBy } from './groups.ts';
import { findBrokenRelations, RelationError } from './relations.ts';

export type Policy = CollectionEntry<'policies'>;
export type Story = CollectionEntry<'stories'>;
export type Project = CollectionEntry<'projects'>;
export type Incubator = CollectionEntry<'incubators'>;
export type Training = CollectionEntry<'training'>;
export type City = CollectionEntry<'cities'>;

/** Every collection's entries, in list order. */
export type Entries = { [N in CollectionName]: CollectionEntry<N>[] };

export interface Content extends Entries {
  city: (id: string) => City;
  incubator: (id: string) => Incubator;
  policy: (id: string) => Policy;
}

/** Newest first, then by title so equal dates keep a stable order. */
function newestFirst<T extends { data: { title: string } }>(list: T[], date: (e: T) => Date): T[] {
  return [...list].sort(
    (a, b) => date(b).getTime() - date(a).getTime() || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

const provinceOrder = new Map<string, number>(PROVINCES.map((p, i) => [p.name, i]));

function lookup<T extends { id: string }>(list: T[], collection: CollectionName): (id: string) => T {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    // Relations are checked when the content loads, so this only fires on a programming error.
    if (!found) throw new Error(`${collection}: no entry "${id}"`);
    return found;
  };
}

/** A collection in its list order: newest first by its registry date; cities by province, then code. */
function ordered<N extends CollectionName>(name: N, list: CollectionEntry<N>[]): CollectionEntry<N>[] {
  if (name === 'cities') {
    const cities = list as City[];
    return [...cities].sort(
      (a, b) =>
        (provinceOrder.get(a.data.province) ?? 99) - (provinceOrder.get(b.data.province) ?? 99) ||
        a.data.adcode.localeCompare(b.data.adcode),
    ) as CollectionEntry<N>[];
  }
  const field = COLLECTION_SPECS[name].dateField;
  return newestFirst(list as { data: Record<string, unknown> & { title: string } }[], (e) => e.data[field] as Date) as CollectionEntry<N>[];
}

async function load(): Promise<Content> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, ordered(name, await getCollection(name))] as const));
  const all = Object.fromEntries(loaded) as Entries;
  const broken = findBrokenRelations(SCHEMAS, all);
  if (broken.length > 0) throw new RelationError(broken);
  return {
    ...all,
    city: lookup(all.cities, 'cities'),
    incubator: lookup(all.incubators, 'incubators'),
    policy: lookup(all.policies, 'policies'),
  };
}

let cached: Promise<Content> | undefined;

/** All collections, read once per build and shared by every page. */
export function loadContent(): Promise<Content> {
  cached ??= load();
  return cached;
}

/** Entries of a collection that point at `cityId`, through a single `city` field or a `cities` list. */
export function inCity<T extends { data: { city?: string; cities?: string[] } }>(list: T[], cityId: string): T[] {
  return [...(indexBy(list, cityKeys).get(cityId) ?? [])];
}
