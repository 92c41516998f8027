/**
 * The content collections' loader: Astro's glob loader over `content/<collection>/`, with two changes. The
 * entry id is the file name (Astro's default takes a frontmatter `slug` when there is one, so a copied file with
 * the same slug silently replaced the original), and every file passes the preflight (src/lib/preflight.ts)
 * before Astro reads it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { CollectionName } from '../schemas/field.ts';
import { contentDir } from './paths.ts';
import { ContentFileError, idOf, preflight, type ContentFile } from './preflight.ts';

const ENTRY_FILE = /\.mdx?$/;

function entryFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return entryFiles(path);
    return ENTRY_FILE.test(name) ? [path] : [];
  });
}

/** Reads a collection folder's files for the preflight, with paths as the editor sees them. */
export function readContentFiles(dir: string): ContentFile[] {
  return entryFiles(dir).map((path) => ({ path: relative(process.cwd(), path), bytes: readFileSync(path) }));
}

export function collectionLoader(collection: CollectionName): Loader {
  const base = join(contentDir(), collection);
  const files = glob({ pattern: '**/*.{md,mdx}', base, generateId: ({ entry }) => idOf(entry) });
  return {
    name: 'portal-content',
    load: async (context) => {
      const problems = preflight(readContentFiles(base));
      if (problems.length > 0) throw new ContentFileError(collection, problems);
      await files.load(context);
    },
  };
}
