/**
 * What the search index knows about each page: its meta (title, type, date, city, summary), its sort key and its
 * filters. Each collection's search.ts (src/collections/<name>/search.ts, collected in ./collections.ts) names the
 * fields it is filtered by, whose declarations give the filter's label and allowed values, and its status.
 */
import { UI } from '../lib/core/ui-text.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/field.ts';
import { enumOptions, fieldsOf } from '../schemas/walk.ts';
import { COLLECTION_SPECS, COLLECTIONS, collectionLink, SCHEMAS } from '../schemas/index.ts';
import type { Content } from '../lib/content/entries.ts';
import { anyEntries, type AnyEntry } from '../lib/content/any-entry.ts';
import { asText, isoDate } from '../lib/core/format.ts';
import { ORIGIN, UNLISTED } from './state.ts';
import { indexTerms, type IndexTerms } from './terms.ts';
import { SEARCH } from './collections.ts';
import type { CollectionSearch } from './collection.ts';

/** A collection's search specifics (none for a collection without a search.ts). */
const searchOf = (collection: CollectionName): CollectionSearch<CollectionName> => SEARCH[collection] ?? {};

/** A facet reads these fields (single values or lists) of these collections. */
interface FacetSource {
  collection: CollectionName;
  field: string;
}

export interface Facet {
  key: string;
  label: string;
  /** Allowed values in display order; for type, the collection names. */
  values: string[];
  /** Display text of a value where it differs from the value (type: collection → 政策文件). */
  valueLabels?: Record<string, string>;
  collections: CollectionName[];
}

/**
 * Filters several collections share take their label and values from one collection's field, since each names the
 * field its own way (a story's 人群 is one group, a project's 适合人群 several): the project library's, what founders
 * filter most. They come first in the panel.
 */
const SHARED_FACETS: Record<string, CollectionName> = { industry: 'projects', group: 'projects' };

function fromFields(key: string, sources: FacetSource[]): Facet {
  const source = sources.find((s) => s.collection === SHARED_FACETS[key]) ?? sources[0];
  const info = source && fieldsOf(SCHEMAS[source.collection])[source.field];
  if (!info) throw new Error(`facet ${key}: no such field`);
  return {
    key,
    label: info.meta?.label ?? key,
    values: enumOptions(info),
    collections: sources.map((s) => s.collection),
  };
}

/** Every field facet and the fields it reads, from the collections' search.ts: the shared ones, then each
 * collection's own in navigation order. */
const FIELD_SOURCES: Record<string, FacetSource[]> = (() => {
  const sources: Record<string, FacetSource[]> = Object.fromEntries(Object.keys(SHARED_FACETS).map((key) => [key, []]));
  for (const collection of COLLECTION_NAMES) {
    for (const [key, field] of Object.entries(searchOf(collection).facets ?? {})) if (field) (sources[key] ??= []).push({ collection, field });
  }
  return Object.fromEntries(Object.entries(sources).filter(([, list]) => list.length));
})();

/** The filters worked out from an entry, each with the collection it applies to. */
const COMPUTED = COLLECTION_NAMES.flatMap((collection) => (searchOf(collection).computed ?? []).map((facet) => ({ collection, facet })));

const ALL: CollectionName[] = COLLECTIONS.map((c) => c.name);

/** Every facet, in the order the panel shows them. */
export const FACETS: Facet[] = [
  {
    key: 'type',
    label: '栏目',
    values: ALL,
    valueLabels: Object.fromEntries(COLLECTIONS.map((c) => [c.name, c.label])),
    collections: ALL,
  },
  { ...fromFields('province', [{ collection: 'cities', field: 'province' }]), collections: ALL },
  // City names are open-ended (whatever cities the content holds): the values come from the index itself.
  { key: 'city', label: '城市', values: [], collections: ALL },
  ...Object.entries(FIELD_SOURCES).map(([key, sources]) => fromFields(key, sources)),
  ...COMPUTED.map(({ collection, facet: { key, label, values, valueLabels } }) => ({ key, label, values, ...(valueLabels ? { valueLabels } : {}), collections: [collection] })),
];

export interface SearchRecord {
  meta: {
    title: string;
    type: string;
    date: string;
    city: string;
    summary: string;
    sample?: string;
    /** 项目状态 or 有效性, shown on the result as on the page, and the tone of its badge. */
    status?: string;
    status_tone?: string;
  };
  sort: { date: string };
  filters: Record<string, string[]>;
  /** Index-only words: summary, pinyin, synonyms (src/search/terms.ts). */
  terms: IndexTerms;
}

/** The cities an entry belongs to: itself, its `city`, or its `cities` list. */
function citiesOf(collection: CollectionName, entry: AnyEntry, content: Content) {
  if (collection === 'cities') return [content.city(entry.id)];
  const ids = [
    ...(typeof entry.data.city === 'string' ? [entry.data.city] : []),
    ...(Array.isArray(entry.data.cities) ? (entry.data.cities as string[]) : []),
  ];
  return ids.map((id) => content.city(id));
}

const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(asText) : [asText(v)]);

export function searchRecord(collection: CollectionName, entry: AnyEntry, content: Content, today = new Date()): SearchRecord {
  const cities = citiesOf(collection, entry, content);
  const filters: Record<string, string[]> = {
    type: [collection],
    province: [...new Set(cities.map((c) => c.data.province))],
    city: cities.map((c) => c.data.name),
  };
  for (const [key, sources] of Object.entries(FIELD_SOURCES)) {
    const values = sources.filter((s) => s.collection === collection).flatMap((s) => asList(entry.data[s.field]));
    if (values.length) filters[key] = values;
  }
  const search = searchOf(collection);
  // The collection's own parts read its typed data: the entry is the one `content` holds under this collection.
  const { data } = content.entry(collection, entry.id);
  if (search.unlisted?.(data, today)) filters[UNLISTED.key] = [UNLISTED.yes];
  // Ranking only (officialFirst in src/search/state.ts): official documents above sample entries.
  if (entry.data.sample === true) filters[ORIGIN.key] = [ORIGIN.sample];
  else if (search.official) filters[ORIGIN.key] = [ORIGIN.official];
  for (const facet of search.computed ?? []) filters[facet.key] = facet.of(data);
  const status = search.status?.(data, today);
  const date = isoDate(entry.data[COLLECTION_SPECS[collection].dateField] as Date);
  return {
    meta: {
      title: entry.data.title,
      type: collectionLink(collection).label,
      date,
      city: cities.map((c) => c.data.name).join('、'),
      summary: entry.data.summary,
      ...(entry.data.sample === true ? { sample: UI.sample } : {}),
      ...(status ? { status: status.text, status_tone: status.tone } : {}),
    },
    sort: { date },
    filters,
    terms: indexTerms({
      title: entry.data.title,
      summary: entry.data.summary,
      extra: search.terms?.(data) ?? [],
      places: cities.map((c) => c.data.name),
      facts: Object.entries(filters)
        .filter(([key]) => !['type', 'city', 'province', ...COMPUTED.map((c) => c.facet.key), UNLISTED.key, ORIGIN.key].includes(key))
        .flatMap(([, values]) => values),
      text: [entry.data.title, entry.data.summary, entry.body ?? ''].join(' '),
    }),
  };
}

const recordCache = new WeakMap<Content, Map<CollectionName, SearchRecord[]>>();
const recordOfEntry = new WeakMap<object, SearchRecord>();

/** Every entry's record for one collection, computed once per build (list pages all ask for it). */
export function searchRecords(collection: CollectionName, content: Content): SearchRecord[] {
  let byCollection = recordCache.get(content);
  if (!byCollection) recordCache.set(content, (byCollection = new Map<CollectionName, SearchRecord[]>()));
  let records = byCollection.get(collection);
  if (!records) {
    const entries = anyEntries(content, collection);
    records = entries.map((e) => {
      const record = searchRecord(collection, e, content);
      recordOfEntry.set(e, record);
      return record;
    });
    byCollection.set(collection, records);
  }
  return records;
}

/** One entry's record, the very one its collection's records hold: a detail page carries the record the list pages
 * count, worked out once (its pinyin and synonyms are most of a large build's getStaticPaths). */
export function recordOf(collection: CollectionName, entry: AnyEntry, content: Content): SearchRecord {
  searchRecords(collection, content);
  return recordOfEntry.get(entry) ?? searchRecord(collection, entry, content);
}

const countsOf = new WeakMap<SearchRecord[], Record<string, Map<string, number>>>();

/** Facet counts over a set of records, for the server-rendered filter links of the list pages (each page of a
 * list shows the same counts, so they are counted once per record set). */
export function facetCounts(records: SearchRecord[]): Record<string, Map<string, number>> {
  const known = countsOf.get(records);
  if (known) return known;
  const counts: Record<string, Map<string, number>> = {};
  for (const r of records) {
    for (const [key, values] of Object.entries(r.filters)) {
      const map = (counts[key] ??= new Map());
      for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  countsOf.set(records, counts);
  return counts;
}

/** The URL of the search page with these filters ticked. */
export function searchUrl(params: Record<string, string | string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of asList(v)) q.append(k, one);
  return `/search/?${q.toString()}`;
}
