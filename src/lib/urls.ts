import type { CollectionName } from '../schemas/field.ts';

/** The public URL of an entry: a contract, do not change lightly. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function listUrl(collection: CollectionName, page = 1): string {
  return page <= 1 ? `/${collection}/` : `/${collection}/${page}/`;
}
