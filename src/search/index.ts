/**
 * The search package's door for the rest of the site: each page's record and filters, the facet counts, links into
 * /search/, the project library's filter pages and the traditional-to-simplified map. The browser code (island/), the
 * components (components/) and the build's indexer (integration/) live beside it; browser code reads the
 * browser-safe modules (state.ts, query.ts, terms.ts) directly.
 */
export { FACETS, facetCounts, recordOf, searchRecords, searchUrl, type SearchRecord } from './records.ts';
export { filterPages, onOfferFirst, PROJECT_FACETS, projectFacetHref } from './project-filters.ts';
export { traditionalMap } from './terms.ts';
export type { CollectionSearch } from './collection.ts';
