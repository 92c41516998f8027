import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every HTML file of a built site below `dir`, leaving out the top-level folders named in `skip` (Pagefind's index,
 * the CMS, bundled assets). One walker for the link check, the search index, the budgets and the HTML checker.
 */
export function htmlFiles(dir: string, skip: readonly string[] = []): string[] {
  const found: string[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!(top && skip.includes(entry.name))) walk(path, false);
      } else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(dir, true);
  return found;
}
