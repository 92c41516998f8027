/**
 * What search knows about one collection besides what every entry has (title, summary, date, cities): declared in
 * the collection's folder (src/collections/<name>/search.ts) and collected in ./collections.ts.
 */
import type { Content } from '../lib/content/entries.ts';
import type { BadgeView } from '../lib/domain/badges.ts';
import type { CollectionName } from '../schemas/field.ts';

type DataOf<C extends CollectionName> = Content[C][number]['data'];
/** The fields of C's entries; for several collections, the fields of any of them. */
type FieldOf<C extends CollectionName> = C extends CollectionName ? keyof DataOf<C> & string : never;

// The functions below are declared as methods, which TypeScript compares bivariantly: a collection's own search (typed
// by its data) is then also a CollectionSearch<CollectionName>, which records.ts reads for any collection, handing
// each the data of its own entries only.

/** A filter whose values are worked out from an entry rather than read from one field. */
export interface ComputedFacet<C extends CollectionName> {
  key: string;
  label: string;
  /** Allowed values in display order, and their display text where it differs. */
  values: string[];
  valueLabels?: Record<string, string>;
  of(data: DataOf<C>): string[];
}

export interface CollectionSearch<C extends CollectionName> {
  /**
   * Filters by the collection's enum fields: facet key (in the search page's address, `?stage=推介中`) → field, whose
   * label and allowed values the filter shows. Collections naming the same key share the filter (SHARED_FACETS in
   * ./records.ts gives it one label).
   */
  facets?: Readonly<Partial<Record<string, FieldOf<C>>>>;
  computed?: readonly ComputedFacet<C>[];
  /** The status a result shows, as its page's badge does. */
  status?(data: DataOf<C>, today: Date): BadgeView;
  /** No longer offered to founders: out of the default results. */
  unlisted?(data: DataOf<C>, today: Date): boolean;
  /** Its entries are official documents, ranked above sample entries. */
  official?: boolean;
  /** Words besides title, summary and body that say what an entry is about. */
  terms?(data: DataOf<C>): string[];
}
