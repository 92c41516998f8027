/** Entries per list page. */
export const PAGE_SIZE = 20;
