/**
 * The content collections' loader: Astro's glob loader over `content/<collection>/`, with two changes. The
 * entry id is the file name (Astro's default takes a frontmatter `slug` when there is one, so a copied file with
 * the same slug silently replaced the original), and every file passes the preflight (src/lib/content/preflight.ts)
 * before Astro reads it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { CollectionName } from '../../schemas/field.ts';
import { contentDir, SETTINGS_FILE } from './content-dir.ts';
import { ContentFileError, idOf, parseYamlFile, preflight, type ContentFile } from './preflight.ts';

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

/** The one-entry `settings` collection: content/settings/site.yml, checked like every content file. */
export function settingsLoader(): Loader {
  return {
    name: 'portal-settings',
    load: async (context) => {
      const { store, watcher } = context;
      const path = join(contentDir(), SETTINGS_FILE);
      const shown = relative(process.cwd(), path);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch {
        throw new ContentFileError('settings', [{ files: [shown], message: '缺少网站设置文件：网站名称、联系方式和备案号都从这里读取。请从示例复制一份再修改。' }]);
      }
      const { data, problem } = parseYamlFile(bytes);
      if (problem || !data) throw new ContentFileError('settings', [{ files: [shown], message: problem ?? '文件是空的。' }]);
      store.clear();
      store.set({ id: 'site', data: await context.parseData({ id: 'site', data, filePath: path }) });
      watcher?.add(path);
    },
  };
}
