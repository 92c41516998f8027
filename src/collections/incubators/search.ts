import type { CollectionSearch } from '../../search/index.ts';

/** How search filters 孵化基地: by the services they offer. */
export const search = { facets: { service: 'services' } } satisfies CollectionSearch<'incubators'>;
