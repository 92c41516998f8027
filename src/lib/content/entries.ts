import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, listOrder, SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import { publicData } from '../../schemas/personal.ts';
import { fieldsOf } from '../../schemas/walk.ts';
import { findBrokenRelations, indexRelations, RelationError } from './relations.ts';

export type Policy = CollectionEntry<'policies'>;
export type Story = CollectionEntry<'stories'>;
export type Project = CollectionEntry<'projects'>;
export type Incubator = CollectionEntry<'incubators'>;
export type Training = CollectionEntry<'training'>;
export type City = CollectionEntry<'cities'>;
export type News = CollectionEntry<'news'>;
export type Event = CollectionEntry<'events'>;
export type Expert = CollectionEntry<'experts'>;

/** Every collection's entries, in list order. */
export type Entries = { [N in CollectionName]: CollectionEntry<N>[] };

export interface Content extends Entries {
  city: (id: string) => City;
  incubator: (id: string) => Incubator;
  policy: (id: string) => Policy;
  /** Any entry by collection and id, typed by its collection. */
  entry: <C extends CollectionName>(collection: C, id: string) => CollectionEntry<C>;
  /** The entries of `source` whose relation fields name `id` of `target`, in list order (the relation index,
   * src/lib/content/relations.ts): every "linked from here" group. */
  linkedFrom: <S extends CollectionName>(target: CollectionName, id: string, source: S) => readonly CollectionEntry<S>[];
  /** …naming any of `ids`, each entry once, in list order. */
  linkedFromAny: <S extends CollectionName>(target: CollectionName, ids: readonly string[], source: S) => CollectionEntry<S>[];
}

function lookup<T extends { id: string }>(list: T[], collection: CollectionName): (id: string) => T {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    // Relations are checked when the content loads, so this only fires on a programming error.
    if (!found) throw new Error(`${collection}: no entry "${id}"`);
    return found;
  };
}

/** A collection's entries as they may be published: personal fields without consent are left out here, once,
 * so no page, poster, search record, feed or open-data file can show them. */
async function publicEntries<N extends CollectionName>(name: N): Promise<CollectionEntry<N>[]> {
  const fields = fieldsOf(SCHEMAS[name]);
  const compare = listOrder(name);
  return (await getCollection(name))
    .map((entry) => ({ ...entry, data: publicData(fields, entry.data) }))
    .sort((a, b) => compare(a.data, b.data));
}

async function load(): Promise<Content> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await publicEntries(name)] as const));
  const all = Object.fromEntries(loaded) as Entries;
  const broken = findBrokenRelations(SCHEMAS, all);
  if (broken.length > 0) throw new RelationError(broken);
  const byId = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, lookup<{ id: string }>(all[name], name)])) as {
    [C in CollectionName]: (id: string) => CollectionEntry<C>;
  };
  const { linkedFrom } = indexRelations<Entries[CollectionName][number]>(SCHEMAS, all);
  // The index files each entry under its own collection's name, so what it holds for `source` is of that collection.
  const from = <S extends CollectionName>(target: CollectionName, id: string, source: S) => linkedFrom(target, id, source) as readonly CollectionEntry<S>[];
  const positions = new Map<object, number>();
  for (const name of COLLECTION_NAMES) all[name].forEach((e, i) => positions.set(e, i));
  return {
    ...all,
    linkedFrom: from,
    linkedFromAny: (target, ids, source) =>
      [...new Set(ids.flatMap((id) => from(target, id, source)))].sort((a, b) => positions.get(a)! - positions.get(b)!),
    city: byId.cities,
    incubator: byId.incubators,
    policy: byId.policies,
    entry: (collection, id) => byId[collection](id),
  };
}

let cached: Promise<Content> | undefined;

/** All collections, read once per build and shared by every page. */
export function loadContent(): Promise<Content> {
  cached ??= load();
  return cached;
}
