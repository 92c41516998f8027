/** What the checks over a build (budgets, links, HTML validity, the large-list test) share about `dist/`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/field.ts';

/** Every HTML file below `dir`, leaving out folders named in `skip`. */
export function htmlFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return skip.includes(name) ? [] : htmlFiles(path, skip);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A collection's list pages (first page, numbered pages, /projects/all/, the filter pages), by path in dist/. */
export const isListPage = (relativePath: string) => {
  const [collection, rest = ''] = relativePath.split(/\/(.*)/s);
  return COLLECTION_NAMES.includes(collection as CollectionName) && /^(index\.html|\d+\/|all\/|filter\/)/.test(rest);
};
