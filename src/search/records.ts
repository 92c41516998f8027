/**
 * What the search index knows about each page: its meta (title, type, date, city, summary), its sort key and its
 * filters. The facets are derived from the schemas — each names the collection fields it reads; the label and
 * the allowed values come from those fields' declarations.
 */
import { UI } from '../lib/core/ui-text.ts';
import type { CollectionName } from '../schemas/field.ts';
import { enumOptions, fieldsOf } from '../schemas/walk.ts';
import { COLLECTION_SPECS, COLLECTIONS, collectionLink, SCHEMAS } from '../schemas/index.ts';
import type { Content } from '../lib/content/entries.ts';
import { anyEntries, type AnyEntry } from '../lib/content/any-entry.ts';
import { asText, isoDate } from '../lib/core/format.ts';
import { ORIGIN, UNLISTED } from './state.ts';
import { eventBadge, stageBadge, trainingBadge, validityBadge, type BadgeView } from '../lib/domain/badges.ts';
import { isRecognised } from '../lib/domain/training.ts';
import { projectAvailability } from '../lib/domain/projects.ts';
import { indexTerms, type IndexTerms } from './terms.ts';
import { BUDGET_STEPS, budgetLabel, PAUSED_TRAINING, READING_GENRE } from '../schemas/taxonomies.ts';

/** Withdrawn or past its 有效期: no longer offered to founders, so out of the default results. Projects still
 * being developed, collected or reviewed are listed (with their stage shown); so is a training institution that
 * has paused enrolment (with its status), but not one whose recognition was revoked or has expired. */
const NOT_OFFERED: Partial<Record<CollectionName, (id: string, content: Content, today: Date) => boolean>> = {
  projects: (id, content, today) => projectAvailability(content.entry('projects', id).data, today) !== null,
  training: (id, content, today) => {
    const data = content.entry('training', id).data;
    return data.status !== PAUSED_TRAINING && !isRecognised(data, today);
  },
};

/** The status a result shows, as its page's badge does. */
const STATUS: Partial<Record<CollectionName, (id: string, content: Content, today: Date) => BadgeView>> = {
  projects: (id, content) => stageBadge(content.entry('projects', id).data.stage),
  policies: (id, content) => {
    const { validity } = content.entry('policies', id).data;
    return { ...validityBadge(validity), text: `有效性：${validity}` };
  },
  training: (id, content, today) => trainingBadge(content.entry('training', id).data, today),
  events: (id, content, today) => eventBadge(content.entry('events', id).data, today),
};


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

function fromFields(key: string, sources: FacetSource[]): Facet {
  const source = sources[0];
  const first = source && fieldsOf(SCHEMAS[source.collection])[source.field];
  if (!first) throw new Error(`facet ${key}: no such field`);
  return {
    key,
    label: first.meta?.label ?? key,
    values: enumOptions(first),
    collections: sources.map((s) => s.collection),
  };
}

const FIELD_SOURCES: Record<string, FacetSource[]> = {
  industry: [
    { collection: 'projects', field: 'industry' },
    { collection: 'stories', field: 'industry' },
    { collection: 'experts', field: 'industries' },
  ],
  group: [
    { collection: 'projects', field: 'groups' },
    { collection: 'stories', field: 'group' },
  ],
  topic: [{ collection: 'policies', field: 'topics' }],
  validity: [{ collection: 'policies', field: 'validity' }],
  stage: [{ collection: 'projects', field: 'stage' }],
  band: [{ collection: 'projects', field: 'band' }],
  support: [{ collection: 'projects', field: 'support' }],
  service: [{ collection: 'incubators', field: 'services' }],
  course: [{ collection: 'training', field: 'courses' }],
  fee: [{ collection: 'training', field: 'fee' }],
  genre: [{ collection: 'news', field: 'genre' }],
  kind: [{ collection: 'events', field: 'kind' }],
  specialty: [{ collection: 'experts', field: 'specialties' }],
  serve: [{ collection: 'experts', field: 'services' }],
};

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
  {
    key: 'budget',
    label: '投资预算',
    values: BUDGET_STEPS.map(String),
    valueLabels: Object.fromEntries(BUDGET_STEPS.map((step) => [String(step), budgetLabel(step)])),
    collections: ['projects'],
  },
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



/** The 投资预算 steps (万元) a project fits: every step at or above its minimum investment. */
const budgetSteps = (investMin: number) => BUDGET_STEPS.filter((step) => investMin <= step * 10_000).map(String);

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

/** A 政策解读: it explains a document, so the document's own words should find the document first. */
const isReading = (entry: AnyEntry) => entry.data.genre === READING_GENRE;

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
  if (NOT_OFFERED[collection]?.(entry.id, content, today)) filters[UNLISTED.key] = [UNLISTED.yes];
  // Ranking only (officialFirst in src/search/state.ts): official documents above sample entries.
  if (entry.data.sample === true) filters[ORIGIN.key] = [ORIGIN.sample];
  else if (collection === 'policies') filters[ORIGIN.key] = [ORIGIN.official];
  if (collection === 'projects' && typeof entry.data.invest_min === 'number') filters.budget = budgetSteps(entry.data.invest_min);
  const status = STATUS[collection]?.(entry.id, content, today);
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
      // A policy's 发文字号 and 主题分类 say what it is about (the topics are the editor's, not a guess). A 解读
      // carries its document's number: that finds the document, not the reading (see `about` below).
      extra: collection === 'policies' && !isReading(entry) ? [asText(entry.data.doc_number), ...((entry.data.topics as string[] | undefined) ?? [])] : [],
      places: cities.map((c) => c.data.name),
      facts: Object.entries(filters)
        .filter(([key]) => !['type', 'city', 'province', 'budget', UNLISTED.key, ORIGIN.key].includes(key))
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
