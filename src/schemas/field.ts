import { z } from 'astro/zod';

/**
 * Field metadata lives beside the zod declaration so that one declaration can drive validation, the page
 * labels, list filters and the CMS config. Kept in a WeakMap (not `.describe()` strings) so it is typed.
 */
export type CollectionName = 'policies' | 'stories' | 'projects' | 'incubators' | 'cities';

export interface FieldMeta {
  /** Chinese label shown to readers and editors. */
  label: string;
  /** One-line help text for editors. */
  hint?: string | undefined;
  /** This field holds the id (or ids) of entries in another collection. */
  relation?: CollectionName;
  /** Editing hint for the CMS: a multi-line text box, or an uploaded image. */
  widget?: 'text' | 'image';
}

const registry = new WeakMap<z.ZodTypeAny, FieldMeta>();

export function field<T extends z.ZodTypeAny>(
  schema: T,
  label: string,
  hint?: string,
  options: Pick<FieldMeta, 'widget'> = {},
): T {
  registry.set(schema, { label, hint, ...options });
  return schema;
}

/** Marks a schema (e.g. the string an image helper returns) as an uploaded image, for the CMS. */
export function imageField<T extends z.ZodTypeAny>(schema: T): T {
  registry.set(schema, { label: '图片', widget: 'image' });
  return schema;
}

/** Lower-case ASCII id of an entry: the file name, also the URL segment. Starts with a letter so it can never
 * collide with a page number in the list routes. */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;
const slug = () => z.string().regex(SLUG_PATTERN, '应为以小写字母开头的英文标识（小写字母、数字、连字符）');

export function relation<C extends CollectionName>(collection: C, label: string, hint?: string) {
  const schema = slug();
  registry.set(schema, { label, hint, relation: collection });
  return schema;
}

export function relations<C extends CollectionName>(collection: C, label: string, hint?: string) {
  const schema = z.array(slug()).default([]);
  registry.set(schema, { label, hint, relation: collection });
  return schema;
}

/** Metadata of a field, looking through optional/default/effects wrappers. */
export function metaOf(schema: z.ZodTypeAny): FieldMeta | undefined {
  let s: z.ZodTypeAny | undefined = schema;
  while (s) {
    const meta = registry.get(s);
    if (meta) return meta;
    const def = s._def as { innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny };
    s = def.innerType ?? def.schema;
  }
  return undefined;
}

/** The schema inside optional/default/effects wrappers: a string, object, array … */
export function baseOf(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  for (;;) {
    const def = s._def as { innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny };
    const inner = def.innerType ?? def.schema;
    if (!inner) return s;
    s = inner;
  }
}

/** The object shape behind a schema (unwrapping refinements), for walking its fields. */
export function shapeOf(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  const s = baseOf(schema);
  if (!(s instanceof z.ZodObject)) throw new Error('shapeOf: not an object schema');
  return s.shape as Record<string, z.ZodTypeAny>;
}

/** Label of every top-level field of a schema, for metadata tables and error messages. */
export function labelsOf(schema: z.ZodTypeAny): Record<string, string> {
  return Object.fromEntries(Object.entries(shapeOf(schema)).map(([k, v]) => [k, metaOf(v)?.label ?? k]));
}
