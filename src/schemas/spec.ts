/**
 * What a collection declares besides its fields, in its own schema.ts next to them: the names its section goes by,
 * its schema and the date its lists sort by. The registry (./index.ts) collects one spec per collection.
 */
import type { z } from 'astro/zod';

/** Astro's image helper, or a plain path outside the content layer (CMS, tools, tests). */
export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

/** Keys of T whose value is a date. */
type DateKey<T> = { [K in keyof T]-?: T[K] extends Date ? K : never }[keyof T] & string;

/** Typed per collection (`const xSpec: CollectionSpec<typeof xSchema>`): `dateField` must name a date field of that
 * collection's schema, `order` compare its entries. */
export interface CollectionSpec<S extends z.ZodType> {
  /** Section name: navigation, breadcrumbs, search's 栏目 facet, open data, the site map. */
  label: string;
  /** The list page's heading, where it says more than the label. */
  heading: string;
  /** One sentence under the list's heading, also the section's description in the site map and open data. */
  intro: string;
  /** Given the image helper Astro (or a test) supplies. */
  schema: (image: ImageHelper) => S;
  /** The date lists are ordered by (newest first) and search results sort by. */
  dateField: DateKey<z.output<S>>;
  /** Where a list is not newest first: its own order. */
  order?: (a: z.output<S>, b: z.output<S>) => number;
}

/** What an import sheet says about one column besides the field's own label and hint. */
export interface ImportColumn {
  /** Other headers officials use for the same column: 「城市」 for 城市名称, 「lat」 for 纬度 … */
  aliases?: readonly string[];
  /** Must a new row fill it? (Existing entries keep what a blank cell leaves out.) */
  needed?: boolean;
  /** For the template's instructions, after the field's own hint: what a blank cell means. */
  hint?: string;
}

/**
 * How a collection's spreadsheet reads (npm run import, in src/collections/<name>/import.ts): the columns an
 * official fills first, in this order (the rest follow in the schema's), and what each says besides its field's
 * declaration. Paths are the fields' (`location.lat`); `$name` is a column only the import reads.
 */
export interface ImportSheet {
  first: readonly string[];
  columns: Readonly<Record<string, ImportColumn>>;
}
