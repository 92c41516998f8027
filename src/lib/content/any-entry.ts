/**
 * The content boundary for code that treats every collection alike (search records, feeds, open data): entries
 * seen through what every schema has, checked by a guard rather than cast. No Astro import, so unit tests load it.
 */
import type { CollectionName } from '../../schemas/field.ts';
import type { Entries } from './entries.ts';

/** Any collection's entry: the fields every schema has, and the rest as unknown values. */
export interface AnyEntry {
  id: string;
  body?: string | undefined;
  data: Record<string, unknown> & { title: string; summary: string; sample: boolean };
}

/** The content boundary: an object read from Astro's store that has what every entry has. */
export const isEntry = (value: unknown): value is AnyEntry => {
  if (typeof value !== 'object' || value === null || !('id' in value) || !('data' in value)) return false;
  const data: unknown = value.data;
  return typeof value.id === 'string' && typeof data === 'object' && data !== null && 'title' in data && typeof data.title === 'string' && 'sample' in data;
};

/** A collection's entries seen alike; every one passes `isEntry` (the schemas guarantee it, this checks it). */
export function anyEntries(content: Entries, collection: CollectionName): AnyEntry[] {
  const list: readonly unknown[] = content[collection];
  return list.filter(isEntry);
}
