import type { CollectionName } from '../schemas/field.ts';
import type { PosterCollection } from './posters.ts';

/** The public URL of an entry: a contract, do not change lightly. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The A4 poster of a project or a story. */
export const posterUrl = (collection: PosterCollection, id: string) => `${entryUrl(collection, id)}poster/`;

