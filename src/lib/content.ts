import { getCollection, type CollectionEntry } from 'astro:content';
import { SCHEMAS, type CollectionName } from '../schemas/index.ts';
import { PROVINCES } from '../schemas/taxonomies.ts';
import { cityKeys, indexBy } from './groups.ts';
import { findBrokenRelations, RelationError } from './relations.ts';

export type Policy = CollectionEntry<'policies'>;
export type Story = CollectionEntry<'stories'>;
export type Project = CollectionEntry<'projects'>;
export type Incubator = CollectionEntry<'incubators'>;
export type City = CollectionEntry<'cities'>;

export interface Content {
  policies: Policy[];
  stories: Story[];
  projects: Project[];
  incubators: Incubator[];
  cities: City[];
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

async function load(): Promise<Content> {
  const [policies, stories, projects, incubators, cities] = await Promise.all([
    getCollection('policies'),
    getCollection('stories'),
    getCollection('projects'),
    getCollection('incubators'),
    getCollection('cities'),
  ]);
  const all = { policies, stories, projects, incubators, cities };
  const broken = findBrokenRelations(SCHEMAS, all);
  if (broken.length > 0) throw new RelationError(broken);

  const sortedCities = [...cities].sort(
    (a, b) =>
      (provinceOrder.get(a.data.province) ?? 99) - (provinceOrder.get(b.data.province) ?? 99) ||
      a.data.adcode.localeCompare(b.data.adcode),
  );
  return {
    policies: newestFirst(policies, (e) => e.data.published),
    stories: newestFirst(stories, (e) => e.data.updated),
    projects: newestFirst(projects, (e) => e.data.updated),
    incubators: newestFirst(incubators, (e) => e.data.verified),
    cities: sortedCities,
    city: lookup(cities, 'cities'),
    incubator: lookup(incubators, 'incubators'),
    policy: lookup(policies, 'policies'),
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
