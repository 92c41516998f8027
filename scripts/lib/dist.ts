/** What the checks over a build (budgets, links, HTML validity, the large-list test) share about `dist/`. */
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/field.ts';

export { htmlFiles } from '../../src/lib/inspect/html-files.ts';

/** A collection's list pages (first page, numbered pages, /projects/all/, the filter pages), by path in dist/. */
export const isListPage = (relativePath: string) => {
  const [collection, rest = ''] = relativePath.split(/\/(.*)/s);
  return COLLECTION_NAMES.includes(collection as CollectionName) && /^(index\.html|\d+\/|all\/|filter\/)/.test(rest);
};
