/** Entries per list page. */
export const PAGE_SIZE = 20;

/**
 * The most links a detail page's related group shows. Groups drawn from a whole city or a whole topic grow with the
 * site: at 50,000 entries a story listed the 120 other stories of its city, most of each page's bytes, and a change
 * to one title rendered all 120 pages again. The rest are one link away, on the city page or in the search.
 */
export const RELATED_LIMIT = 8;
