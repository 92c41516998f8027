import type { CollectionSearch } from '../../search/index.ts';

/** How search filters 创业典型: by the founder's industry and group. */
export const search = { facets: { industry: 'industry', group: 'group' } } satisfies CollectionSearch<'stories'>;
