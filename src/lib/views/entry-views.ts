/**
 * The parts every collection's cards and metadata rows are made of (each collection's own are in its
 * src/collections/<name>/page.ts): the shapes pages render, the field labels, and the row helpers. Labels come
 * from the schemas (labelsOf), so a field renamed there is renamed on every page.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/field.ts';
import { SCHEMAS } from '../../schemas/index.ts';
import { labelsOf, type Labels } from '../../schemas/walk.ts';
import type { City, Content } from '../content/entries.ts';
import type { BadgeView } from '../domain/badges.ts';
import { entryUrl } from '../core/urls.ts';
import type { EntryOf } from './routes.ts';

export interface Link {
  href: string;
  label: string;
}

export interface ListItem {
  href: string;
  title: string;
  summary: string;
  sample: boolean;
  badges: BadgeView[];
  facts: string[];
}

export interface MetaRow {
  label: string;
  value: string | Link[];
}

type CollectionLabels = { readonly [C in CollectionName]: Labels<(typeof SCHEMAS)[C]> };

/** Every collection's field labels, as the schemas declare them (and the shared 联系方式 block's); pages read
 * theirs from here. */
export const LABELS = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((c) => [c, labelsOf(SCHEMAS[c])])) as CollectionLabels),
  contact: labelsOf(SCHEMAS.incubators.shape.contact),
};

/** 「A、B」, or a dash for an empty list. */
export const joinList = (list: readonly string[]) => (list.length ? list.join('、') : '—');
export const cityLink = (c: City): Link => ({ href: entryUrl('cities', c.id), label: c.data.name });
export const cityLinks = (content: Content, ids: string[]) => ids.map((id) => cityLink(content.city(id)));

/** A list card: the entry's link, title, summary and 示例 flag, with its badges and facts. */
export function card(
  collection: CollectionName,
  e: { id: string; data: { title: string; summary: string; sample: boolean } },
  badges: BadgeView[],
  facts: string[],
): ListItem {
  return { href: entryUrl(collection, e.id), title: e.data.title, summary: e.data.summary, sample: e.data.sample, badges, facts };
}

/** Drops rows whose value is missing, so optional fields do not print empty cells. */
export function rows(list: (MetaRow | false | undefined)[]): MetaRow[] {
  return list.filter((r): r is MetaRow => Boolean(r));
}

/** Phone, e-mail and website rows of a `contact` block, with its own labels; the e-mail and the website are links. */
export function contactRows(c: { phone?: string | undefined; email?: string | undefined; website?: string | undefined }): (MetaRow | false)[] {
  const L = LABELS.contact;
  return [
    c.phone !== undefined && { label: L.phone, value: c.phone },
    c.email !== undefined && { label: L.email, value: [{ href: `mailto:${c.email}`, label: c.email }] },
    // The schema accepts only http(s) addresses, so the link cannot run script.
    c.website !== undefined && { label: L.website, value: [{ href: c.website, label: c.website }] },
  ];
}

/** The rows of `list` with these labels, in this order: a poster prints a few of the page's own facts. */
export function pick(list: MetaRow[], labels: (string | undefined)[]): MetaRow[] {
  return labels.flatMap((l) => list.filter((r) => r.label === l));
}

/** A collection's card builder: its entry, the whole content and today's date in (a status may depend on it). */
export type ItemBuilder<C extends CollectionName> = (entry: EntryOf<C>, content: Content, today: Date) => ListItem;
