import type { CollectionSearch } from '../../search/index.ts';

/** How search filters 工作动态: by genre. */
export const search = { facets: { genre: 'genre' } } satisfies CollectionSearch<'news'>;
