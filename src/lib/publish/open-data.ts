/**
 * Open data: every collection as JSON and CSV, built from the validated entries. The field list (name, Chinese
 * label, help text, type) is read from the schemas with the same walker the CMS form is generated from, so the
 * documentation cannot drift.
 */
import { asText } from '../core/format.ts';
import type { CollectionName } from '../../schemas/field.ts';
import { collectionLink, SCHEMAS } from '../../schemas/index.ts';
import { fieldsOf, type FieldInfo } from '../../schemas/walk.ts';
import type { Content } from '../content/entries.ts';
import { anyEntries } from '../content/any-entry.ts';
import { isoDate } from '../core/format.ts';
import { entryUrl } from '../core/urls.ts';

/** Bump the major number when a field is removed or changes meaning, the minor when one is added. */
export const SCHEMA_VERSION = '1.0.0';

export interface DataField {
  name: string;
  label: string;
  hint?: string;
  type: string;
}

const TYPE: Record<FieldInfo['kind'], string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  true: '是/否',
  date: '日期 YYYY-MM-DD',
  enum: '选项',
  image: '图片路径',
  array: '列表',
  object: '对象',
};

const typeOf = (info: FieldInfo): string => (info.meta?.relation ? '条目标识' : TYPE[info.kind]);

/** Leaf fields with dotted names (source.name); lists of objects stay one column holding JSON. */
export function dataFields(collection: CollectionName): DataField[] {
  const walk = (fields: Record<string, FieldInfo>, prefix: string, labelPrefix: string): DataField[] =>
    Object.entries(fields).flatMap(([key, info]) => {
      const name = `${prefix}${key}`;
      const label = `${labelPrefix}${info.meta?.label ?? key}`;
      if (info.kind === 'object') return walk(info.fields, `${name}.`, `${label}·`);
      // A list is one cell: its values joined (relations by their ids, options by name), or JSON for records.
      const type =
        info.kind !== 'array' ? typeOf(info) : `${info.meta?.relation ? '条目标识' : info.element.kind === 'enum' ? '选项' : '列表'}（多值）`;
      return [{ name, label, ...(info.meta?.hint ? { hint: info.meta.hint } : {}), type }];
    });
  return [
    { name: 'id', label: '标识', type: '文本' },
    { name: 'url', label: '网址', type: '文本' },
    ...walk(fieldsOf(SCHEMAS[collection]), '', ''),
  ];
}

/** The address of each picture's processed copy (src/lib/publish/images.ts), keyed by the image Astro loaded. */
export type ImageUrls = ReadonlyMap<object, string>;

const plain = (value: unknown, images: ImageUrls): unknown => {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, images));
  if (value && typeof value === 'object') {
    // Astro image metadata → its processed copy. Never the original's `src`: reading it would publish the
    // upload as it was, EXIF and GPS included (Astro keeps an original only when something reads it).
    if ('src' in value && 'format' in value) return images.get(value) ?? null;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, images)]));
  }
  return value;
};

export function dataItems(collection: CollectionName, content: Content, images: ImageUrls = new Map()): Record<string, unknown>[] {
  return anyEntries(content, collection).map((e) => ({
    id: e.id,
    url: entryUrl(collection, e.id),
    ...(plain(e.data, images) as Record<string, unknown>),
  }));
}

export function dataJson(collection: CollectionName, content: Content, generated: Date, images: ImageUrls = new Map()) {
  const items = dataItems(collection, content, images);
  return {
    schema_version: SCHEMA_VERSION,
    collection,
    label: collectionLink(collection).label,
    generated: isoDate(generated),
    count: items.length,
    fields: dataFields(collection),
    items,
  };
}

/** Text Excel or WPS would run as a formula: =, +, -, @ (also full-width), tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One CSV cell. Text that would start a formula gets a leading apostrophe, as OWASP recommends against CSV
 * injection: an official opening the export in Excel sees the text, and =HYPERLINK(…) does not run. Numbers stay
 * numbers (a negative coordinate is not a formula).
 */
export function csvCell(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.every((v) => typeof v !== 'object')
          ? value.join('；')
          : JSON.stringify(value)
        : asText(value);
  const safe = typeof value !== 'number' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const pick = (item: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);

/** CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends, a header row. */
export function dataCsv(collection: CollectionName, content: Content, images: ImageUrls = new Map()): string {
  const fields = dataFields(collection);
  const rows = [fields.map((f) => csvCell(f.name)).join(',')];
  for (const item of dataItems(collection, content, images)) rows.push(fields.map((f) => csvCell(pick(item, f.name))).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
