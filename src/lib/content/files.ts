/**
 * Reading and writing content files outside Astro (the import command, tools, tests): the same frontmatter split
 * Astro's glob loader does, and the same YAML the CMS writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/field.ts';
import { SCHEMAS } from '../../schemas/index.ts';

export { markdownFile } from '../core/frontmatter.ts';

export interface ContentFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function parseMarkdown(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Every entry of a collection under a content root. */
export function readCollection(name: CollectionName, root: string): ContentFile[] {
  const dir = join(root, name);
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      return { id: f.replace(/\.mdx?$/, ''), file, ...parseMarkdown(readFileSync(file, 'utf8')) };
    });
}

/** An entry as the tools outside Astro read it: its id and its schema-checked data. */
export interface CheckedEntry {
  id: string;
  data: Record<string, unknown> & { title?: string; name?: string | undefined };
}

/** Every collection's entries the schemas accept (the self-check, the annual report). Those refused are left out:
 * the build names them itself. */
export function checkedEntries(root: string): Record<CollectionName, CheckedEntry[]> {
  const read = (name: CollectionName): CheckedEntry[] =>
    existsSync(join(root, name))
      ? readCollection(name, root).flatMap((file) => {
          const parsed = SCHEMAS[name].safeParse(file.data);
          return parsed.success ? [{ id: file.id, data: parsed.data }] : [];
        })
      : [];
  return Object.fromEntries(COLLECTION_NAMES.map((n) => [n, read(n)])) as Record<CollectionName, CheckedEntry[]>;
}
