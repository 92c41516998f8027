/**
 * The collection registry: every content collection declared once — its names, its schema, the date its lists
 * sort by. Content config, loading, routes, navigation, search, the CMS, open data, the site map and the test
 * helpers all iterate this; `COLLECTION_NAMES` (./field.ts) lists them, and `satisfies` below makes the compiler
 * demand a declaration for each.
 */
import { z } from 'astro/zod';
import { citiesSpec } from '../collections/cities/schema.ts';
import { incubatorsSpec } from '../collections/incubators/schema.ts';
import { policiesSpec } from '../collections/policies/schema.ts';
import { projectsSpec } from '../collections/projects/schema.ts';
import { storiesSpec } from '../collections/stories/schema.ts';
import { trainingSpec } from '../collections/training/schema.ts';
import { newsSpec } from '../collections/news/schema.ts';
import { eventsSpec } from '../collections/events/schema.ts';
import { expertsSpec } from '../collections/experts/schema.ts';
import { COLLECTION_NAMES, imageField, type CollectionName } from './field.ts';
import type { CollectionSpec, ImageHelper } from './spec.ts';

/** Each collection's spec, declared beside its fields in src/collections/<name>/schema.ts. */
export const COLLECTION_SPECS = {
  policies: policiesSpec,
  news: newsSpec,
  stories: storiesSpec,
  projects: projectsSpec,
  events: eventsSpec,
  incubators: incubatorsSpec,
  training: trainingSpec,
  experts: expertsSpec,
  cities: citiesSpec,
} satisfies Record<CollectionName, CollectionSpec<z.ZodType>>;

type Specs = typeof COLLECTION_SPECS;
/** Every collection's schema, built with the image helper Astro (or a test) supplies. */
export type Schemas = { [N in CollectionName]: Extract<ReturnType<Specs[N]['schema']>, z.ZodType> };

export function schemas(image: ImageHelper): Schemas {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTION_SPECS[name].schema(image)])) as Schemas;
}

/** The schemas outside Astro's content layer (CMS, forms, tools, tests): a photo is the path an editor wrote. */
export const SCHEMAS = schemas(() => imageField(z.string()));

export interface CollectionLink {
  name: CollectionName;
  label: string;
  heading: string;
  intro: string;
  path: string;
}

/** The collections in navigation order, with their section page. */
export const COLLECTIONS: readonly CollectionLink[] = COLLECTION_NAMES.map((name) => {
  const { label, heading, intro } = COLLECTION_SPECS[name];
  return { name, label, heading, intro, path: `/${name}/` };
});

const byName = new Map(COLLECTIONS.map((c) => [c.name, c]));
/** One collection's label, heading, intro and section page. */
export const collectionLink = (name: CollectionName): CollectionLink => byName.get(name)!;

type Data = Record<string, unknown>;

/** How a collection's list is ordered: its registry `order`, else newest first by its `dateField`, then by title so
 * equal dates keep a stable order. */
export function listOrder(name: CollectionName): (a: Data, b: Data) => number {
  // Each spec's `order` and `dateField` are typed by its own schema; entries of that collection are what they get.
  const spec = COLLECTION_SPECS[name] as unknown as { dateField: string; order?: (a: Data, b: Data) => number };
  const time = (d: Data) => (d[spec.dateField] as Date).getTime();
  return spec.order ?? ((a, b) => time(b) - time(a) || String(a.title).localeCompare(String(b.title), 'zh-CN'));
}

export { COLLECTION_NAMES, type CollectionName } from './field.ts';
