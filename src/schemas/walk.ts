/**
 * The one schema walker. It turns a collection's zod schema into a plain tree of fields — kind, label, hint,
 * required, default, bounds, pattern, options, relation, nested fields — and every consumer (the CMS config,
 * search facets, relation checks, labels in messages, the hostile-content fixture) reads that tree instead of
 * zod's internals. Only this file knows how Zod 4 wraps a schema.
 * https://zod.dev/metadata · https://zod.dev/packages/core (`def`, checks)
 */
import { z } from 'astro/zod';
import { fieldRegistry, type CollectionName, type FieldMeta } from './field.ts';

export type FieldKind =
  | { kind: 'string'; minLength?: number; maxLength?: number; format?: Format; pattern?: Pattern }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  /** z.literal(true): a box that must be ticked (consent). */
  | { kind: 'true' }
  | { kind: 'date' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'image' }
  | { kind: 'array'; element: FieldInfo; minItems?: number }
  | { kind: 'object'; fields: Record<string, FieldInfo> };

/** A string format zod checks itself, with the message the field declared for it. */
export interface Format {
  name: 'url' | 'email';
  message?: string;
}

export interface Pattern {
  source: string;
  flags: string;
  message: string;
}

export type FieldInfo = FieldKind & {
  /** Label, hint, relation and widget as declared with `field()` / `relation()`. */
  meta?: FieldMeta | undefined;
  required: boolean;
  default?: unknown;
};

type CheckDef = z.core.$ZodCheckDef;

function checksOf(schema: z.ZodType): CheckDef[] {
  return (schema.def.checks ?? []).map((c) => c._zod.def);
}

const isRegex = (c: CheckDef): c is z.core.$ZodCheckRegexDef =>
  c.check === 'string_format' && (c as z.core.$ZodCheckStringFormatDef).format === 'regex';
const isMinLength = (c: CheckDef): c is z.core.$ZodCheckMinLengthDef => c.check === 'min_length';

/** The message a check was declared with: `.regex(re, '…')` keeps it as an error function of no argument. */
function declaredMessage(check: CheckDef): string | undefined {
  const out: unknown = (check.error as (() => unknown) | undefined)?.();
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out) return String(out.message);
  return undefined;
}

function stringKind(schema: z.ZodString | z.ZodStringFormat): FieldKind {
  const regex = checksOf(schema).find(isRegex);
  const name = schema.format === 'url' || schema.format === 'email' ? schema.format : undefined;
  // z.url() / z.email() are themselves the format check, so the declared message sits on the schema's def.
  const message = name ? declaredMessage(schema.def as CheckDef) : undefined;
  const format: Format | undefined = name ? { name, ...(message ? { message } : {}) } : undefined;
  return {
    kind: 'string',
    ...(schema.minLength !== null ? { minLength: schema.minLength } : {}),
    ...(schema.maxLength !== null ? { maxLength: schema.maxLength } : {}),
    ...(format ? { format } : {}),
    ...(regex
      ? { pattern: { source: regex.pattern.source, flags: regex.pattern.flags, message: declaredMessage(regex) ?? '格式不正确' } }
      : {}),
  };
}

function numberKind(schema: z.ZodNumber): FieldKind {
  const safe = (n: number | null) => (n === null || !Number.isFinite(n) || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  const min = safe(schema.minValue);
  const max = safe(schema.maxValue);
  return { kind: 'number', int: schema.format === 'safeint' || schema.format === 'int32' || schema.format === 'uint32', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function arrayKind(schema: z.ZodArray<z.ZodType>): FieldKind {
  const min = checksOf(schema).find(isMinLength)?.minimum;
  return { kind: 'array', element: describe(schema.element), ...(min ? { minItems: min } : {}) };
}

const described = new WeakMap<z.ZodType, FieldInfo>();

/** A field's description, looking through optional/default/nullable/pipe wrappers for its metadata and kind.
 * Computed once per schema object (relation checks ask for every entry). */
export function describe(schema: z.ZodType): FieldInfo {
  let info = described.get(schema);
  if (!info) described.set(schema, (info = describeOnce(schema)));
  return info;
}

function describeOnce(schema: z.ZodType): FieldInfo {
  let s: z.ZodType = schema;
  let meta = fieldRegistry.get(s);
  let required = true;
  let def: unknown;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      required = false;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodDefault) {
      required = false;
      def = s.def.defaultValue;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      // Astro's image() is a string piped through a transform: describe what the editor writes.
      s = s.in as z.ZodType;
    } else break;
    // The label sits on the outer declaration, a widget marker (image) may sit on the helper's inner schema.
    const inner = fieldRegistry.get(s);
    if (inner) meta = meta ? { ...inner, ...meta } : inner;
  }
  const extra = { ...(meta ? { meta } : {}), required, ...(def === undefined ? {} : { default: def }) };
  if (meta?.widget === 'image') return { kind: 'image', ...extra };
  return { ...kindOf(s), ...extra };
}

function kindOf(s: z.ZodType): FieldKind {
  if (s instanceof z.ZodString || s instanceof z.ZodStringFormat) return stringKind(s);
  if (s instanceof z.ZodNumber) return numberKind(s);
  if (s instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (s instanceof z.ZodLiteral && s.values.size === 1 && s.values.has(true)) return { kind: 'true' };
  if (s instanceof z.ZodDate) return { kind: 'date' };
  if (s instanceof z.ZodEnum) return { kind: 'enum', options: s.options.map(String) };
  if (s instanceof z.ZodArray) return arrayKind(s as z.ZodArray<z.ZodType>);
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    return { kind: 'object', fields: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, describe(v)])) };
  }
  throw new Error(`schema walker: no description for a ${s.def.type} schema`);
}

/** The top-level fields of a collection schema, in declaration order. */
export function fieldsOf(schema: z.ZodType): Record<string, FieldInfo> {
  const info = describe(schema);
  if (info.kind !== 'object') throw new Error('fieldsOf: not an object schema');
  return info.fields;
}

/** The label of every top-level field of a schema, keyed by the schema's own field names: a mistyped key does
 * not compile, and every declared field has a label. */
export type Labels<S extends z.ZodType> = { readonly [K in keyof NonNullable<z.output<S>> & string]-?: string };

export function labelsOf<S extends z.ZodType>(schema: S): Labels<S> {
  return Object.fromEntries(Object.entries(fieldsOf(schema)).map(([k, f]) => [k, f.meta?.label ?? k])) as Labels<S>;
}

/** The allowed values of an enum field or a list of enums. */
export function enumOptions(info: FieldInfo): string[] {
  if (info.kind === 'enum') return info.options;
  if (info.kind === 'array' && info.element.kind === 'enum') return info.element.options;
  throw new Error('enumOptions: not an enum field');
}

/** 「专家论证记录 › 论证日期」 for an issue path such as ['review', 'date'], list positions as 第 n 项. */
export function pathLabel(fields: Record<string, FieldInfo>, path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let here: FieldInfo | undefined;
  let level: Record<string, FieldInfo> | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      words.push(`第 ${key + 1} 项`);
      if (here?.kind === 'array') here = here.element;
    } else {
      here = level?.[String(key)];
      words.push(here?.meta?.label ?? String(key));
    }
    level = here?.kind === 'object' ? here.fields : undefined;
  }
  return words.join(' › ');
}

export interface Leaf {
  /** Dotted path into the data, e.g. `results[0].source`. */
  path: string;
  info: FieldInfo;
  value: unknown;
}

/**
 * Walks `value` along the field tree and yields every field the tree reaches, with its path and value.
 * `stop` decides where to stop descending (a relation, a text field …); lists without items yield one
 * `[0]` slot so that optional shapes are visited too when `emptyLists` is set.
 */
export function* leaves(
  fields: Record<string, FieldInfo>,
  value: unknown,
  stop: (info: FieldInfo) => boolean,
  options: { emptyLists?: boolean } = {},
  prefix = '',
): Generator<Leaf> {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  for (const [key, info] of Object.entries(fields)) {
    yield* leavesOf(info, record[key], prefix ? `${prefix}.${key}` : key, stop, options);
  }
}

function* leavesOf(
  info: FieldInfo,
  value: unknown,
  path: string,
  stop: (info: FieldInfo) => boolean,
  options: { emptyLists?: boolean },
): Generator<Leaf> {
  if (stop(info)) {
    yield { path, info, value };
  } else if (info.kind === 'object') {
    yield* leaves(info.fields, value, stop, options, path);
  } else if (info.kind === 'array') {
    const items = Array.isArray(value) ? value : [];
    const slots = items.length === 0 && options.emptyLists ? [undefined] : items;
    for (const [i, item] of slots.entries()) yield* leavesOf(info.element, item, `${path}[${i}]`, stop, options);
  }
}

export type { CollectionName };
