import type { CollectionSearch } from '../../search/index.ts';

/** How search filters 创业专家: by the industries they know, their specialties and how they serve. */
export const search = { facets: { industry: 'industries', specialty: 'specialties', serve: 'services' } } satisfies CollectionSearch<'experts'>;
