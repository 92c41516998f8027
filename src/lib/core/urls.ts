import type { CollectionName } from '../../schemas/field.ts';

/** The public URL of an entry: a contract, do not change lightly. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The collections whose entries have an A4 poster. */
export const POSTER_COLLECTIONS = ['projects', 'stories'] as const;
export type PosterCollection = (typeof POSTER_COLLECTIONS)[number];

/** The A4 poster of a project or a story. */
export const posterUrl = (collection: PosterCollection, id: string) => `${entryUrl(collection, id)}poster/`;


/** One event's iCalendar file, for 「添加到日历」. */
export const eventIcsUrl = (id: string) => `${entryUrl('events', id)}calendar.ics`;

/** The calendar feed of upcoming events, to subscribe to. */
export const EVENTS_FEED = '/events/calendar.ics';
