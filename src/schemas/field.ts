import { z } from 'astro/zod';
import './messages.ts';

/**
 * Field metadata lives beside the zod declaration so that one declaration can drive validation, the page
 * labels, list filters and the CMS config. It is kept in a typed Zod 4 registry (not `.describe()` strings);
 * `src/schemas/walk.ts` reads it back.
 */
/** The content collections, in navigation order: each is also its URL segment (/training/…) and its folder
 * (content/training/). `COLLECTION_SPECS` in ./index.ts must declare every one (the compiler checks). */
export const COLLECTION_NAMES = ['policies', 'news', 'stories', 'projects', 'events', 'incubators', 'training', 'experts', 'cities'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export interface FieldMeta {
  /** Chinese label shown to readers and editors. */
  label: string;
  /** One-line help text for editors. */
  hint?: string | undefined;
  /** This field holds the id (or ids) of entries in another collection. */
  relation?: CollectionName;
  /** Editing hint for the CMS: a multi-line text box, an uploaded image, or a date with a time of day. */
  widget?: 'text' | 'image' | 'datetime';
  /** A private person's name, phone or e-mail (PIPL 个人信息): published only where the entry records that
   * person's separate consent (a `consent` field beside it or above it). See ./personal.ts. */
  personal?: true;
  /** This boolean records the separate consent (单独同意, PIPL Art. 25) to publish the personal fields of the
   * object holding it, and of everything inside that object. */
  consent?: true;
}

export const fieldRegistry = z.registry<FieldMeta>();

export function field<T extends z.ZodType>(
  schema: T,
  label: string,
  hint?: string,
  options: Pick<FieldMeta, 'widget' | 'personal' | 'consent'> = {},
): T {
  fieldRegistry.add(schema, { label, ...(hint ? { hint } : {}), ...options });
  return schema;
}

/** A private person's name, phone or e-mail: kept for the editors, published only with the person's consent. */
export const personal = <T extends z.ZodType>(schema: T, label: string, hint?: string): T => field(schema, label, hint, { personal: true });

/** The box that records a person's separate consent to publish the personal fields beside it. */
export const consent = <T extends z.ZodType>(schema: T, label: string, hint?: string): T => field(schema, label, hint, { consent: true });

/** Marks a schema (e.g. the one Astro's image helper returns) as an uploaded image, for the CMS. */
export function imageField<T extends z.ZodType>(schema: T): T {
  fieldRegistry.add(schema, { label: '图片', widget: 'image' });
  return schema;
}

/** Lower-case ASCII id of an entry: the file name, also the URL segment. Starts with a letter so it can never
 * collide with a page number in the list routes. */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;
export const SLUG_MESSAGE = '应以小写字母开头，只含小写字母、数字和连字符（如 she-qu-zao-can）';
export const slug = () => z.string().regex(SLUG_PATTERN, SLUG_MESSAGE);

export function relation<C extends CollectionName>(collection: C, label: string, hint?: string) {
  const schema = slug();
  fieldRegistry.add(schema, { label, ...(hint ? { hint } : {}), relation: collection });
  return schema;
}

export function relations<C extends CollectionName>(collection: C, label: string, hint?: string) {
  const schema = z.array(slug()).default([]);
  fieldRegistry.add(schema, { label, ...(hint ? { hint } : {}), relation: collection });
  return schema;
}
