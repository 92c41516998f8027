import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CollectionName } from '../../src/schemas/field.ts';

/** The shipped content, the operator's to replace: only checked with rules that hold for any valid content. */
export const CONTENT_ROOT = new URL('../../content/', import.meta.url).pathname;
/** The behaviour fixture: a whole site's content that tests may name and count (tests/fixtures/site/README.md). */
export const FIXTURE_ROOT = new URL('../fixtures/site/', import.meta.url).pathname;

export interface ContentFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter and body, as Astro's glob loader does. */
export function parseMarkdown(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Every entry of a collection in the real content folder (or another root). */
export function readCollection(name: CollectionName, root = CONTENT_ROOT): ContentFile[] {
  const dir = join(root, name);
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const file = join(dir, f);
      return { id: f.replace(/\.mdx?$/, ''), file, ...parseMarkdown(readFileSync(file, 'utf8')) };
    });
}

export const COLLECTION_NAMES: CollectionName[] = ['policies', 'stories', 'projects', 'incubators', 'cities'];
