/**
 * Reading and writing content files outside Astro (the import command, tools, tests): the same frontmatter split
 * Astro's glob loader does, and the same YAML the CMS writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CollectionName } from '../../schemas/field.ts';

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
