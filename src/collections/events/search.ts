import type { CollectionSearch } from '../../search/index.ts';
import { eventBadge } from './domain.ts';

/** How search treats events: by kind, with their status (upcoming, signing up, past) on the day of the build. */
export const search = {
  facets: { kind: 'kind' },
  status: (d, today) => eventBadge(d, today),
} satisfies CollectionSearch<'events'>;
